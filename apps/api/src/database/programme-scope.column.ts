import { Column } from 'typeorm';

/**
 * `programme_id` of a project-scoped row: the programme of its project, which row-level security
 * compares with the session's programmes (migration ProgrammeScopedRows). Derived by a trigger on every
 * insert and update, so the app never writes it and does not read it; declared so that the entities
 * describe the table exactly.
 */
export function ProgrammeScopeColumn(): PropertyDecorator {
  return Column({ name: 'programme_id', type: 'uuid', insert: false, update: false, select: false });
}

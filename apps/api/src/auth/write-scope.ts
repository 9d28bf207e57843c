import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-errors.js';
import { currentContext, currentUser, isAdmin, membershipIn } from './request-context.js';

// Who may change a row is decided by the user's membership in the row's programme: the programme
// office changes everything in it, a partner only the projects its organisation takes part in, a viewer
// or auditor nothing; without a membership the programme does not exist for them (NOT_FOUND, not
// FORBIDDEN, which would confirm it exists). ADMIN changes everything. Every versioned write goes through
// versioned-writes.ts, which calls this first, so no service can forget it.

interface Target {
  programmeId: string;
  projectId: string | undefined;
}

const PROGRAMME_OF_PROJECT = `SELECT p.programme_id, p.id AS project_id FROM projects p WHERE p.id = $1`;

/** The programme (and project) a write touches, from the values written or the row written to. */
async function targetOf(manager: EntityManager, table: string, values: Record<string, unknown>, id?: string): Promise<Target | undefined> {
  const one = async (sql: string, parameter: unknown) => {
    const [row] = (await manager.query(sql, [parameter])) as { programme_id: string; project_id: string | null }[];
    return row && { programmeId: row.programme_id, projectId: row.project_id ?? undefined };
  };
  if (table === 'programmes') return id ? { programmeId: id, projectId: undefined } : undefined;
  if (table === 'projects' && id) return one(PROGRAMME_OF_PROJECT, id);
  if (typeof values['programmeId'] === 'string') return { programmeId: values['programmeId'], projectId: undefined };
  if (typeof values['projectId'] === 'string') return one(PROGRAMME_OF_PROJECT, values['projectId']);
  if (typeof values['benefitId'] === 'string')
    return one(
      `SELECT p.programme_id, p.id AS project_id FROM benefits b JOIN projects p ON p.id = b.project_id WHERE b.id = $1`,
      values['benefitId'],
    );
  if (!id) return undefined;
  const columns = manager.connection.getMetadata(table).columns.map((c) => c.databaseName);
  // Project rows first: they carry a programme_id too (for row-level security), but a partner's right
  // depends on the project.
  if (columns.includes('project_id'))
    return one(`SELECT p.programme_id, p.id AS project_id FROM ${table} x JOIN projects p ON p.id = x.project_id WHERE x.id = $1`, id);
  if (columns.includes('benefit_id')) {
    return one(
      `SELECT p.programme_id, p.id AS project_id FROM ${table} x JOIN benefits b ON b.id = x.benefit_id JOIN projects p ON p.id = b.project_id WHERE x.id = $1`,
      id,
    );
  }
  if (columns.includes('programme_id')) return one(`SELECT programme_id, NULL::uuid AS project_id FROM ${table} WHERE id = $1`, id);
  return undefined;
}

/** Refuses a write the signed-in user may not make in the programme it touches. */
export async function assertMayWrite(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  values: Record<string, unknown>,
  id?: string,
): Promise<void> {
  const user = currentUser();
  if (!user || isAdmin(user)) return;
  const table = manager.connection.getMetadata(entity).tableName;
  const target = await targetOf(manager, table, values, id);
  // No such row (or parent): the write itself reports NOT_FOUND. Shared tables (organisations) have no programme.
  if (!target) return;
  const membership = membershipIn(user, target.programmeId);
  if (!membership)
    throw new NotFoundError(
      table === 'programmes' || values['programmeId'] ? 'Programme' : 'Project',
      target.projectId ?? target.programmeId,
    );
  const allowed = currentContext()?.allowedRoles;
  if (allowed && !allowed.includes(membership.role))
    throw new ForbiddenError(`Your role in this programme (${membership.role}) may not do this`);
  if (membership.role === 'PROGRAMME_OFFICE') return;
  if (membership.role === 'PARTNER' && target.projectId) {
    const member =
      (
        await manager.query(`SELECT 1 FROM participations WHERE project_id = $1 AND organisation_id = $2`, [
          target.projectId,
          membership.organisationId,
        ])
      ).length > 0;
    if (member) return;
    throw new ForbiddenError('Your organisation does not take part in this project, so you cannot change it');
  }
  throw new ForbiddenError(`Your role in this programme (${membership.role}) may not change it`);
}

/** For operations outside versioned writes (imports, grants): the user must hold one of `roles` in the programme. */
export function assertProgrammeRole(programmeId: string, roles: readonly string[]): void {
  const user = currentUser();
  if (!user || isAdmin(user)) return;
  const membership = membershipIn(user, programmeId);
  if (!membership) throw new NotFoundError('Programme', programmeId);
  if (!roles.includes(membership.role)) throw new ForbiddenError(`Your role in this programme (${membership.role}) may not do this`);
}

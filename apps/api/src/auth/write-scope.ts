import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ForbiddenError, InvalidTransitionError, NotFoundError } from '../common/errors/domain-errors.js';
import { currentContext, currentUser, isAdmin, membershipIn } from './request-context.js';

// Who may change a row is decided by the user's membership in the row's programme: the programme
// office changes everything in it, a partner only the projects its organisation takes part in, a viewer
// or auditor nothing; without a membership the programme does not exist for them (NOT_FOUND, not
// FORBIDDEN, which would confirm it exists). ADMIN changes everything. Every versioned write goes through
// versioned-writes.ts, which calls this first, so no service can forget it. Which programme and project
// a row belongs to follows from the scope its entity declares (@WrittenWithin), not from guessing at its
// columns; an entity without a declaration cannot be written.

interface Target {
  programmeId: string;
  projectId: string | undefined;
}

/**
 * Where an entity's rows belong, which decides who may write them: a programme itself, a project, a
 * row of a project (by project_id) or of a benefit (by benefit_id), a row of a programme (by
 * programme_id), or shared by every programme (organisations, users: the operation's @Allow decides).
 */
export type WriteScope = 'programme' | 'project' | 'projectChild' | 'benefitChild' | 'programmeChild' | 'shared';

const DECLARED = new Map<object, WriteScope>();

/**
 * Declares where an entity's rows belong (WriteScope). Every entity written through versioned-writes
 * declares it, on itself or a base class; a write to one that does not is refused, never waved through.
 */
export function WrittenWithin(scope: WriteScope): ClassDecorator {
  return (entity) => {
    DECLARED.set(entity, scope);
  };
}

/** The entity's declared WriteScope (its own or its nearest base class's), or undefined. */
export function writeScopeOf(entity: EntityTarget<ObjectLiteral>): WriteScope | undefined {
  for (let type: unknown = entity; typeof type === 'function'; type = Object.getPrototypeOf(type)) {
    const scope = DECLARED.get(type);
    if (scope) return scope;
  }
  return undefined;
}

const PROGRAMME_OF_PROJECT = `SELECT p.programme_id, p.id AS project_id FROM projects p WHERE p.id = $1`;
const PROGRAMME_OF_BENEFIT = `SELECT p.programme_id, p.id AS project_id FROM benefits b JOIN projects p ON p.id = b.project_id WHERE b.id = $1`;

/** The programme (and project) a write touches, from the values written or the row written to. */
async function targetOf(
  manager: EntityManager,
  scope: WriteScope,
  table: string,
  values: Record<string, unknown>,
  id?: string,
): Promise<Target | undefined> {
  const one = async (sql: string, parameter: unknown) => {
    const [row] = (await manager.query(sql, [parameter])) as { programme_id: string; project_id: string | null }[];
    return row && { programmeId: row.programme_id, projectId: row.project_id ?? undefined };
  };
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const programmeId = text('programmeId');
  const projectId = text('projectId');
  const benefitId = text('benefitId');
  switch (scope) {
    case 'shared':
      return undefined;
    case 'programme':
      return id ? { programmeId: id, projectId: undefined } : undefined;
    case 'project':
      if (id) return one(PROGRAMME_OF_PROJECT, id);
      return programmeId ? { programmeId, projectId: undefined } : undefined;
    case 'programmeChild':
      if (programmeId) return { programmeId, projectId: undefined };
      return id ? one(`SELECT programme_id, NULL::uuid AS project_id FROM ${table} WHERE id = $1`, id) : undefined;
    case 'projectChild':
      if (projectId) return one(PROGRAMME_OF_PROJECT, projectId);
      return id
        ? one(`SELECT p.programme_id, p.id AS project_id FROM ${table} x JOIN projects p ON p.id = x.project_id WHERE x.id = $1`, id)
        : undefined;
    case 'benefitChild':
      if (benefitId) return one(PROGRAMME_OF_BENEFIT, benefitId);
      return id
        ? one(
            `SELECT p.programme_id, p.id AS project_id FROM ${table} x JOIN benefits b ON b.id = x.benefit_id JOIN projects p ON p.id = b.project_id WHERE x.id = $1`,
            id,
          )
        : undefined;
  }
}

/** Refuses a write the signed-in user may not make in the programme it touches. */
export async function assertMayWrite(
  manager: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  values: Record<string, unknown>,
  id?: string,
): Promise<void> {
  const scope = writeScopeOf(entity);
  const table = manager.connection.getMetadata(entity).tableName;
  // A programming error, found by the first test that writes the table (write-scope.spec.ts lists them all).
  if (!scope) throw new Error(`The entity of ${table} declares no write scope (@WrittenWithin)`);
  const user = currentUser();
  const admin = !user || isAdmin(user);
  // An administrator may write anywhere, but not into an archived programme either (below).
  if (admin && (scope === 'shared' || scope === 'programme')) return;
  const target = await targetOf(manager, scope, table, values, id);
  // No such row (or parent): the write itself reports NOT_FOUND. Shared tables (organisations) have no programme.
  if (!target) return;
  if (scope !== 'programme' && !WRITABLE_WHEN_ARCHIVED.has(table)) await assertProgrammeOpen(manager, target.programmeId);
  if (admin) return;
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

/** Who may read an archived programme can still be changed (an auditor joins after the end). */
const WRITABLE_WHEN_ARCHIVED = new Set(['memberships']);

/**
 * An archived programme is kept as it was: its projects and their rows are read-only until an
 * administrator reopens it (the programme's own row stays writable, so that it can be reopened).
 */
export async function assertProgrammeOpen(manager: EntityManager, programmeId: string): Promise<void> {
  const [row] = (await manager.query(`SELECT name, archived_at FROM programmes WHERE id = $1`, [programmeId])) as {
    name: string;
    archived_at: Date | null;
  }[];
  if (row?.archived_at)
    throw new InvalidTransitionError(
      `The programme ${row.name} is archived; an administrator must reopen it before anything in it changes`,
    );
}

/** For operations outside versioned writes (imports, grants): the user must hold one of `roles` in the programme. */
export function assertProgrammeRole(programmeId: string, roles: readonly string[]): void {
  const user = currentUser();
  if (!user || isAdmin(user)) return;
  const membership = membershipIn(user, programmeId);
  if (!membership) throw new NotFoundError('Programme', programmeId);
  if (!roles.includes(membership.role)) throw new ForbiddenError(`Your role in this programme (${membership.role}) may not do this`);
}

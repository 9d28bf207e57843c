import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ForbiddenError } from '../common/errors/domain-errors.js';
import { currentUser } from './request-context.js';

// Partners may change only projects their organisation takes part in. Every write goes through
// versioned-writes.ts, which calls this first, so no service can forget it.

async function projectOf(manager: EntityManager, table: string, values: Record<string, unknown>, id?: string): Promise<string | undefined> {
  if (table === 'projects') return id;
  if (typeof values['projectId'] === 'string') return values['projectId'];
  if (typeof values['benefitId'] === 'string') {
    const [row] = await manager.query(`SELECT project_id FROM benefits WHERE id = $1`, [values['benefitId']]);
    return row?.project_id;
  }
  if (!id) return undefined;
  const columns = manager.connection.getMetadata(table).columns.map((c) => c.databaseName);
  if (columns.includes('project_id')) return (await manager.query(`SELECT project_id FROM ${table} WHERE id = $1`, [id]))[0]?.project_id;
  if (columns.includes('benefit_id')) return (await manager.query(`SELECT b.project_id FROM ${table} x JOIN benefits b ON b.id = x.benefit_id WHERE x.id = $1`, [id]))[0]?.project_id;
  return undefined;
}

export async function assertPartnerMayWrite(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, values: Record<string, unknown>, id?: string): Promise<void> {
  const user = currentUser();
  if (user?.role !== 'PARTNER') return;
  const table = manager.connection.getMetadata(entity).tableName;
  const projectId = await projectOf(manager, table, values, id);
  // No such row (or parent): nothing of anyone's to protect; the write itself reports NOT_FOUND.
  if (projectId === undefined) return;
  const member = (await manager.query(`SELECT 1 FROM participations WHERE project_id = $1 AND organisation_id = $2`, [projectId, user.organisationId])).length > 0;
  if (!member) throw new ForbiddenError('Your organisation does not take part in this project, so you cannot change it');
}

import { type EntityManager, type EntityTarget, type FindOptionsWhere, In, type ObjectLiteral } from 'typeorm';
import { ConflictError, NotFoundError } from '../errors/domain-errors.js';
import type { VersionedEntity } from '../../database/versioned.entity.js';
import { assertMayWrite } from '../../auth/write-scope.js';

/** Rows by id in the order of `ids` (an id whose row is gone or invisible is left out). */
export async function findByIdsInOrder<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly string[],
): Promise<T[]> {
  if (!ids.length) return [];
  const rows = await manager.find(entity, { where: { id: In([...ids]) } as FindOptionsWhere<T> });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Loads a row by id or throws NOT_FOUND naming the entity. */
export async function findOrFail<T extends ObjectLiteral & { id: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
): Promise<T> {
  const row = await manager.findOne(entity, { where: { id } as FindOptionsWhere<T> });
  if (!row) throw new NotFoundError(label, id);
  return row;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * GraphQL lets a client send null for an optional text such as a reference or an owner. For a
 * NOT NULL column with a text default ('') null means "empty": use the default, not a DB error.
 */
function nullsAsTextDefaults<T extends object>(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, values: T): T {
  const columns = manager.connection.getMetadata(entity).columns;
  const out = { ...values } as Record<string, unknown>;
  for (const column of columns) {
    if (out[column.propertyName] === null && !column.isNullable && typeof column.default === 'string')
      out[column.propertyName] = column.default;
  }
  return out as T;
}

async function explainMiss(
  manager: EntityManager,
  entity: EntityTarget<VersionedEntity>,
  label: string,
  id: string,
  version: number,
): Promise<never> {
  const current = await manager.findOne(entity, { where: { id }, select: { id: true, version: true } });
  if (!current) throw new NotFoundError(label, id);
  throw new ConflictError(label, id, version, current.version);
}

/**
 * Optimistic locking in one statement: UPDATE … SET version = version + 1 WHERE id = ? AND version = ?.
 * If no row matched, nothing was written, and the caller learns whether the row is gone or newer.
 */
export async function updateVersioned<T extends VersionedEntity>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  version: number,
  patch: Partial<Omit<T, 'id' | 'version' | 'createdAt' | 'updatedAt'>>,
): Promise<T> {
  const values = nullsAsTextDefaults(manager, entity, definedOnly(patch));
  await assertMayWrite(manager, entity as EntityTarget<ObjectLiteral>, {}, id);
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (!result.affected) await explainMiss(manager, entity as EntityTarget<VersionedEntity>, label, id, version);
  return findOrFail(manager, entity, label, id);
}

/** Deletes the row only if it is still at the version the client saw. */
export async function deleteVersioned<T extends VersionedEntity>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  id: string,
  version: number,
): Promise<void> {
  await assertMayWrite(manager, entity as EntityTarget<ObjectLiteral>, {}, id);
  const result = await manager
    .createQueryBuilder()
    .delete()
    .from(entity)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (!result.affected) await explainMiss(manager, entity as EntityTarget<VersionedEntity>, label, id, version);
}

/**
 * Inserts a row and reads it back, so the caller returns what PostgreSQL stored (numeric scale,
 * defaults, timestamps) rather than echoing the input.
 */
export async function insertAndReload<T extends VersionedEntity>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  label: string,
  values: Partial<Omit<T, 'id' | 'version' | 'createdAt' | 'updatedAt'>>,
): Promise<T> {
  await assertMayWrite(manager, entity as EntityTarget<ObjectLiteral>, values as Record<string, unknown>);
  const result = await manager.insert(entity, nullsAsTextDefaults(manager, entity, values) as never);
  const id = (result.identifiers[0] as { id: string }).id;
  return findOrFail(manager, entity, label, id);
}

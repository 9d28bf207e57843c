import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '../../../../test/test-database.js';
import { createDataSource } from '../../../data-source.js';
import { translateDatabaseError } from '../postgres-errors.js';

// The failover test once saw a createProject answer INTERNAL_SERVER_ERROR: the primary died inside its
// transaction, and the next statement, sent through the transaction's EntityManager, failed with an
// error of TypeORM's own rather than the connection's. Here the transaction's backend is ended for real.
describe('a transaction whose connection is cut (real PostgreSQL)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataSource: DataSource;
  let admin: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createDataSource(database.url, { poolSize: 2 }).initialize();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });

  afterAll(async () => {
    await admin.end();
    await dataSource.destroy();
    await database.drop();
  });

  /** The error of the statement sent after the transaction's backend was terminated. */
  async function nextStatementError(send: (manager: DataSource['manager']) => Promise<unknown>): Promise<unknown> {
    try {
      await dataSource.transaction(async (manager) => {
        const [{ pid }] = (await manager.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
        await admin.query('SELECT pg_terminate_backend($1, 5000)', [pid]);
        // Let the client see its socket close (TypeORM then releases the runner), as after a failover.
        await new Promise((resolve) => setTimeout(resolve, 200));
        await send(manager);
      });
    } catch (error) {
      return error;
    }
    throw new Error('the transaction succeeded on a terminated connection');
  }

  it.each([
    ['the manager’s query()', (manager: DataSource['manager']) => manager.query('SELECT 1')],
    ['the transaction’s query runner', (manager: DataSource['manager']) => manager.queryRunner!.query('SELECT 1')],
  ])('%s answers SERVICE_UNAVAILABLE, never an internal error', async (_, send) => {
    const error = await nextStatementError(send);
    expect(translateDatabaseError(error)?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('the pool serves the next transaction on a live connection', async () => {
    await expect(dataSource.transaction((manager) => manager.query('SELECT 1 AS one'))).resolves.toEqual([{ one: 1 }]);
  });
});

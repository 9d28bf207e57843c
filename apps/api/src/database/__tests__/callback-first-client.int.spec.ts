import pg from 'pg';
import { createDataSource } from '../../data-source.js';
import { CallbackFirstClient } from '../callback-first-client.js';

// The app's connections are CallbackFirstClients (pg's Client giving each query its callback up
// front, callback-first-client.ts says why); they answer every form of `query` as pg's Client does.

const url = () => {
  const admin = process.env.TVAERS_TEST_ADMIN_URL;
  if (!admin) throw new Error('TVAERS_TEST_ADMIN_URL is not set: run the API tests through Jest');
  return admin;
};

describe('CallbackFirstClient', () => {
  let client: CallbackFirstClient;
  beforeAll(async () => {
    client = new CallbackFirstClient({ connectionString: url() });
    await client.connect();
  });
  afterAll(() => client.end());

  it('answers the promise form with the rows, with and without values', async () => {
    expect((await client.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    expect((await client.query('SELECT $1::int + 1 AS two', [1])).rows).toEqual([{ two: 2 }]);
    expect((await client.query({ text: 'SELECT $1::text AS echo', values: ['x'], rowMode: 'array' })).rows).toEqual([['x']]);
  });

  it('leaves a query config as it was (pg gives its copy the callback), so a prepared statement can be sent again', async () => {
    const config = { name: 'callback_first_twice', text: 'SELECT $1::text AS echo', values: ['again'] };
    const first = await client.query(config);
    const second = await client.query(config);
    expect(Object.keys(config)).toEqual(['name', 'text', 'values']);
    expect([first.rows, second.rows]).toEqual([[{ echo: 'again' }], [{ echo: 'again' }]]);
  });

  it("rejects with PostgreSQL's error, its stack leading back to the caller", async () => {
    const failing = async function divideByZeroHere() {
      return client.query('SELECT 1 / 0');
    };
    const error = (await failing().catch((e: unknown) => e)) as pg.DatabaseError;
    expect(error).toBeInstanceOf(pg.DatabaseError);
    expect(error.code).toBe('22012');
    expect(error.stack).toContain('callback-first-client.int.spec');
  });

  it('answers the callback and the submittable forms as pg does', async () => {
    const viaCallback = await new Promise<pg.QueryResult>((resolve, reject) =>
      client.query('SELECT 3 AS three', (error, result) => (error ? reject(error) : resolve(result))),
    );
    expect(viaCallback.rows).toEqual([{ three: 3 }]);
    const submitted = new pg.Query('SELECT 4 AS four');
    const rows: unknown[] = [];
    submitted.on('row', (row) => rows.push(row));
    const ended = new Promise((resolve) => submitted.on('end', resolve));
    expect(client.query(submitted)).toBe(submitted);
    await ended;
    expect(rows).toEqual([{ four: 4 }]);
  });

  it("is what the app's data source connects with", async () => {
    const dataSource = createDataSource(url(), { poolSize: 1 });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    try {
      expect(await runner.connect()).toBeInstanceOf(CallbackFirstClient);
      expect(await runner.query('SELECT 5 AS five')).toEqual([{ five: 5 }]);
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
  });
});

import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { createTestDatabase } from '../../../../test/test-database.js';
import { SignedInUserCache } from '../signed-in-user-cache.js';

const ME = '{ me { role } }';
const isLookup = (sql: string) => sql.includes('tvaers_signed_in_user(');

interface Answer {
  data?: { me: { role: string } } | null;
  errors?: { extensions?: { code?: string } }[];
}

/** `query` on `app` with `token`: the answer and how many user lookups it cost. */
async function ask(app: TestApp, token: string, query = ME): Promise<{ answer: Answer; lookups: number }> {
  const { result, statements } = await app.sql.measure(async () => {
    const response = await fetch(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as Answer;
  });
  return { answer: result, lookups: statements.filter(isLookup).length };
}

/** Asks until `done`, at most `ms`; the time it took. */
async function within(ms: number, done: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await done())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

const refused = (a: { answer: Answer }) => a.answer.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';

describe('signed-in users: looked up once per API process until users, memberships or sessions change', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    database = await createTestDatabase();
    first = await createTestApp({ databaseUrl: database.url });
    second = await createTestApp({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await database?.drop();
  });

  it('answers a known session without a lookup, and with the same user', async () => {
    const viewer = await first.as('VIEWER');
    // The first request looks the user up; once the notice of the new user has arrived, the next do not.
    await within(3_000, async () => (await ask(first, viewer.token)).lookups === 0);
    const again = await ask(first, viewer.token);
    expect(again).toEqual({ answer: { data: { me: { role: 'VIEWER' } } }, lookups: 0 });
  });

  it('refuses a user deactivated by hand in the database, in every process, within a notice', async () => {
    const viewer = await first.as('VIEWER');
    for (const app of [first, second]) await within(3_000, async () => (await ask(app, viewer.token)).lookups === 0);
    await first.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [viewer.userId]);
    const waited = await Promise.all([first, second].map((app) => within(2_000, async () => refused(await ask(app, viewer.token)))));
    console.log(`deactivated by hand: refused after ${waited.join(' and ')} ms`);
  });

  it('acts on a mutation at once in the process that made it, and within a notice in the other', async () => {
    const viewer = await first.as('VIEWER');
    for (const app of [first, second]) await within(3_000, async () => (await ask(app, viewer.token)).lookups === 0);
    const [{ version }] = await first.dataSource.query(`SELECT version FROM users WHERE id = $1`, [viewer.userId]);
    await first.ok(`mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, version: $v) { active } }`, { id: viewer.userId, v: version });
    // No waiting here: the answer to the mutation left only after this process forgot its users.
    expect(refused(await ask(first, viewer.token))).toBe(true);
    await within(2_000, async () => refused(await ask(second, viewer.token)));
  });

  it('does not keep a lookup that was under way when a change arrived, shares one under way, keeps no failure', async () => {
    const cache = new SignedInUserCache<string>(database.url);
    await cache.start();
    try {
      expect(cache.active).toBe(true);
      let release!: () => void;
      const slow = cache.get('a', () => new Promise<string>((resolve) => (release = () => resolve('read before the change'))));
      cache.invalidate();
      release();
      expect(await slow).toBe('read before the change');
      expect(await cache.get('a', async () => 'read after the change')).toBe('read after the change');
      expect(await cache.get('a', async () => 'not asked')).toBe('read after the change');
      // Requests that arrive during a lookup share it; a failed lookup is not kept.
      let loads = 0;
      const counted = async () => `lookup ${++loads}`;
      cache.invalidate();
      expect(await Promise.all(Array.from({ length: 50 }, () => cache.get('b', counted)))).toEqual(Array(50).fill('lookup 1'));
      await expect(cache.get('c', () => Promise.reject(new Error('database away')))).rejects.toThrow('database away');
      expect(await cache.get('c', counted)).toBe('lookup 2');
    } finally {
      await cache.stop();
    }
  });

  it('listens again after its connection is cut, and acts on changes from then on', async () => {
    const viewer = await first.as('VIEWER');
    const listeners = async (): Promise<number[]> =>
      (
        await first.dataSource.query(
          `SELECT pid FROM pg_stat_activity WHERE application_name = 'tvaers-signed-in-users' AND datname = current_database()`,
        )
      ).map((r: { pid: number }) => r.pid);
    const before = await listeners();
    expect(before).toHaveLength(2);
    await first.dataSource.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = ANY($1)`, [before]);
    await within(8_000, async () => {
      const now = await listeners();
      return now.length === 2 && now.every((pid) => !before.includes(pid));
    });
    await within(3_000, async () => (await ask(second, viewer.token)).lookups === 0);
    await first.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [viewer.userId]);
    await within(2_000, async () => refused(await ask(second, viewer.token)));
  });
});

describe('SignedInUserCache without its notices', () => {
  it('keeps nothing while it cannot listen, so every request looks its user up', async () => {
    // Port 1 on loopback: nothing listens, the connection is refused and retried in the background.
    const cache = new SignedInUserCache<string>('postgres://nobody@127.0.0.1:1/none');
    await cache.start();
    let loads = 0;
    const load = async () => `user ${++loads}`;
    expect(cache.active).toBe(false);
    expect(await cache.get('a', load)).toBe('user 1');
    expect(await cache.get('a', load)).toBe('user 2');
    await cache.stop();
  });
});

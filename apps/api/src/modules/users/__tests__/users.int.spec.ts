import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { expectRefused, runMutationCases } from '../../../../test/mutation-cases.js';
import { issueToken } from '../../../auth/token.js';
import { TEST_AUTH } from '../../../../test/test-app.js';
import { userCases } from './users.cases.js';

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

describe('sign-in and users (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
  });
  afterAll(() => app.close());

  runMutationCases(userCases, { app: () => app });

  it('signs in every demo user, stores argon2id hashes, and never returns a hash', async () => {
    for (const email of ['admin@tvaers.demo', 'office@tvaers.demo', 'partner@tvaers.demo', 'viewer@tvaers.demo', 'auditor@tvaers.demo']) {
      const { login } = await app.anonymous.ok(`mutation { login(email: "${email}", password: "tvaers-demo") { token user { email } } }`);
      expect(login.user.email).toBe(email);
    }
    const hashes: { password_hash: string }[] = await app.dataSource.query(
      `SELECT password_hash FROM users WHERE email LIKE '%@tvaers.demo'`,
    );
    expect(hashes.every((h) => h.password_hash.startsWith('$argon2id$'))).toBe(true);
    const events: { n: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE after ? 'password_hash' OR before ? 'password_hash'`,
    );
    expect(events[0]!.n).toBe(0);
  });

  it('rate-limits failed sign-ins per e-mail: after five failures even the right password waits', async () => {
    for (let i = 0; i < 5; i++)
      expectRefused(await app.anonymous.gql(LOGIN, { email: 'viewer@tvaers.demo', password: `wrong-${i}` }), 'UNAUTHENTICATED');
    expectRefused(await app.anonymous.gql(LOGIN, { email: 'viewer@tvaers.demo', password: 'tvaers-demo' }), 'TOO_MANY_REQUESTS');
  });

  it('refuses expired, forged and invitation tokens as sessions', async () => {
    const viewer = await app.as('VIEWER');
    const call = (token: string) =>
      fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { role } }' }),
      }).then((r) => r.json() as Promise<{ data?: unknown; errors: { extensions: { code: string } }[] }>);
    const expired = issueToken({ sub: viewer.userId, purpose: 'session' }, TEST_AUTH.tokenSecret, 60, Date.now() - 3_600_000).token;
    const forged = issueToken({ sub: viewer.userId, purpose: 'session' }, 'another-secret-entirely-0123456789', 3600).token;
    const invitation = issueToken({ sub: viewer.userId, purpose: 'invitation' }, TEST_AUTH.tokenSecret, 3600).token;
    for (const token of [expired, forged, invitation, 'not.a.token'])
      expect((await call(token)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await call(viewer.token)).data).toEqual({ me: { role: 'VIEWER' } });
  });
});

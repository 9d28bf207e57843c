import { randomBytes } from 'node:crypto';
import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';

const COMPLETE = `mutation($code: String!) { completeSignIn(code: $code) { token user { id email } } }`;

export const signInCases: MutationCases = {
  // The provider's side of completeSignIn is covered end to end in oidc.int.spec.ts; here the code as
  // the callback leaves it in the database.
  completeSignIn: {
    async success(app) {
      const person = await app.as('VIEWER');
      const code = randomBytes(32).toString('base64url');
      await app.dataSource.query(`INSERT INTO sign_in_codes (code, user_id) VALUES ($1, $2)`, [code, person.userId]);
      const { completeSignIn } = await app.anonymous.ok(COMPLETE, { code });
      expect(completeSignIn.user.id).toBe(person.userId);
      expect(await app.dataSource.query(`SELECT 1 FROM sign_in_codes WHERE code = $1`, [code])).toEqual([]);
    },
    async invalid(app) {
      expectRefused(await app.anonymous.gql(COMPLETE, { code: 'made-up' }), 'BAD_USER_INPUT', 'code');
      const person = await app.as('VIEWER');
      const old = randomBytes(32).toString('base64url');
      await app.dataSource.query(`INSERT INTO sign_in_codes (code, user_id, created_at) VALUES ($1, $2, now() - interval '10 minutes')`, [
        old,
        person.userId,
      ]);
      expectRefused(await app.anonymous.gql(COMPLETE, { code: old }), 'BAD_USER_INPUT', 'code');
    },
  },
  logout: {
    async success(app) {
      const { login } = await app.anonymous
        .ok(`mutation { login(email: "viewer@tvaers.demo", password: "tvaers-demo") { token } }`)
        .catch(async () => {
          // Without the demo users: a fresh user's session.
          return { login: { token: (await app.as('VIEWER')).token } };
        });
      const call = (query: string) =>
        fetch(`${app.baseUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` },
          body: JSON.stringify({ query }),
        }).then(
          (r) => r.json() as Promise<{ data?: { logout?: { endSessionUrl: string | null } }; errors?: { extensions: { code: string } }[] }>,
        );
      expect((await call('mutation { logout { endSessionUrl } }')).data?.logout).toEqual({ endSessionUrl: null });
      expect((await call('{ me { id } }')).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    },
    async invalid(app) {
      expectRefused(await app.anonymous.gql(`mutation { logout { endSessionUrl } }`), 'UNAUTHENTICATED');
    },
  },
};

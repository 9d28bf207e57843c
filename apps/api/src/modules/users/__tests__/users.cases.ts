import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import type { TestApp } from '../../../../test/test-app.js';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitationToken user { id version email role organisationId hasPassword active } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { token user { email role } } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt user { email role } } }`;

let counter = 0;
async function invite(app: TestApp, role = 'VIEWER', organisationId?: string) {
  const email = `person${++counter}-${Date.now()}@kommune.test`;
  const { inviteUser } = await app.ok(INVITE, { input: { email, name: 'Ny bruger', role, organisationId } });
  return { ...inviteUser, email } as {
    invitationToken: string;
    email: string;
    user: { id: string; version: number; role: string; hasPassword: boolean };
  };
}

export const userCases: MutationCases = {
  inviteUser: {
    async success(app, { municipality }) {
      const invited = await invite(app, 'PARTNER', municipality.id);
      expect(invited.user).toMatchObject({ role: 'PARTNER', organisationId: municipality.id, hasPassword: false, active: true });
      expect(invited.invitationToken.split('.')).toHaveLength(3);
    },
    async invalid(app) {
      expectRefused(
        await app.gql(INVITE, { input: { email: 'not-an-email', name: 'X', role: 'VIEWER' } }),
        'BAD_USER_INPUT',
        'input.email',
      );
      expectRefused(
        await app.gql(INVITE, { input: { email: 'partner@kommune.test', name: 'Uden organisation', role: 'PARTNER' } }),
        'BAD_USER_INPUT',
        'input.organisationId',
      );
    },
  },
  acceptInvitation: {
    async success(app) {
      const invited = await invite(app);
      const { acceptInvitation } = await app.anonymous.ok(ACCEPT, {
        input: { token: invited.invitationToken, password: 'et-langt-kodeord-2026' },
      });
      expect(acceptInvitation.user).toEqual({ email: invited.email, role: 'VIEWER' });
      const { login } = await app.anonymous.ok(LOGIN, { email: invited.email.toUpperCase(), password: 'et-langt-kodeord-2026' });
      expect(login.user.email).toBe(invited.email);
    },
    async invalid(app) {
      const invited = await invite(app);
      expectRefused(
        await app.anonymous.gql(ACCEPT, { input: { token: invited.invitationToken, password: 'kort' } }),
        'BAD_USER_INPUT',
        'input.password',
      );
      expectRefused(
        await app.anonymous.gql(ACCEPT, { input: { token: `${invited.invitationToken}x`, password: 'et-langt-kodeord-2026' } }),
        'BAD_USER_INPUT',
        'input.token',
      );
      await app.anonymous.ok(ACCEPT, { input: { token: invited.invitationToken, password: 'et-langt-kodeord-2026' } });
      expectRefused(
        await app.anonymous.gql(ACCEPT, { input: { token: invited.invitationToken, password: 'et-andet-kodeord-2026' } }),
        'BAD_USER_INPUT',
        'input.token',
      );
    },
  },
  login: {
    async success(app) {
      const invited = await invite(app, 'AUDITOR');
      await app.anonymous.ok(ACCEPT, { input: { token: invited.invitationToken, password: 'revisor-kodeord-2026' } });
      const { login } = await app.anonymous.ok(LOGIN, { email: invited.email, password: 'revisor-kodeord-2026' });
      expect(login.user.role).toBe('AUDITOR');
      expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    },
    async invalid(app) {
      expectRefused(await app.anonymous.gql(LOGIN, { email: 'nobody@kommune.test', password: 'whatever-long-enough' }), 'UNAUTHENTICATED');
    },
  },
  changeUserRole: {
    async success(app) {
      const invited = await invite(app);
      const { changeUserRole } = await app.ok(`mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { role version } }`, {
        input: { id: invited.user.id, version: invited.user.version, role: 'AUDITOR' },
      });
      expect(changeUserRole).toEqual({ role: 'AUDITOR', version: invited.user.version + 1 });
    },
    async invalid(app) {
      const invited = await invite(app);
      expectRefused(
        await app.gql(`mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { role } }`, {
          input: { id: invited.user.id, version: invited.user.version, role: 'PARTNER' },
        }),
        'BAD_USER_INPUT',
        'input.organisationId',
      );
    },
  },
  deactivateUser: {
    async success(app) {
      const viewer = await app.as('VIEWER');
      expect((await viewer.gql(`{ me { role } }`)).data).toEqual({ me: { role: 'VIEWER' } });
      const [{ version }] = await app.dataSource.query(`SELECT version FROM users WHERE id = $1`, [viewer.userId]);
      const { deactivateUser } = await app.ok(`mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, version: $v) { active } }`, {
        id: viewer.userId,
        v: version,
      });
      expect(deactivateUser.active).toBe(false);
      // The token still verifies, but the user is gone: refused at once.
      expectRefused(await viewer.gql(`{ me { role } }`), 'UNAUTHENTICATED');
    },
    async invalid(app) {
      const viewer = await app.as('VIEWER');
      expectRefused(
        await app.gql(`mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, version: $v) { active } }`, { id: viewer.userId, v: 99 }),
        'CONFLICT',
      );
    },
  },
  pseudonymiseUser: {
    async success(app) {
      const viewer = await app.as('VIEWER');
      const { pseudonymiseUser } = await app.ok(
        `mutation($id: ID!, $r: String!) { pseudonymiseUser(id: $id, reason: $r) { name email active } }`,
        { id: viewer.userId, r: 'Fratrådt; sletning efter anmodning' },
      );
      expect(pseudonymiseUser).toEqual({
        name: expect.stringMatching(/^Pseudonymiseret bruger #\d+$/),
        email: expect.stringMatching(/^pseudonymiseret-bruger-\d+@pseudonym\.invalid$/),
        active: false,
      });
      expectRefused(await viewer.gql(`{ me { role } }`), 'UNAUTHENTICATED');
    },
    async invalid(app) {
      const viewer = await app.as('VIEWER');
      const ask = (r: string) =>
        app.gql(`mutation($id: ID!, $r: String!) { pseudonymiseUser(id: $id, reason: $r) { name } }`, { id: viewer.userId, r });
      expectRefused(await ask('  '), 'BAD_USER_INPUT', 'reason');
      expectRefused(await ask('x'.repeat(501)), 'BAD_USER_INPUT', 'reason');
      expectRefused(await ask('a\u0000b'), 'BAD_USER_INPUT', 'reason');
    },
  },
  setMyLanguage: {
    async success(app) {
      const viewer = await app.as('VIEWER');
      const set = `mutation($l: Language) { setMyLanguage(language: $l) { language } }`;
      expect((await viewer.ok(set, { l: 'nb' })).setMyLanguage).toEqual({ language: 'nb' });
      expect((await viewer.ok(`{ me { language } }`)).me).toEqual({ language: 'nb' });
      expect((await viewer.ok(set, { l: null })).setMyLanguage).toEqual({ language: null });
    },
    async invalid(app) {
      const viewer = await app.as('VIEWER');
      expectRefused(await viewer.gql(`mutation { setMyLanguage(language: fr) { language } }`), 'GRAPHQL_VALIDATION_FAILED');
    },
  },
};

import { runMutationCases } from '../../../../test/mutation-cases.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';
import type { Answer } from '../../../../test/answer.js';
import { signInCases } from '../../sign-in/__tests__/sign-in.cases.js';
import { membershipCases } from './memberships.cases.js';

// Memberships with the demo users of docs/domain.md: office@ (Danish programme), kontor@ (Norwegian only),
// viewer@ and auditor@ in both, partner@ in the Danish one for Aarhus Kommune.

const LOGIN = `mutation($email: String!) { login(email: $email, password: "tvaers-demo") { token } }`;
const PROGRAMMES = `{ programmes { name } }`;
const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id code } }`;

describe('programme memberships', () => {
  let app: TestApp;
  let dk: string;
  let no: string;
  const signIn = async (email: string, target = app) => {
    const { login } = await target.anonymous.ok(LOGIN, { email });
    const call = (query: string, variables?: Record<string, unknown>) =>
      fetch(`${target.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json() as Promise<{ data?: Answer | null; errors?: { message: string; extensions?: { code?: string } }[] }>);
    return { token: login.token as string, call };
  };
  const names = (data: unknown) =>
    ((data as { programmes?: { name: string }[] } | null | undefined)?.programmes ?? []).map((p) => p.name.split(' ')[0]);

  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    [{ id: dk }] = await app.dataSource.query(`SELECT id FROM programmes WHERE currency = 'DKK'`);
    [{ id: no }] = await app.dataSource.query(`SELECT id FROM programmes WHERE currency = 'NOK'`);
  });
  afterAll(() => app.close());

  it('shows each demo user only the programmes of their memberships', async () => {
    expect(names((await (await signIn('office@tvaers.demo')).call(PROGRAMMES)).data)).toEqual(['Fælles']);
    expect(names((await (await signIn('kontor@tvaers.demo')).call(PROGRAMMES)).data)).toEqual(['Medfinansieringsordningen']);
    expect(names((await (await signIn('viewer@tvaers.demo')).call(PROGRAMMES)).data).sort()).toEqual([
      'Fælles',
      'Medfinansieringsordningen',
    ]);
    expect(names((await (await signIn('admin@tvaers.demo')).call(PROGRAMMES)).data).sort()).toEqual([
      'Fælles',
      'Medfinansieringsordningen',
    ]);
    const partner = await signIn('partner@tvaers.demo');
    const { data } = await partner.call(`{ me { email memberships { role programme { currency } organisation { name } } } }`);
    expect(data!.me.memberships).toEqual([{ role: 'PARTNER', programme: { currency: 'DKK' }, organisation: { name: 'Aarhus Kommune' } }]);
  });

  it('refuses the Danish office in the Norwegian programme as NOT_FOUND; kontor@ creates there; a grant opens the Danish one', async () => {
    const office = await signIn('office@tvaers.demo');
    expect(errorOf((await office.call(CREATE, { input: { programmeId: no, code: 'NO-DK-1', title: 'Ikke her' } })) as never).code).toBe(
      'NOT_FOUND',
    );
    const [noProject] = await app.dataSource.query(`SELECT id FROM projects WHERE programme_id = $1 LIMIT 1`, [no]);
    for (const query of [`query($id: ID!) { project(id: $id) { id } }`, `query($id: ID!) { businessCase(projectId: $id) { npv } }`]) {
      expect(errorOf((await office.call(query, { id: noProject.id })) as never).code).toBe('NOT_FOUND');
    }
    expect(
      errorOf((await office.call(`query($id: ID!) { portfolioSummary(programmeId: $id) { totalBudget } }`, { id: no })) as never).code,
    ).toBe('NOT_FOUND');

    const kontor = await signIn('kontor@tvaers.demo');
    const created = await kontor.call(CREATE, { input: { programmeId: no, code: 'NO-NY-1', title: 'Nytt prosjekt' } });
    expect(created.data?.createProject.code).toBe('NO-NY-1');
    expect(errorOf((await kontor.call(CREATE, { input: { programmeId: dk, code: 'DK-NO-1', title: 'Ikke her' } })) as never).code).toBe(
      'NOT_FOUND',
    );

    const admin = await signIn('admin@tvaers.demo');
    const [{ id: kontorId }] = await app.dataSource.query(`SELECT id FROM users WHERE email = 'kontor@tvaers.demo'`);
    const granted = await admin.call(
      `mutation($input: GrantMembershipInput!) { grantMembership(input: $input) { id version role programme { currency } } }`,
      { input: { userId: kontorId, programmeId: dk, role: 'VIEWER' } },
    );
    expect(granted.data?.grantMembership).toMatchObject({ role: 'VIEWER', programme: { currency: 'DKK' } });
    expect(names((await kontor.call(PROGRAMMES)).data).sort()).toEqual(['Fælles', 'Medfinansieringsordningen']);
    // A viewer in the Danish programme still may not change it.
    expect(errorOf((await kontor.call(CREATE, { input: { programmeId: dk, code: 'DK-NO-2', title: 'Stadig ikke' } })) as never).code).toBe(
      'FORBIDDEN',
    );

    const revoked = await admin.call(`mutation($id: ID!, $v: Int!) { revokeMembership(id: $id, version: $v) }`, {
      id: granted.data!.grantMembership.id,
      v: granted.data!.grantMembership.version,
    });
    expect(revoked.errors).toBeUndefined();
    expect(names((await kontor.call(PROGRAMMES)).data)).toEqual(['Medfinansieringsordningen']);
  });

  it('shows each programme office the audit trail of its own programme only', async () => {
    const office = await signIn('office@tvaers.demo');
    const kontor = await signIn('kontor@tvaers.demo');
    const admin = await signIn('admin@tvaers.demo');
    const dkProject = (await office.call(CREATE, { input: { programmeId: dk, code: 'DK-AUD-1', title: 'Revision i Danmark' } })).data!
      .createProject.id as string;
    const noProject = (await kontor.call(CREATE, { input: { programmeId: no, code: 'NO-AUD-1', title: 'Revisjon i Norge' } })).data!
      .createProject.id as string;
    const AUDIT = `{ auditEvents(filter: { entityType: "projects", first: 500 }) { entityId } }`;
    const ids = async (user: { call: typeof office.call }) =>
      ((await user.call(AUDIT)).data!.auditEvents as { entityId: string }[]).map((e) => e.entityId);
    expect(await ids(office)).toContain(dkProject);
    expect(await ids(office)).not.toContain(noProject);
    expect(await ids(kontor)).toContain(noProject);
    expect(await ids(kontor)).not.toContain(dkProject);
    expect(await ids(admin)).toEqual(expect.arrayContaining([dkProject, noProject]));
  });

  it("lets a programme's own office list, grant and invite in its programme only", async () => {
    const office = await signIn('office@tvaers.demo');
    const { data } = await office.call(`query($id: ID!) { programme(id: $id) { members { role user { email } } } }`, { id: dk });
    expect(data!.programme.members.map((m: { user: { email: string } }) => m.user.email)).toEqual(
      expect.arrayContaining(['office@tvaers.demo', 'partner@tvaers.demo', 'viewer@tvaers.demo', 'auditor@tvaers.demo']),
    );
    const viewer = await signIn('viewer@tvaers.demo');
    expect(errorOf((await viewer.call(`query($id: ID!) { programme(id: $id) { members { role } } }`, { id: dk })) as never).code).toBe(
      'FORBIDDEN',
    );
    // The members' users come in one batched statement, however many members there are.
    const MEMBERS = `query($id: ID!) { programme(id: $id) { members { user { email } organisation { name } programme { name } } } }`;
    const { statements } = await app.sql.measure(() => app.ok(MEMBERS, { id: dk }));
    expect(statements.filter((sql) => /FROM "users"/.test(sql))).toHaveLength(1);

    const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { user { id email memberships { role } } invitationToken } }`;
    const invited = await office.call(INVITE, {
      input: { email: 'ny.viewer@kommune.invalid', name: 'Ny Viewer', role: 'VIEWER', programmeId: dk },
    });
    expect(invited.errors).toBeUndefined();
    const [membership] = await app.dataSource.query(
      `SELECT m.role, m.programme_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'ny.viewer@kommune.invalid'`,
    );
    expect(membership).toEqual({ role: 'VIEWER', programme_id: dk });
    expect(
      errorOf(
        (await office.call(INVITE, { input: { email: 'anden@kommune.invalid', name: 'Anden', role: 'VIEWER', programmeId: no } })) as never,
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      errorOf((await office.call(INVITE, { input: { email: 'tredje@kommune.invalid', name: 'Tredje', role: 'VIEWER' } })) as never).code,
    ).toBe('FORBIDDEN');
    expect(await app.dataSource.query(`SELECT 1 FROM users WHERE email IN ('anden@kommune.invalid', 'tredje@kommune.invalid')`)).toEqual(
      [],
    );

    const GRANT = `mutation($input: GrantMembershipInput!) { grantMembership(input: $input) { id } }`;
    const [{ id: userId }] = await app.dataSource.query(`SELECT id FROM users WHERE email = 'ny.viewer@kommune.invalid'`);
    expect(errorOf((await office.call(GRANT, { input: { userId, programmeId: no, role: 'VIEWER' } })) as never).code).toBe('NOT_FOUND');
    expect(errorOf((await office.call(GRANT, { input: { userId, programmeId: dk, role: 'AUDITOR' } })) as never)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['input.userId'],
    });
    const [aarhus] = await app.dataSource.query(`SELECT organisation_id AS id FROM users WHERE email = 'partner@tvaers.demo'`);
    expect(errorOf((await office.call(GRANT, { input: { userId: aarhus.id, programmeId: dk, role: 'PARTNER' } })) as never).code).toBe(
      'NOT_FOUND',
    ); // an organisation's id is no user
  });

  it('two API processes on one database share the sign-in limit and see a revoked membership at once', async () => {
    const second = await createTestApp({ databaseUrl: (app.dataSource.options as { url: string }).url });
    try {
      for (let i = 0; i < 5; i++) {
        const target = i % 2 ? second : app;
        expect(
          errorOf(await target.anonymous.gql(`mutation { login(email: "auditor@tvaers.demo", password: "wrong-${i}") { token } }`)).code,
        ).toBe('UNAUTHENTICATED');
      }
      expect(errorOf(await second.anonymous.gql(LOGIN, { email: 'auditor@tvaers.demo' })).code).toBe('TOO_MANY_REQUESTS');
      expect(errorOf(await app.anonymous.gql(LOGIN, { email: 'auditor@tvaers.demo' })).code).toBe('TOO_MANY_REQUESTS');

      const viewerOnFirst = await signIn('viewer@tvaers.demo', app);
      const viewerOnSecond = await signIn('viewer@tvaers.demo', second);
      expect(names((await viewerOnSecond.call(PROGRAMMES)).data).sort()).toEqual(['Fælles', 'Medfinansieringsordningen']);
      const [membership] = await app.dataSource.query(
        `SELECT m.id, m.version FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'viewer@tvaers.demo' AND m.programme_id = $1`,
        [no],
      );
      await app.ok(`mutation($id: ID!, $v: Int!) { revokeMembership(id: $id, version: $v) }`, { id: membership.id, v: membership.version });
      expect(names((await viewerOnSecond.call(PROGRAMMES)).data)).toEqual(['Fælles']);
      expect(names((await viewerOnFirst.call(PROGRAMMES)).data)).toEqual(['Fælles']);
    } finally {
      await second.close();
    }
  });
});

describe('membership and sign-in mutations', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
  });
  afterAll(() => app.close());

  runMutationCases({ ...membershipCases, ...signInCases }, { app: () => app });
});

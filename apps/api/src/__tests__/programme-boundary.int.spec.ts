import { randomUUID } from 'node:crypto';
import { MATRIX_ROLES, PERMISSION_MATRIX } from '../auth/permission-matrix.js';
import { plausibleRequests } from '../../test/hostile-fuzz.js';
import { createTestApp, type GraphqlResult, type TestApp } from '../../test/test-app.js';
import { addBenefit, addBudgetLine, createWorld, recordMeasurement, type World } from '../../test/factories.js';

// The programme is the unit of access: for every role with a membership in programme A only, every
// operation of the schema aimed at programme B (its programme, project, benefit, line, report … ids)
// answers NOT_FOUND (or is refused for the role, or for its input) — never data, never FORBIDDEN that
// would confirm B exists — and nothing of B changes. Routes under /exports and /imports likewise 404.
// (`programmes` is checked by its answer; inviteUser into another programme in memberships.int.spec.ts.)

/** Operations about the shared register or the platform, not about one programme. */
const NOT_PROGRAMME_SCOPED = [
  'myNotifications',
  'myUnreadNotificationCount',
  'markNotificationRead',
  'markAllNotificationsRead',
  'outboxMails',
  'sendDueReminders',
  'programmes',
  'inviteUser',
  'login',
  'logout',
  'completeSignIn',
  'signInOptions',
  'acceptInvitation',
  'me',
  'organisation',
  'organisations',
  'users',
  'createOrganisation',
  'updateOrganisation',
  'referenceOrganisations',
  'addReferenceOrganisations',
  'mergeOrganisations',
  'changeUserRole',
  'deactivateUser',
  'pseudonymiseUser',
  'setMyLanguage',
  'createProgramme',
  'auditEvents',
  'verifyAuditChain',
];

interface Ids {
  world: World;
  budgetLine: string;
  cost: string;
  benefit: string;
  measurement: string;
  milestone: string;
  adoption: string;
  statusReport: string;
  membership: string;
  risk: string;
  issue: string;
  round: string;
}

async function fill(app: TestApp): Promise<Ids> {
  const world = await createWorld(app);
  const project = world.project.id;
  const line = await addBudgetLine(app, project, world.lead.id, 2026, '1000.00');
  const cost = (
    await app.ok(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
      input: { projectId: project, date: '2026-02-01', payerId: world.lead.id, category: 'DEVELOPMENT', amount: '500.00' },
    })
  ).recordCost.id;
  const benefit = await addBenefit(app, project, world.municipality.id);
  const measurement = await recordMeasurement(app, benefit.id);
  const milestone = (
    await app.ok(`mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id } }`, {
      input: { projectId: project, title: 'Go-live', baselineDate: '2026-09-01' },
    })
  ).addMilestone.id;
  const adoption = (
    await app.ok(`mutation($input: AddAdoptionInput!) { addAdoption(input: $input) { id } }`, {
      input: { projectId: project, organisationId: world.municipality.id },
    })
  ).addAdoption.id;
  const statusReport = (
    await app.ok(`mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id } }`, {
      input: { projectId: project, period: '2026-H1', selfAssessedRag: 'GREEN' },
    })
  ).createStatusReport.id;
  const risk = (
    await app.ok(`mutation($input: AddRiskInput!) { addRisk(input: $input) { id } }`, {
      input: { projectId: project, title: 'Forsinket levering', category: 'SUPPLIER', probability: 3, impact: 3 },
    })
  ).addRisk.id;
  const issue = (
    await app.ok(`mutation($input: AddProjectIssueInput!) { addProjectIssue(input: $input) { id } }`, {
      input: { projectId: project, title: 'Integration fejler', severity: 'HIGH' },
    })
  ).addProjectIssue.id;
  const round = (
    await app.ok(`mutation($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }`, {
      input: { programmeId: world.programme.id, period: '2026-H2', dueDate: '2027-01-31' },
    })
  ).createReportingRound.id;
  const member = await app.as('VIEWER', undefined, [world.programme.id]);
  const [{ id: membership }] = await app.dataSource.query(`SELECT id FROM memberships WHERE user_id = $1`, [member.userId]);
  return {
    world,
    budgetLine: line.id,
    cost,
    benefit: benefit.id,
    measurement: measurement.id,
    milestone,
    adoption,
    statusReport,
    membership,
    risk,
    issue,
    round,
  };
}

/** The id an argument of an operation means, in the given programme's data. */
function idsIn(ids: Ids) {
  const entity: [RegExp, string][] = [
    [/Measurement/, ids.measurement],
    [/BudgetLine|BudgetGrid/, ids.budgetLine],
    [/Cost/, ids.cost],
    [/Benefit/, ids.benefit],
    [/Milestone/, ids.milestone],
    [/Participation/, ids.world.leadParticipation.id],
    [/Adoption/, ids.adoption],
    [/StatusReport/, ids.statusReport],
    [/Risk/, ids.risk],
    [/ProjectIssue/, ids.issue],
    [/ReportingRound/, ids.round],
    [/Track/, ids.world.track.id],
    [/Membership/, ids.membership],
    [/Programme/, ids.world.programme.id],
  ];
  return (argument: string, operation: string): string | undefined => {
    if (argument === 'programmeId') return ids.world.programme.id;
    if (argument === 'projectId') return ids.world.project.id;
    if (argument === 'benefitId') return ids.benefit;
    if (argument === 'trackId') return ids.world.track.id;
    if (['organisationId', 'funderId', 'payerId', 'receiverId', 'fundOrganisationId'].includes(argument)) return ids.world.lead.id;
    if (argument === 'userId') return randomUUID();
    const name = operation.charAt(0).toUpperCase() + operation.slice(1);
    return entity.find(([pattern]) => pattern.test(name))?.[1] ?? ids.world.project.id;
  };
}

const allowed = (operation: string, role: string) =>
  PERMISSION_MATRIX[operation]!.trim().split(/\s+/)[MATRIX_ROLES.indexOf(role as never)] === 'Y';

async function everyRowOf(app: TestApp, programmeId: string): Promise<string> {
  const [row] = await app.dataSource.query(
    `SELECT md5(concat_ws('|',
       (SELECT string_agg(p::text, '' ORDER BY p.id) FROM programmes p WHERE p.id = $1),
       (SELECT string_agg(t::text, '' ORDER BY t.id) FROM tracks t WHERE t.programme_id = $1),
       (SELECT string_agg(m::text, '' ORDER BY m.id) FROM memberships m WHERE m.programme_id = $1),
       (SELECT string_agg(j::text, '' ORDER BY j.id) FROM projects j WHERE j.programme_id = $1),
       (SELECT string_agg(x::text, '' ORDER BY x.id) FROM budget_lines x JOIN projects j ON j.id = x.project_id WHERE j.programme_id = $1),
       (SELECT string_agg(x::text, '' ORDER BY x.id) FROM benefit_measurements x JOIN benefits b ON b.id = x.benefit_id JOIN projects j ON j.id = b.project_id WHERE j.programme_id = $1),
       (SELECT string_agg(x::text, '' ORDER BY x.id) FROM status_reports x JOIN projects j ON j.id = x.project_id WHERE j.programme_id = $1),
       (SELECT string_agg(x::text, '' ORDER BY x.id) FROM risks x JOIN projects j ON j.id = x.project_id WHERE j.programme_id = $1),
       (SELECT string_agg(x::text, '' ORDER BY x.id) FROM project_issues x JOIN projects j ON j.id = x.project_id WHERE j.programme_id = $1),
       (SELECT string_agg(x::text, '' ORDER BY x.id) FROM gate_decisions x JOIN projects j ON j.id = x.project_id WHERE j.programme_id = $1),
       (SELECT string_agg(x::text, '' ORDER BY x.id) FROM benefit_reports x JOIN projects j ON j.id = x.project_id WHERE j.programme_id = $1),
       (SELECT string_agg(x::text, '' ORDER BY x.id) FROM attachments x JOIN projects j ON j.id = x.project_id WHERE j.programme_id = $1),
       (SELECT string_agg(x::text, '' ORDER BY x.id) FROM reporting_rounds x WHERE x.programme_id = $1))) AS hash`,
    [programmeId],
  );
  return row.hash as string;
}

describe('programme boundary: every operation × role × another programme', () => {
  let app: TestApp;
  let own: Ids;
  let other: Ids;
  beforeAll(async () => {
    app = await createTestApp();
    own = await fill(app);
    other = await fill(app);
  }, 60_000);
  afterAll(() => app.close());

  it('never shows or changes another programme: NOT_FOUND, or refused for the role or the input', async () => {
    const before = await everyRowOf(app, other.world.programme.id);
    const requests = plausibleRequests(idsIn(other), NOT_PROGRAMME_SCOPED);
    expect(requests.length).toBeGreaterThan(40);
    const leaks: string[] = [];
    for (const role of MATRIX_ROLES.slice(2)) {
      const client = await app.as(role as never, role === 'PARTNER' ? own.world.lead.id : undefined, [own.world.programme.id]);
      for (const request of requests) {
        const result: GraphqlResult = await client.gql(request.query, request.variables);
        const code = result.errors?.[0]?.extensions?.code;
        const expected = allowed(request.operation, role) ? ['NOT_FOUND', 'BAD_USER_INPUT'] : ['FORBIDDEN'];
        if (!code || !expected.includes(code))
          leaks.push(`${request.operation} as ${role}: ${code ?? 'answered with data'} (expected ${expected.join(' or ')})`);
      }
      const { programmes } = await client.ok(`{ programmes { id } }`);
      expect(programmes).toEqual([{ id: own.world.programme.id }]);
    }
    expect(leaks).toEqual([]);
    expect(await everyRowOf(app, other.world.programme.id)).toBe(before);
  }, 120_000);

  it('answers 404 for another programme’s exports, template and import', async () => {
    const wrong: string[] = [];
    for (const role of MATRIX_ROLES.slice(2)) {
      const client = await app.as(role as never, role === 'PARTNER' ? own.world.lead.id : undefined, [own.world.programme.id]);
      for (const route of app.routes.filter((r) => r.includes(':id'))) {
        const [method, path] = route.split(' ') as [string, string];
        // The open-data feed is public for every programme by design.
        if (!allowed(route, role) || allowed(route, 'ANONYMOUS')) continue;
        const response = await fetch(`${app.baseUrl}${path.replace(':id', other.world.programme.id).replace(':table', 'projects')}`, {
          method,
          headers: {
            authorization: `Bearer ${client.token}`,
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
          body: method === 'POST' ? Buffer.from('PK') : undefined,
        });
        await response.arrayBuffer();
        if (response.status !== 404) wrong.push(`${route} as ${role}: ${response.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { BenefitMeasurementEntity } from '../../benefits/benefit-measurement.entity.js';
import { BenefitTargetEntity } from '../../benefits/benefit-target.entity.js';
import { BenefitEntity } from '../../benefits/benefit.entity.js';
import { BudgetLineEntity } from '../../budget/budget-line.entity.js';
import { OrganisationEntity } from '../../organisations/organisation.entity.js';
import { ProgrammeEntity } from '../../programmes/programme.entity.js';
import { ParticipationEntity } from '../../projects/participation.entity.js';
import { ProjectEntity } from '../../projects/project.entity.js';

const PAGE_WITH_NESTED_FIELDS = `query($p: ID!, $first: Int) {
  projects(programmeId: $p, first: $first) {
    totalCount
    edges { node {
      code budgetTotal
      participations { roles organisation { id name sector } }
      budgetLines { fiscalYear amount category funder { id name } }
      benefits { kind unit receiver { id } targets { fiscalYear value } measurements { fiscalYear value status } }
    } }
  }
}`;

describe('projects page: SQL statements do not grow with the page size (DataLoaders)', () => {
  let app: TestApp;
  let programmeId: string;

  beforeAll(async () => {
    app = await createTestApp();
    // 60 projects, each with 3 partners, 6 budget lines and 2 benefits with targets and measurements,
    // inserted directly: this test is about reading.
    const m = app.dataSource.manager;
    programmeId = randomUUID();
    await m.insert(ProgrammeEntity, {
      id: programmeId,
      name: 'Skala',
      currency: 'DKK',
      periodStartYear: 2025,
      periodEndYear: 2027,
      fundingEnvelope: '1',
      fteAnnualCost: '1',
      hourlyRate: '1',
    });
    const orgs = Array.from({ length: 12 }, (_, i) => ({
      id: randomUUID(),
      name: `Kommune ${i}`,
      sector: i % 2 ? 'MUNICIPALITY' : 'STATE',
      country: 'DK',
      identifier: `Q${i}-${programmeId.slice(0, 8)}`,
    }));
    await m.insert(OrganisationEntity, orgs);
    const projects = Array.from({ length: 60 }, (_, i) => ({
      id: randomUUID(),
      programmeId,
      code: `S-${String(i).padStart(3, '0')}`,
      title: `Projekt ${i}`,
    }));
    await m.insert(ProjectEntity, projects);
    await m.insert(
      ParticipationEntity,
      projects.flatMap((p, i) => [0, 1, 2].map((k) => ({ projectId: p.id, organisationId: orgs[(i + k) % 12]!.id, roles: ['CO_FUNDER'] }))),
    );
    await m.insert(
      BudgetLineEntity,
      projects.flatMap((p, i) =>
        [2025, 2026, 2027].flatMap((fiscalYear) =>
          ['DEVELOPMENT', 'OPERATIONS'].map((category) => ({
            projectId: p.id,
            fiscalYear,
            funderId: orgs[i % 12]!.id,
            category,
            amount: '1000.50',
          })),
        ),
      ),
    );
    const benefits = projects.flatMap((p, i) =>
      [0, 1].map((k) => ({
        id: randomUUID(),
        projectId: p.id,
        title: 'Gevinst',
        kind: 'CASH_RELEASING',
        unit: 'CURRENCY',
        receiverId: orgs[(i + k) % 12]!.id,
      })),
    );
    await m.insert(BenefitEntity, benefits);
    await m.insert(
      BenefitTargetEntity,
      benefits.flatMap((b) => [2026, 2027].map((fiscalYear) => ({ benefitId: b.id, fiscalYear, value: '100' }))),
    );
    await m.insert(
      BenefitMeasurementEntity,
      benefits.map((b) => ({ benefitId: b.id, fiscalYear: 2026, value: '90', status: 'REPORTED' })),
    );
  });
  afterAll(() => app.close());

  it('lists 50 projects with partners, budget lines and benefits in a bounded number of statements', async () => {
    const fifty = await app.sql.measure(() => app.ok(PAGE_WITH_NESTED_FIELDS, { p: programmeId, first: 50 }));
    const five = await app.sql.measure(() => app.ok(PAGE_WITH_NESTED_FIELDS, { p: programmeId, first: 5 }));

    const page = fifty.result.projects;
    expect(page.totalCount).toBe(60);
    expect(page.edges).toHaveLength(50);
    expect(page.edges[0].node.participations).toHaveLength(3);
    expect(page.edges[0].node.budgetLines).toHaveLength(6);
    expect(page.edges[0].node.budgetTotal).toBe('6003.00');
    expect(page.edges[0].node.benefits[0].targets).toHaveLength(2);

    // the signed-in user, programme check, page, count, budget totals and one statement per nested list
    // (participations, budget lines, benefits, targets, measurements). Organisations come joined with
    // the rows that name them, so they never add a statement whatever order the batches return in.
    console.log(`SQL statements: ${fifty.statements.length} for 50 projects, ${five.statements.length} for 5`);
    expect(fifty.statements.length).toBeLessThanOrEqual(10);
    expect(five.statements.length).toBeLessThanOrEqual(10);
    const organisationsAlone = (s: string) => /^SELECT .* FROM "organisations"/s.test(s);
    expect(fifty.statements.filter(organisationsAlone)).toEqual([]);
  });

  it('counts the matching rows only when totalCount is asked for, and reads only the selected columns', async () => {
    const withoutCount = PAGE_WITH_NESTED_FIELDS.replace('totalCount', '');
    const measured = await app.sql.measure(() => app.ok(withoutCount, { p: programmeId, first: 50 }));
    expect(measured.statements.filter((s) => /count\(/i.test(s))).toEqual([]);
    // Measurements were asked for year, value and status: no timestamps or evidence read.
    const measurements = measured.statements.filter((s) => /FROM "benefit_measurements"/.test(s));
    expect(measurements).toHaveLength(1);
    expect(measurements[0]).not.toMatch(/reported_at|evidence|confirmed_at/);
    // Asking for more reads more, with the same rows.
    const wide = await app.ok(
      `query($p: ID!) { projects(programmeId: $p, first: 5) { edges { node { benefits { measurements { fiscalYear value status reportedAt evidence } } } } } }`,
      { p: programmeId },
    );
    const narrow = await app.ok(
      `query($p: ID!) { projects(programmeId: $p, first: 5) { edges { node { benefits { measurements { fiscalYear value status } } } } } }`,
      { p: programmeId },
    );
    const strip = (page: typeof wide) =>
      page.projects.edges.map((e: { node: { benefits: { measurements: Record<string, unknown>[] }[] } }) =>
        e.node.benefits.map((b) => b.measurements.map(({ fiscalYear, value, status }) => ({ fiscalYear, value, status }))),
      );
    expect(strip(wide)).toEqual(strip(narrow));
    expect(wide.projects.edges[0].node.benefits[0].measurements[0].reportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("reads the page's own columns for the selected fields only, and every column when a field is computed from the row", async () => {
    const list = `query($p: ID!) { projects(programmeId: $p, first: 5) { edges { node { id code title phase budgetTotal participations { roles } } } } }`;
    const narrow = await app.sql.measure(() => app.ok(list, { p: programmeId }));
    const page = (statements: string[]) => statements.filter((s) => /FROM "projects" "p"/.test(s) && !/count\(/i.test(s));
    expect(page(narrow.statements)).toHaveLength(1);
    const [narrowPage] = page(narrow.statements);
    expect(narrowPage).toMatch(/"p"\."code"/);
    expect(narrowPage).not.toMatch(/description|life_events|updated_at|planned_start/);
    expect(narrow.result.projects.edges[0].node).toEqual({
      id: expect.any(String),
      code: 'S-000',
      title: 'Projekt 0',
      phase: 'PROPOSED',
      budgetTotal: '6003.00',
      participations: [{ roles: ['CO_FUNDER'] }, { roles: ['CO_FUNDER'] }, { roles: ['CO_FUNDER'] }],
    });
    // nextGates is computed from the project's row: the page then reads it whole.
    const computed = await app.sql.measure(() =>
      app.ok(`query($p: ID!) { projects(programmeId: $p, first: 5) { edges { node { code nextGates { toPhase } } } } }`, {
        p: programmeId,
      }),
    );
    expect(page(computed.statements)[0]).toMatch(/description/);
    expect(computed.result.projects.edges[0].node.nextGates.length).toBeGreaterThan(0);
  });

  it('reads one project with its nested lists in one statement (and the user lookup, unless known): the project with its lists', async () => {
    const [{ id }] = await app.dataSource.query(`SELECT id FROM projects WHERE programme_id = $1 ORDER BY code LIMIT 1`, [programmeId]);
    const detail = `query($id: ID!) { project(id: $id) {
      code participations { roles organisation { name } } budgetLines { fiscalYear amount funder { name } }
      benefits { kind receiver { id } targets { fiscalYear value } measurements { fiscalYear value status } } } }`;
    const measured = await app.sql.measure(() => app.ok(detail, { id }));
    expect(measured.result.project.budgetLines).toHaveLength(6);
    expect(measured.result.project.benefits[0].targets).toHaveLength(2);
    // The user lookup runs unless this process already knows the session (SignedInUserCache).
    const [lookups, reads] = [
      measured.statements.filter((s) => s.includes('tvaers_signed_in_user(')),
      measured.statements.filter((s) => !s.includes('tvaers_signed_in_user(')),
    ];
    expect(lookups.length).toBeLessThanOrEqual(1);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/FROM "projects" parent WHERE parent\."id" = \$1::uuid$/);
    // An id the user cannot see (or that does not exist) is NOT_FOUND, read by the loader after the
    // one statement found nothing.
    const missing = await app.gql(detail, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await Promise.all(Array.from({ length: 20 }, () => app.gql(detail, { id: 'not-a-uuid' })));
    expect(malformed.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(20).fill('BAD_USER_INPUT'));
  });
});

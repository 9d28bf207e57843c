import { runMutationCases } from '../../../../test/mutation-cases.js';
import { addParticipation, createOrganisation, createProgramme, createProject, createTrack } from '../../../../test/factories.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';
import { projectCases } from './projects.cases.js';

describe('projects (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(projectCases, { app: () => app });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const programme = await createProgramme(app);
    const project = await createProject(app, programme.id);
    const update = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version title } }`;
    await app.ok(update, { input: { id: project.id, version: 1, title: 'Først gemt' } });
    const stale = await app.gql(update, { input: { id: project.id, version: 1, title: 'Gemt oven i' } });
    expect(errorOf(stale).code).toBe('CONFLICT');
    expect(errorOf(stale).message).toMatch(/version 1, it is now version 2/);
    const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { version title } }`, { id: project.id });
    expect(read).toEqual({ version: 2, title: 'Først gemt' });
  });

  const PAGE = `query($p: ID!, $f: ProjectFilter, $o: ProjectOrder, $first: Int, $after: String) {
    projects(programmeId: $p, filter: $f, orderBy: $o, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code title } }
    }
  }`;

  it('filters by track, phase, partner sector, life event, component and free text', async () => {
    const programme = await createProgramme(app);
    const [trackA, trackB] = [await createTrack(app, programme.id), await createTrack(app, programme.id)];
    const region = await createOrganisation(app, 'REGION');
    const a = await createProject(app, programme.id, {
      code: 'A-1',
      title: 'Telemedicin KOL',
      trackId: trackA.id,
      phase: 'EXECUTION',
      lifeEvents: ['RETIREMENT'],
      commonComponents: ['MITID'],
    });
    await createProject(app, programme.id, {
      code: 'B-1',
      title: 'Flytning',
      trackId: trackB.id,
      phase: 'PROPOSED',
      lifeEvents: ['MOVING_HOUSE'],
      commonComponents: ['CPR'],
    });
    await addParticipation(app, a.id, region.id, ['BENEFIT_RECEIVER']);
    const codes = async (f: Record<string, unknown>) =>
      ((await app.ok(PAGE, { p: programme.id, f })).projects.edges as { node: { code: string } }[]).map((e) => e.node.code);
    expect(await codes({ trackIds: [trackA.id] })).toEqual(['A-1']);
    expect(await codes({ phases: ['PROPOSED'] })).toEqual(['B-1']);
    expect(await codes({ partnerSectors: ['REGION'] })).toEqual(['A-1']);
    expect(await codes({ organisationId: region.id })).toEqual(['A-1']);
    expect(await codes({ lifeEvents: ['MOVING_HOUSE', 'DEATH'] })).toEqual(['B-1']);
    expect(await codes({ commonComponents: ['MITID'] })).toEqual(['A-1']);
    expect(await codes({ search: 'kol' })).toEqual(['A-1']);
    expect(await codes({ search: '100%_' })).toEqual([]);
    expect(await codes({})).toEqual(['A-1', 'B-1']);
  });

  it('pages with cursors in every sort order without gaps or repeats', async () => {
    const programme = await createProgramme(app);
    for (let i = 1; i <= 7; i++) {
      await createProject(app, programme.id, {
        code: `K-${i}`,
        title: `Projekt ${8 - i}`,
        plannedStart: i % 2 ? `2026-0${i}-01` : null,
        phase: i % 3 ? 'EXECUTION' : 'PROPOSED',
      });
    }
    for (const field of ['CODE', 'TITLE', 'PHASE', 'PLANNED_START', 'PLANNED_END', 'UPDATED_AT']) {
      for (const direction of ['ASC', 'DESC']) {
        const seen: string[] = [];
        let after: string | undefined;
        for (let guard = 0; guard < 10; guard++) {
          const { projects } = await app.ok(PAGE, { p: programme.id, o: { field, direction }, first: 3, after });
          expect(projects.totalCount).toBe(7);
          seen.push(...projects.edges.map((e: { node: { code: string } }) => e.node.code));
          if (!projects.pageInfo.hasNextPage) break;
          after = projects.pageInfo.endCursor;
        }
        expect([...seen].sort()).toEqual(['K-1', 'K-2', 'K-3', 'K-4', 'K-5', 'K-6', 'K-7']);
      }
    }
    const { projects } = await app.ok(PAGE, { p: programme.id, o: { field: 'TITLE', direction: 'ASC' }, first: 2 });
    expect(projects.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Projekt 1', 'Projekt 2']);
  });

  it('refuses a page size above 100 and a forged cursor', async () => {
    const programme = await createProgramme(app);
    expect(errorOf(await app.gql(PAGE, { p: programme.id, first: 101 })).fields).toContain('first');
    expect(errorOf(await app.gql(PAGE, { p: programme.id, after: 'bm90LWEtY3Vyc29y' })).fields).toContain('after');
  });
});

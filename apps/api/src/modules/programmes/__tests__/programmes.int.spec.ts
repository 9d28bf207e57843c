import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { expectRefused, runMutationCases } from '../../../../test/mutation-cases.js';
import { createProject, createTrack, createWorld } from '../../../../test/factories.js';
import { programmeCases } from './programmes.cases.js';

describe('programmes and tracks (GraphQL, real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  runMutationCases(programmeCases, { app: () => app });

  it('keeps an archived track on its projects but lets no project join it, and brings it back', async () => {
    const { programme, track, project } = await createWorld(app);
    const update = `mutation($input: UpdateTrackInput!) { updateTrack(input: $input) { version archivedAt } }`;
    const { updateTrack: archived } = await app.ok(update, { input: { id: track.id, version: track.version, archived: true } });
    expect(archived.archivedAt).toEqual(expect.any(String));
    const { project: kept } = await app.ok(`query($id: ID!) { project(id: $id) { track { id } } }`, { id: project.id });
    expect(kept.track).toEqual({ id: track.id });
    const joined = await app.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
      input: { programmeId: programme.id, code: 'ARK-1', title: 'Arkiveret spor', trackId: track.id },
    });
    expectRefused(joined, 'BAD_USER_INPUT', 'input.trackId');
    const { updateTrack: back } = await app.ok(update, { input: { id: track.id, version: archived.version, archived: false } });
    expect(back.archivedAt).toBeNull();
    await createProject(app, programme.id, { trackId: track.id });
  });

  it('refuses a track code already used in the programme when renaming', async () => {
    const { programme, track } = await createWorld(app);
    const other = await createTrack(app, programme.id);
    const result = await app.gql(`mutation($input: UpdateTrackInput!) { updateTrack(input: $input) { id } }`, {
      input: { id: other.id, version: other.version, code: track.code },
    });
    expectRefused(result, 'BAD_USER_INPUT', 'input.code');
  });

  it('keeps an archived programme read-only until it is reopened, for the administrator too', async () => {
    const { programme, project, lead, track } = await createWorld(app);
    const second = await createTrack(app, programme.id);
    const archive = `mutation($id: ID!, $v: Int!, $a: Boolean!) { setProgrammeArchived(id: $id, version: $v, archived: $a) { version } }`;
    const { setProgrammeArchived } = await app.ok(archive, { id: programme.id, v: programme.version, a: true });
    const rename = () =>
      app.gql(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`, {
        input: { id: project.id, version: project.version, title: 'Efter arkivering' },
      });
    expectRefused(await rename(), 'INVALID_TRANSITION');
    const line = await app.gql(`mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, {
      input: { projectId: project.id, fiscalYear: 2027, funderId: lead.id, category: 'DEVELOPMENT', amount: '1000.00' },
    });
    expectRefused(line, 'INVALID_TRANSITION');
    const reorder = await app.gql(`mutation($input: ReorderTracksInput!) { reorderTracks(input: $input) { id } }`, {
      input: { programmeId: programme.id, trackIds: [second.id, track.id] },
    });
    expectRefused(reorder, 'INVALID_TRANSITION');
    const { project: unchanged } = await app.ok(`query($id: ID!) { project(id: $id) { title version } }`, { id: project.id });
    expect(unchanged.version).toBe(project.version);
    await app.ok(archive, { id: programme.id, v: setProgrammeArchived.version, a: false });
    await app.ok(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { version } }`, {
      input: { id: project.id, version: project.version, title: 'Efter genåbning' },
    });
  });
});

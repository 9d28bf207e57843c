import { createProgramme, createProject } from '../../../../test/factories.js';
import { expectRefused } from '../../../../test/mutation-cases.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

const PREVIEW = `query($p: ID!, $t: TolerancesInput!) {
  tolerancePreview(programmeId: $p, tolerances: $t) { projectsCompared projectsChanging changes { code dimension from to } }
}`;

describe('tolerance preview (real PostgreSQL)', () => {
  let app: TestApp;
  let programmeId: string;
  beforeAll(async () => {
    app = await createTestApp();
    programmeId = (await createProgramme(app)).id;
    // 59 days late: AMBER under the default tolerances (GREEN up to 31 days, AMBER up to 92).
    await createProject(app, programmeId, {
      code: 'LATE-59',
      plannedStart: '2026-01-01',
      plannedEnd: '2027-01-01',
      forecastEnd: '2027-03-01',
    });
    // 10 days late: GREEN either way.
    await createProject(app, programmeId, {
      code: 'LATE-10',
      plannedStart: '2026-01-01',
      plannedEnd: '2027-01-01',
      forecastEnd: '2027-01-11',
    });
  });
  afterAll(() => app.close());

  it('names the lights that would change colour, and saves nothing', async () => {
    const { tolerancePreview } = await app.ok(PREVIEW, { p: programmeId, t: { scheduleAmberDays: 60 } });
    expect(tolerancePreview).toEqual({
      projectsCompared: 2,
      projectsChanging: 1,
      changes: [{ code: 'LATE-59', dimension: 'SCHEDULE', from: 'AMBER', to: 'GREEN' }],
    });
    const stricter = await app.ok(PREVIEW, { p: programmeId, t: { scheduleAmberDays: 5, scheduleRedDays: 30 } });
    expect(stricter.tolerancePreview.changes).toEqual([
      { code: 'LATE-10', dimension: 'SCHEDULE', from: 'GREEN', to: 'AMBER' },
      { code: 'LATE-59', dimension: 'SCHEDULE', from: 'AMBER', to: 'RED' },
    ]);
    const { programme } = await app.ok(`query($id: ID!) { programme(id: $id) { tolerances { scheduleAmberDays } } }`, { id: programmeId });
    expect(programme.tolerances.scheduleAmberDays).toBe(31);
  });

  it('refuses tolerances that contradict themselves or the programme’s, naming the field', async () => {
    expectRefused(
      await app.gql(PREVIEW, { p: programmeId, t: { scheduleAmberDays: 100 } }),
      'BAD_USER_INPUT',
      'tolerances.scheduleAmberDays',
    );
    expectRefused(
      await app.gql(PREVIEW, { p: programmeId, t: { benefitGreenRate: '1.5' } }),
      'BAD_USER_INPUT',
      'tolerances.benefitGreenRate',
    );
    const update = await app.gql(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }`, {
      input: { id: programmeId, version: 1, tolerances: { costAmberOverrunRate: '0.5' } },
    });
    expectRefused(update, 'BAD_USER_INPUT', 'input.tolerances.costAmberOverrunRate');
  });
});

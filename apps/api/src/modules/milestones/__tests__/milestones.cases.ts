import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import type { TestApp } from '../../../../test/test-app.js';

const ADD = `mutation($input: AddMilestoneInput!) { addMilestone(input: $input) { id version title baselineDate forecastDate actualDate } }`;
const add = async (app: TestApp, projectId: string) =>
  (await app.ok(ADD, { input: { projectId, title: 'Første kommune i drift', baselineDate: '2026-09-01', forecastDate: '2026-10-15' } }))
    .addMilestone;

export const milestoneCases: MutationCases = {
  addMilestone: {
    async success(app, { project }) {
      const milestone = await add(app, project.id);
      const { project: read } = await app.ok(
        `query($id: ID!) { project(id: $id) { milestones { id baselineDate forecastDate actualDate } } }`,
        { id: project.id },
      );
      expect(read.milestones).toEqual([{ id: milestone.id, baselineDate: '2026-09-01', forecastDate: '2026-10-15', actualDate: null }]);
    },
    async invalid(app, { project }) {
      expectRefused(
        await app.gql(ADD, { input: { projectId: project.id, title: 'M', baselineDate: '2026-09-01' } }),
        'BAD_USER_INPUT',
        'input.title',
      );
    },
  },
  updateMilestone: {
    async success(app, { project }) {
      const milestone = await add(app, project.id);
      const { updateMilestone } = await app.ok(
        `mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { actualDate version } }`,
        {
          input: { id: milestone.id, version: milestone.version, actualDate: '2026-10-20' },
        },
      );
      expect(updateMilestone).toEqual({ actualDate: '2026-10-20', version: 2 });
    },
    async invalid(app, { project }) {
      const milestone = await add(app, project.id);
      const result = await app.gql(`mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id } }`, {
        input: { id: milestone.id, version: milestone.version, baselineDate: null },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.baselineDate');
    },
  },
  deleteMilestone: {
    async success(app, { project }) {
      const milestone = await add(app, project.id);
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteMilestone(id: $id, version: $v) }`, { id: milestone.id, v: milestone.version });
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { milestones { id } } }`, { id: project.id });
      expect(read.milestones).toEqual([]);
    },
    async invalid(app, { project }) {
      const milestone = await add(app, project.id);
      expectRefused(await app.gql(`mutation($id: ID!) { deleteMilestone(id: $id, version: 5) }`, { id: milestone.id }), 'CONFLICT');
    },
  },
};

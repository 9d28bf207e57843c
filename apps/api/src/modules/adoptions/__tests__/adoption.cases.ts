import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import type { TestApp } from '../../../../test/test-app.js';

const ADD = `mutation($input: AddAdoptionInput!) { addAdoption(input: $input) { id version state liveDate organisation { id } } }`;
const add = async (app: TestApp, projectId: string, organisationId: string) =>
  (await app.ok(ADD, { input: { projectId, organisationId, state: 'IMPLEMENTING' } })).addAdoption;

export const adoptionCases: MutationCases = {
  addAdoption: {
    async success(app, { project, municipality }) {
      const adoption = await add(app, project.id, municipality.id);
      expect(adoption).toMatchObject({ state: 'IMPLEMENTING', liveDate: null, organisation: { id: municipality.id } });
    },
    async invalid(app, { project, municipality }) {
      const live = await app.gql(ADD, { input: { projectId: project.id, organisationId: municipality.id, state: 'LIVE' } });
      expectRefused(live, 'BAD_USER_INPUT', 'input.liveDate');
    },
  },
  updateAdoption: {
    async success(app, { project, municipality }) {
      const adoption = await add(app, project.id, municipality.id);
      const { updateAdoption } = await app.ok(
        `mutation($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { state liveDate version } }`,
        {
          input: { id: adoption.id, version: adoption.version, state: 'LIVE', liveDate: '2026-09-01' },
        },
      );
      expect(updateAdoption).toEqual({ state: 'LIVE', liveDate: '2026-09-01', version: 2 });
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { adoptions { state } } }`, { id: project.id });
      expect(read.adoptions).toEqual([{ state: 'LIVE' }]);
    },
    async invalid(app, { project, municipality }) {
      const adoption = await add(app, project.id, municipality.id);
      const result = await app.gql(`mutation($input: UpdateAdoptionInput!) { updateAdoption(input: $input) { id } }`, {
        input: { id: adoption.id, version: adoption.version, liveDate: '2026-09-01' },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.liveDate');
    },
  },
  deleteAdoption: {
    async success(app, { project, municipality }) {
      const adoption = await add(app, project.id, municipality.id);
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteAdoption(id: $id, version: $v) }`, { id: adoption.id, v: adoption.version });
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { adoptions { id } } }`, { id: project.id });
      expect(read.adoptions).toEqual([]);
    },
    async invalid(app) {
      expectRefused(await app.gql(`mutation { deleteAdoption(id: "00000000-0000-4000-8000-000000000002", version: 1) }`), 'NOT_FOUND');
    },
  },
};

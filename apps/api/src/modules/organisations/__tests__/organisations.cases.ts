import { createOrganisation } from '../../../../test/factories.js';
import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';

export const organisationCases: MutationCases = {
  createOrganisation: {
    async success(app) {
      const created = await createOrganisation(app, 'JOINT_BODY', 'KOMBIT');
      const { organisation } = await app.ok(`query($id: ID!) { organisation(id: $id) { sector country } }`, { id: created.id });
      expect(organisation).toEqual({ sector: 'JOINT_BODY', country: 'DK' });
    },
    async invalid(app) {
      const result = await app.gql(
        `mutation { createOrganisation(input: { name: "Aarhus Kommune", sector: MUNICIPALITY, country: DK, identifier: "7 5 1" }) { id } }`,
      );
      expectRefused(result, 'BAD_USER_INPUT', 'input.identifier');
    },
  },
  updateOrganisation: {
    async success(app, { outsider }) {
      const { updateOrganisation } = await app.ok(
        `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { name version } }`,
        {
          input: { id: outsider.id, version: outsider.version, name: 'Region Nordjylland' },
        },
      );
      expect(updateOrganisation).toEqual({ name: 'Region Nordjylland', version: outsider.version + 1 });
    },
    async invalid(app, { outsider }) {
      const result = await app.gql(`mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
        input: { id: outsider.id, version: outsider.version, name: '' },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.name');
    },
  },
  deleteOrganisation: {
    async success(app, { outsider }) {
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteOrganisation(id: $id, version: $v) }`, { id: outsider.id, v: outsider.version });
      expectRefused(await app.gql(`query($id: ID!) { organisation(id: $id) { id } }`, { id: outsider.id }), 'NOT_FOUND');
    },
    async invalid(app, { lead }) {
      // Still a partner in a project: refused, and the organisation stays.
      const result = await app.gql(`mutation($id: ID!, $v: Int!) { deleteOrganisation(id: $id, version: $v) }`, {
        id: lead.id,
        v: lead.version,
      });
      expectRefused(result, 'BAD_USER_INPUT', 'id');
      await app.ok(`query($id: ID!) { organisation(id: $id) { id } }`, { id: lead.id });
    },
  },
};

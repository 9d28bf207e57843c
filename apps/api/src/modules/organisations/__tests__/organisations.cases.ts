import { addParticipation, createOrganisation } from '../../../../test/factories.js';
import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';

export const organisationCases: MutationCases = {
  createOrganisation: {
    async success(app) {
      const created = await createOrganisation(app, 'JOINT_BODY', 'KOMBIT');
      const { organisation } = await app.ok(`query($id: ID!) { organisation(id: $id) { sector country } }`, { id: created.id });
      expect(organisation).toEqual({ sector: 'JOINT_BODY', country: 'DK' });
    },
    async invalid(app) {
      const create = (input: Record<string, string>) =>
        app.gql(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
          input: { name: 'Prøve', ...input },
        });
      // The worked numbers: one digit off fails the check digit.
      expectRefused(await create({ sector: 'STATE', country: 'DK', identifier: '29190926' }), 'BAD_USER_INPUT', 'input.identifier');
      expectRefused(await create({ sector: 'STATE', country: 'NO', identifier: '974760672' }), 'BAD_USER_INPUT', 'input.identifier');
      expectRefused(await create({ sector: 'MUNICIPALITY', country: 'DK', identifier: '752' }), 'BAD_USER_INPUT', 'input.identifier');
      expectRefused(await create({ sector: 'STATE', country: 'DK', identifier: '751' }), 'BAD_USER_INPUT', 'input.sector');
      expectRefused(await create({ sector: 'STATE', country: 'DK', identifier: 'ABC-123' }), 'BAD_USER_INPUT', 'input.identifier');
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
  addReferenceOrganisations: {
    async success(app) {
      const add = `mutation($input: AddReferenceOrganisationsInput!) { addReferenceOrganisations(input: $input) { identifier name sector } }`;
      const first = await app.ok(add, { input: { country: 'NO', identifiers: ['5610', '0301'] } });
      const again = await app.ok(add, { input: { country: 'NO', identifiers: ['5610', '0301'] } });
      // Adding twice adds nothing twice (whichever test run added them first).
      expect(again.addReferenceOrganisations).toEqual([]);
      const { referenceOrganisations } = await app.ok(`{ referenceOrganisations(country: NO) { identifier name registeredId area } }`);
      expect(referenceOrganisations).toHaveLength(357);
      expect(referenceOrganisations).toContainEqual({
        identifier: '5610',
        name: 'Kárášjohka – Karasjok kommune',
        registeredId: expect.any(String),
        area: 'Finnmark',
      });
      for (const added of first.addReferenceOrganisations) expect(added.sector).toBe('MUNICIPALITY');
    },
    async invalid(app) {
      const result = await app.gql(`mutation { addReferenceOrganisations(input: { country: DK, identifiers: ["751", "999"] }) { id } }`);
      expectRefused(result, 'BAD_USER_INPUT', 'identifiers');
    },
  },
  mergeOrganisations: {
    async success(app, { project, lead, municipality }) {
      // The duplicate is a second row for the lead: a partner in the same project with other roles.
      const duplicate = await createOrganisation(app, 'STATE', 'Styrelse (dublet)');
      await addParticipation(app, project.id, duplicate.id, ['BENEFIT_RECEIVER']);
      const { mergeOrganisations } = await app.ok(
        `mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) { id version } }`,
        { input: { keepId: lead.id, keepVersion: lead.version, duplicateId: duplicate.id, duplicateVersion: duplicate.version } },
      );
      expect(mergeOrganisations).toEqual({ id: lead.id, version: lead.version + 1 });
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { participations { organisation { id } roles } } }`, {
        id: project.id,
      });
      expect(read.participations).toEqual(
        expect.arrayContaining([
          { organisation: { id: lead.id }, roles: ['BENEFIT_RECEIVER', 'CO_FUNDER', 'LEAD'] },
          { organisation: { id: municipality.id }, roles: ['BENEFIT_RECEIVER'] },
        ]),
      );
      expect(read.participations).toHaveLength(2);
      expectRefused(await app.gql(`query($id: ID!) { organisation(id: $id) { id } }`, { id: duplicate.id }), 'NOT_FOUND');
    },
    async invalid(app, { lead }) {
      const result = await app.gql(`mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) { id } }`, {
        input: { keepId: lead.id, keepVersion: lead.version, duplicateId: lead.id, duplicateVersion: lead.version },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'duplicateId');
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

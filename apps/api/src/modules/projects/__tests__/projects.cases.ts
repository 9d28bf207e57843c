import { addParticipation, createOrganisation, createProject } from '../../../../test/factories.js';
import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';

export const projectCases: MutationCases = {
  createProject: {
    async success(app, { programme, track }) {
      const created = await createProject(app, programme.id, {
        trackId: track.id,
        phase: 'APPROVED',
        plannedStart: '2026-01-01',
        plannedEnd: '2027-06-30',
        lifeEvents: ['MOVING_HOUSE'],
        commonComponents: ['MITID', 'CPR'],
      });
      const { project } = await app.ok(
        `query($id: ID!) { project(id: $id) { phase plannedEnd lifeEvents commonComponents track { id } version budgetTotal } }`,
        { id: created.id },
      );
      expect(project).toEqual({
        phase: 'APPROVED',
        plannedEnd: '2027-06-30',
        lifeEvents: ['MOVING_HOUSE'],
        commonComponents: ['MITID', 'CPR'],
        track: { id: track.id },
        version: 1,
        budgetTotal: '0.00',
      });
    },
    async invalid(app, { programme, project }) {
      const duplicate = await app.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
        input: { programmeId: programme.id, code: project.code, title: 'Samme kode' },
      });
      expectRefused(duplicate, 'BAD_USER_INPUT', 'input.code');
      const backwards = await app.gql(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
        input: { programmeId: programme.id, code: 'NEW-1', title: 'Baglæns', plannedStart: '2027-01-01', plannedEnd: '2026-01-01' },
      });
      expectRefused(backwards, 'BAD_USER_INPUT', 'input.plannedEnd');
    },
  },
  updateProject: {
    async success(app, { project }) {
      const { updateProject } = await app.ok(
        `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { title phase forecastEnd version } }`,
        { input: { id: project.id, version: project.version, title: 'Flytning 2.0', phase: 'PROPOSED', forecastEnd: '2027-09-15' } },
      );
      // The current phase may be sent along (a form does); another phase needs a gate decision (gates.int.spec.ts).
      expect(updateProject).toEqual({ title: 'Flytning 2.0', phase: 'PROPOSED', forecastEnd: '2027-09-15', version: 2 });
    },
    async invalid(app, { project }) {
      const result = await app.gql(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`, {
        input: { id: project.id, version: project.version, lifeEvents: ['WINNING_THE_LOTTERY'] },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { version lifeEvents } }`, { id: project.id });
      expect(read).toEqual({ version: 1, lifeEvents: [] });
    },
  },
  deleteProject: {
    async success(app, { project }) {
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteProject(id: $id, version: $v) }`, { id: project.id, v: project.version });
      expectRefused(await app.gql(`query($id: ID!) { project(id: $id) { id } }`, { id: project.id }), 'NOT_FOUND');
    },
    async invalid(app) {
      const result = await app.gql(`mutation { deleteProject(id: "00000000-0000-4000-8000-000000000000", version: 1) }`);
      expectRefused(result, 'NOT_FOUND');
    },
  },
  addParticipation: {
    async success(app, { project, outsider }) {
      await addParticipation(app, project.id, outsider.id, ['CO_FUNDER', 'BENEFIT_RECEIVER']);
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { participations { roles organisation { id } } } }`, {
        id: project.id,
      });
      expect(read.participations).toContainEqual({ roles: ['CO_FUNDER', 'BENEFIT_RECEIVER'], organisation: { id: outsider.id } });
    },
    async invalid(app, { project, lead }) {
      const again = await app.gql(`mutation($input: AddParticipationInput!) { addParticipation(input: $input) { id } }`, {
        input: { projectId: project.id, organisationId: lead.id, roles: ['IMPLEMENTER'] },
      });
      expectRefused(again, 'BAD_USER_INPUT', 'input.organisationId');
      const other = await createOrganisation(app);
      const noRoles = await app.gql(`mutation($input: AddParticipationInput!) { addParticipation(input: $input) { id } }`, {
        input: { projectId: project.id, organisationId: other.id, roles: [] },
      });
      expectRefused(noRoles, 'BAD_USER_INPUT', 'input.roles');
    },
  },
  updateParticipation: {
    async success(app, { municipalityParticipation: p }) {
      const { updateParticipation } = await app.ok(
        `mutation($input: UpdateParticipationInput!) { updateParticipation(input: $input) { roles version } }`,
        { input: { id: p.id, version: p.version, roles: ['BENEFIT_RECEIVER', 'CO_FUNDER'] } },
      );
      expect(updateParticipation).toEqual({ roles: ['BENEFIT_RECEIVER', 'CO_FUNDER'], version: 2 });
    },
    async invalid(app, { municipalityParticipation: p }) {
      const result = await app.gql(`mutation($input: UpdateParticipationInput!) { updateParticipation(input: $input) { id } }`, {
        input: { id: p.id, version: p.version, roles: ['LEAD', 'LEAD'] },
      });
      expectRefused(result, 'BAD_USER_INPUT', 'input.roles');
    },
  },
  removeParticipation: {
    async success(app, { project, municipalityParticipation: p }) {
      await app.ok(`mutation($id: ID!, $v: Int!) { removeParticipation(id: $id, version: $v) }`, { id: p.id, v: p.version });
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { participations { id } } }`, { id: project.id });
      expect(read.participations).not.toContainEqual({ id: p.id });
    },
    async invalid(app, { municipalityParticipation: p }) {
      const result = await app.gql(`mutation($id: ID!) { removeParticipation(id: $id, version: 7) }`, { id: p.id });
      expectRefused(result, 'CONFLICT');
    },
  },
};

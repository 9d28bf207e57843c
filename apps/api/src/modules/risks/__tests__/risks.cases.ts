import { expectRefused, type MutationCases } from '../../../../test/mutation-cases.js';
import type { TestApp } from '../../../../test/test-app.js';

const RISK_FIELDS =
  'id version title category probability impact score residualProbability residualImpact residualScore status reviewDate reviewOverdue owner mitigation';
export const ADD_RISK = `mutation($input: AddRiskInput!) { addRisk(input: $input) { ${RISK_FIELDS} } }`;
const ISSUE_FIELDS = 'id version title severity status owner dueDate resolution';
const ADD_ISSUE = `mutation($input: AddProjectIssueInput!) { addProjectIssue(input: $input) { ${ISSUE_FIELDS} } }`;

export async function addRisk(app: TestApp, projectId: string, overrides: Record<string, unknown> = {}) {
  const input = {
    projectId,
    title: 'Leverandøren leverer for sent',
    category: 'SUPPLIER',
    probability: 4,
    impact: 3,
    owner: 'Projektleder',
    mitigation: 'Bod i kontrakten',
    ...overrides,
  };
  return (await app.ok(ADD_RISK, { input })).addRisk;
}

async function addIssue(app: TestApp, projectId: string) {
  return (
    await app.ok(ADD_ISSUE, {
      input: { projectId, title: 'Integrationen til CPR fejler', severity: 'HIGH', owner: 'Arkitekt', dueDate: '2026-12-15' },
    })
  ).addProjectIssue;
}

export const riskCases: MutationCases = {
  addRisk: {
    async success(app, { project }) {
      const risk = await addRisk(app, project.id, { residualProbability: 2, residualImpact: 3, reviewDate: '2020-01-01' });
      expect(risk).toMatchObject({ score: 12, residualScore: 6, status: 'OPEN', reviewOverdue: true });
      const { project: read } = await app.ok(`query($id: ID!) { project(id: $id) { risks { id score } } }`, { id: project.id });
      expect(read.risks).toEqual([{ id: risk.id, score: 12 }]);
    },
    async invalid(app, { project }) {
      expectRefused(
        await app.gql(ADD_RISK, { input: { projectId: project.id, title: 'Risiko', category: 'SUPPLIER', probability: 6, impact: 3 } }),
        'BAD_USER_INPUT',
        'input.probability',
      );
      expectRefused(
        await app.gql(ADD_RISK, {
          input: { projectId: project.id, title: 'Risiko', category: 'SUPPLIER', probability: 2, impact: 3, residualProbability: 1 },
        }),
        'BAD_USER_INPUT',
        'input.residualImpact',
      );
    },
  },
  updateRisk: {
    async success(app, { project }) {
      const risk = await addRisk(app, project.id);
      const { updateRisk } = await app.ok(
        `mutation($input: UpdateRiskInput!) { updateRisk(input: $input) { version status score residualScore } }`,
        {
          input: { id: risk.id, version: risk.version, status: 'MITIGATING', residualProbability: 1, residualImpact: 2 },
        },
      );
      expect(updateRisk).toEqual({ version: 2, status: 'MITIGATING', score: 12, residualScore: 2 });
    },
    async invalid(app, { project }) {
      const risk = await addRisk(app, project.id);
      expectRefused(
        await app.gql(`mutation($input: UpdateRiskInput!) { updateRisk(input: $input) { id } }`, {
          input: { id: risk.id, version: risk.version, residualImpact: 2 },
        }),
        'BAD_USER_INPUT',
        'input.residualProbability',
      );
    },
  },
  deleteRisk: {
    async success(app, { project }) {
      const risk = await addRisk(app, project.id);
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteRisk(id: $id, version: $v) }`, { id: risk.id, v: risk.version });
      expect((await app.ok(`query($id: ID!) { project(id: $id) { risks { id } } }`, { id: project.id })).project.risks).toEqual([]);
    },
    async invalid(app, { project }) {
      const risk = await addRisk(app, project.id);
      expectRefused(await app.gql(`mutation($id: ID!) { deleteRisk(id: $id, version: 9) }`, { id: risk.id }), 'CONFLICT');
    },
  },
  addProjectIssue: {
    async success(app, { project }) {
      const issue = await addIssue(app, project.id);
      expect(issue).toMatchObject({ severity: 'HIGH', status: 'OPEN', dueDate: '2026-12-15' });
      expect((await app.ok(`query($id: ID!) { project(id: $id) { issues { id } } }`, { id: project.id })).project.issues).toEqual([
        { id: issue.id },
      ]);
    },
    async invalid(app, { project }) {
      expectRefused(
        await app.gql(ADD_ISSUE, { input: { projectId: project.id, title: 'Løst uden forklaring', severity: 'LOW', status: 'RESOLVED' } }),
        'BAD_USER_INPUT',
        'input.resolution',
      );
    },
  },
  updateProjectIssue: {
    async success(app, { project }) {
      const issue = await addIssue(app, project.id);
      const { updateProjectIssue } = await app.ok(
        `mutation($input: UpdateProjectIssueInput!) { updateProjectIssue(input: $input) { status resolution version } }`,
        {
          input: { id: issue.id, version: issue.version, status: 'RESOLVED', resolution: 'Ny certifikatkæde installeret' },
        },
      );
      expect(updateProjectIssue).toEqual({ status: 'RESOLVED', resolution: 'Ny certifikatkæde installeret', version: 2 });
    },
    async invalid(app, { project }) {
      const issue = await addIssue(app, project.id);
      expectRefused(
        await app.gql(`mutation($input: UpdateProjectIssueInput!) { updateProjectIssue(input: $input) { id } }`, {
          input: { id: issue.id, version: issue.version, status: 'RESOLVED' },
        }),
        'BAD_USER_INPUT',
        'input.resolution',
      );
    },
  },
  deleteProjectIssue: {
    async success(app, { project }) {
      const issue = await addIssue(app, project.id);
      await app.ok(`mutation($id: ID!, $v: Int!) { deleteProjectIssue(id: $id, version: $v) }`, { id: issue.id, v: issue.version });
      expect((await app.ok(`query($id: ID!) { project(id: $id) { issues { id } } }`, { id: project.id })).project.issues).toEqual([]);
    },
    async invalid(app, { project }) {
      const issue = await addIssue(app, project.id);
      expectRefused(await app.gql(`mutation($id: ID!) { deleteProjectIssue(id: $id, version: 7) }`, { id: issue.id }), 'CONFLICT');
    },
  },
};

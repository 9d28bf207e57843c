// The queries bench:peer and bench:gc send to each side: the same rows in each server's own schema.

export const TVAERS_FIELDS = `id code title phase
  participations { roles organisation { name } }
  budgetLines { fiscalYear category amount }
  benefits { title kind targets { fiscalYear value } measurements { fiscalYear value status } }`;
export const PEER_FIELDS = `id: rowId code title phase
  participations: participationsByProjectId { nodes { roles organisation: organisationByOrganisationId { name } } }
  budgetLines: budgetLinesByProjectId { nodes { fiscalYear category amount } }
  benefits: benefitsByProjectId { nodes { title kind
    targets: benefitTargetsByBenefitId { nodes { fiscalYear value } }
    measurements: benefitMeasurementsByBenefitId { nodes { fiscalYear value status } } } }`;

export const SIDES = {
  tvaers: {
    list: `query List($p: ID!) { projects(programmeId: $p, first: 50) { edges { node { ${TVAERS_FIELDS} } } } }`,
    detail: `query Detail($id: ID!) { project(id: $id) { ${TVAERS_FIELDS} } }`,
    listRows: (data) => data.projects.edges.map((e) => e.node),
    detailRow: (data) => data.project,
  },
  peer: {
    list: `query List($p: UUID!) { allProjects(condition: { programmeId: $p }, first: 50, orderBy: [CODE_ASC, PRIMARY_KEY_ASC]) { nodes { ${PEER_FIELDS} } } }`,
    detail: `query Detail($id: UUID!) { project: projectByRowId(rowId: $id) { ${PEER_FIELDS} } }`,
    listRows: (data) => data.allProjects.nodes,
    detailRow: (data) => data.project,
  },
};

/** One project in a form both sides share: connections unwrapped, children sorted, numbers as text. */
export function canonical(project) {
  const nodes = (v) => (Array.isArray(v) ? v : v.nodes);
  const sorted = (rows) => rows.map((r) => JSON.stringify(r)).sort();
  return JSON.stringify({
    id: project.id,
    code: project.code,
    title: project.title,
    phase: project.phase,
    participations: sorted(nodes(project.participations)),
    budgetLines: sorted(nodes(project.budgetLines)),
    benefits: sorted(
      nodes(project.benefits).map((b) => ({
        title: b.title,
        kind: b.kind,
        targets: sorted(nodes(b.targets)),
        measurements: sorted(nodes(b.measurements)),
      })),
    ),
  });
}

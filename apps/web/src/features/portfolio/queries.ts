export interface ProgrammeSummary {
  id: string;
  name: string;
  currency: string;
  fundingEnvelope: string;
  totalBudget: string;
}

export interface ProjectRow {
  id: string;
  code: string;
  title: string;
  phase: string;
  budgetTotal: string;
  actualCostTotal: string;
  track: { code: string; name: string } | null;
  participations: { roles: string[]; organisation: { id: string; name: string; sector: string } }[];
}

export const PROGRAMMES_QUERY = /* GraphQL */ `
  query Programmes {
    programmes { id name currency fundingEnvelope totalBudget }
  }
`;

export const PROJECTS_QUERY = /* GraphQL */ `
  query PortfolioProjects($programmeId: ID!, $filter: ProjectFilter) {
    projects(programmeId: $programmeId, filter: $filter, first: 100, orderBy: { field: CODE, direction: ASC }) {
      totalCount
      edges {
        node {
          id code title phase budgetTotal actualCostTotal
          track { code name }
          participations { roles organisation { id name sector } }
        }
      }
    }
  }
`;

export interface ProgrammesData {
  programmes: ProgrammeSummary[];
}

export interface ProjectsData {
  projects: { totalCount: number; edges: { node: ProjectRow }[] };
}

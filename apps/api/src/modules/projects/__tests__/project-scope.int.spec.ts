import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// One ProjectFilter (project-scope.ts) for every consumer: each filter field, on the demo portfolio,
// must let through exactly the projects its meaning says, in the projects list, the portfolio summary's
// projects, the life events and the risk register.

interface DemoProject {
  id: string;
  code: string;
  title: string;
  description: string | null;
  phase: string;
  track: { id: string } | null;
  lifeEvents: string[];
  commonComponents: string[];
  participations: { organisation: { id: string; sector: string } }[];
}

const CONSUMERS = `query($p: ID!, $f: ProjectFilter) {
  projects(programmeId: $p, filter: $f, first: 100) { totalCount edges { node { code } } }
  portfolioSummary(programmeId: $p, asOfYear: 2026, filter: $f) { projects { code } phases { count } }
  lifeEvents(programmeId: $p, filter: $f) { lifeEvent projects { code } }
  programmeRisks(programmeId: $p, filter: $f) { id project { code } }
}`;

type Answer = {
  projects: { totalCount: number; edges: { node: { code: string } }[] };
  portfolioSummary: { projects: { code: string }[]; phases: { count: number }[] };
  lifeEvents: { lifeEvent: string; projects: { code: string }[] }[];
  programmeRisks: { id: string; project: { code: string } }[];
};

const sorted = (codes: string[]) => [...codes].sort();

describe('the project filter, one definition for every consumer', () => {
  let app: TestApp;
  let programmeId: string;
  let projects: DemoProject[];
  let everything: Answer;

  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    const { programmes } = await app.ok(`{ programmes { id currency } }`);
    programmeId = programmes.find((p: { currency: string }) => p.currency === 'DKK').id;
    const page = await app.ok(
      `query($p: ID!) { projects(programmeId: $p, first: 100) { edges { node {
        id code title description phase track { id } lifeEvents commonComponents participations { organisation { id sector } } } } } }`,
      { p: programmeId },
    );
    projects = page.projects.edges.map((e: { node: DemoProject }) => e.node);
    everything = await app.ok(CONSUMERS, { p: programmeId });
  });
  afterAll(() => app.close());

  /** A value of each filter field from the demo data, and which projects it means. */
  const cases = (): { field: string; filter: Record<string, unknown>; matches: (p: DemoProject) => boolean }[] => {
    const withTrack = projects.find((p) => p.track)!;
    const withLifeEvent = projects.find((p) => p.lifeEvents.length > 0)!;
    const withComponent = projects.find((p) => p.commonComponents.length > 0)!;
    const partner = projects
      .flatMap((p) => p.participations)
      .find(
        ({ organisation }) => projects.filter((p) => p.participations.some((x) => x.organisation.id === organisation.id)).length > 1,
      )!.organisation;
    // A word of some description that is in neither the code nor the title of its project: the search
    // must reach descriptions too.
    const word = projects
      .flatMap((p) =>
        (p.description ?? '')
          .toLowerCase()
          .split(/[^a-zæøå]+/)
          .filter((w) => w.length >= 6 && !`${p.code} ${p.title}`.toLowerCase().includes(w)),
      )
      .find((w) => projects.some((p) => !`${p.code} ${p.title} ${p.description ?? ''}`.toLowerCase().includes(w)))!;
    return [
      { field: 'trackIds', filter: { trackIds: [withTrack.track!.id] }, matches: (p) => p.track?.id === withTrack.track!.id },
      { field: 'phases', filter: { phases: ['EXECUTION', 'ROLLOUT'] }, matches: (p) => ['EXECUTION', 'ROLLOUT'].includes(p.phase) },
      {
        field: 'lifeEvents',
        filter: { lifeEvents: [withLifeEvent.lifeEvents[0]] },
        matches: (p) => p.lifeEvents.includes(withLifeEvent.lifeEvents[0]!),
      },
      {
        field: 'commonComponents',
        filter: { commonComponents: [withComponent.commonComponents[0]] },
        matches: (p) => p.commonComponents.includes(withComponent.commonComponents[0]!),
      },
      {
        field: 'partnerSectors',
        filter: { partnerSectors: ['REGION'] },
        matches: (p) => p.participations.some((x) => x.organisation.sector === 'REGION'),
      },
      {
        field: 'organisationId',
        filter: { organisationId: partner.id },
        matches: (p) => p.participations.some((x) => x.organisation.id === partner.id),
      },
      {
        field: 'search',
        filter: { search: `  ${word.toUpperCase()} ` },
        matches: (p) => [p.code, p.title, p.description ?? ''].some((text) => text.toLowerCase().includes(word)),
      },
    ];
  };

  it('covers every field of ProjectFilter', async () => {
    const { __type } = await app.ok(`{ __type(name: "ProjectFilter") { inputFields { name } } }`);
    expect(sorted(__type.inputFields.map((f: { name: string }) => f.name))).toEqual(sorted(cases().map((c) => c.field)));
  });

  it('lets through the same projects in the list, the summary, the life events and the risks', async () => {
    for (const { field, filter, matches } of cases()) {
      const expected = sorted(projects.filter(matches).map((p) => p.code));
      expect({ field, some: expected.length > 0, notAll: expected.length < projects.length }).toEqual({ field, some: true, notAll: true });
      const answer: Answer = await app.ok(CONSUMERS, { p: programmeId, f: filter });
      const inScope = new Set(expected);
      expect({ field, list: sorted(answer.projects.edges.map((e) => e.node.code)), count: answer.projects.totalCount }).toEqual({
        field,
        list: expected,
        count: expected.length,
      });
      expect({ field, summary: sorted(answer.portfolioSummary.projects.map((p) => p.code)) }).toEqual({ field, summary: expected });
      expect({ field, phases: answer.portfolioSummary.phases.reduce((n, p) => n + p.count, 0) }).toEqual({
        field,
        phases: expected.length,
      });
      const lifeEvents = (a: Answer) => Object.fromEntries(a.lifeEvents.map((e) => [e.lifeEvent, sorted(e.projects.map((p) => p.code))]));
      const expectedLifeEvents = Object.fromEntries(
        Object.entries(lifeEvents(everything)).map(([event, codes]) => [event, codes.filter((c) => inScope.has(c))]),
      );
      expect({ field, lifeEvents: lifeEvents(answer) }).toEqual({ field, lifeEvents: expectedLifeEvents });
      const risks = (a: Answer) => sorted(a.programmeRisks.map((r) => `${r.project.code} ${r.id}`));
      expect({ field, risks: risks(answer) }).toEqual({ field, risks: risks(everything).filter((r) => inScope.has(r.split(' ')[0]!)) });
    }
  });
});

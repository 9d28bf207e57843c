import { createDataSource } from '../../../data-source.js';
import { prepareDatabase } from '../../../prepare-database.js';
import { createTestDatabase } from '../../../../test/test-database.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

describe('demo portfolio in PostgreSQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
  });
  afterAll(() => app.close());

  it('serves the Danish programme with ~35 projects, partners and a budget close to 300 mio. kr', async () => {
    const { programmes } = await app.ok(`{ programmes { id currency fundingEnvelope totalBudget } }`);
    const dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
    expect(Number(dk.totalBudget)).toBeGreaterThan(290_000_000);
    const { projects } = await app.ok(
      `query($p: ID!) { projects(programmeId: $p, first: 50) { totalCount edges { node { code budgetTotal participations { roles organisation { name sector } } } } } }`,
      { p: dk.id },
    );
    expect(projects.totalCount).toBe(35);
    expect(projects.edges.every((e: { node: { participations: unknown[] } }) => e.node.participations.length >= 3)).toBe(true);
    // The page's project totals reconcile to the øre with the programme total.
    const sumOre = projects.edges.reduce(
      (s: bigint, e: { node: { budgetTotal: string } }) => s + BigInt(e.node.budgetTotal.replace('.', '')),
      0n,
    );
    expect(sumOre).toBe(BigInt(dk.totalBudget.replace('.', '')));
  });

  it('is loaded once: a second start neither duplicates nor restores deleted demo data', async () => {
    const database = await createTestDatabase();
    try {
      await prepareDatabase(database.url, { demoData: true, quiet: true });
      const ds = createDataSource(database.url, { poolSize: 1 });
      await ds.initialize();
      const count = async () => Number((await ds.query('SELECT count(*) AS n FROM projects'))[0].n);
      expect(await count()).toBe(43);
      await ds.query(`DELETE FROM projects WHERE code = 'FDS-01'`);
      await prepareDatabase(database.url, { demoData: true, quiet: true });
      expect(await count()).toBe(42);
      await ds.destroy();
    } finally {
      await database.drop();
    }
  });
});

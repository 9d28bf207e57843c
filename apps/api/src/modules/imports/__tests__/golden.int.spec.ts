import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProgramme } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { databaseFingerprint, upload } from './import-files.js';

// Golden fixtures: workbooks saved by LibreOffice Calc (scripts/make-import-fixtures.mjs) go in, and
// what comes out — the import's counts, its problem list, the CSV exports — must equal the committed
// files byte for byte. UPDATE_GOLDEN=1 rewrites the expected files after a deliberate change; review
// the diff before committing it.

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));

function expectGolden(name: string, actual: string): void {
  const file = path.join(fixtures, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('golden import and export fixtures', () => {
  let app: TestApp;
  let office: { token: string };
  let programmeId: string;
  beforeAll(async () => {
    app = await createTestApp();
    // The programme of docs/domain.md's worked example: DKK, r = 0.04, 400 kr. an hour, 550,000 kr. an FTE.
    programmeId = (await createProgramme(app, { discountRate: '0.04', hourlyRate: '400.00', fteAnnualCost: '550000.00' })).id;
    office = await app.as('PROGRAMME_OFFICE', undefined, [programmeId]);
  });
  afterAll(() => app.close());

  it('refuses the broken workbook with exactly the golden list of problems, and writes nothing', async () => {
    const before = await databaseFingerprint(app);
    const response = await upload(app, office.token, programmeId, fixture('golden-broken.xlsx'));
    expect(response.status).toBe(422);
    const { problems, problemCount } = await response.json();
    expectGolden('golden-broken.problems.json', `${JSON.stringify({ problemCount, problems }, null, 2)}\n`);
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('imports the worked example and exports it as the golden CSV files, with the worked example’s business case', async () => {
    const response = await upload(app, office.token, programmeId, fixture('golden-import.xlsx'));
    const result = await response.json();
    expect(response.status).toBe(200);
    expectGolden('golden-import.counts.json', `${JSON.stringify(result.counts, null, 2)}\n`);

    for (const [table, query] of [
      ['projects', ''],
      ['partners', ''],
      ['budget', '?dialect=nordic'],
      ['benefits', ''],
      ['measurements', '?dialect=nordic'],
    ] as const) {
      const csv = await fetch(`${app.baseUrl}/exports/programmes/${programmeId}/${table}.csv${query}`, {
        headers: { authorization: `Bearer ${office.token}` },
      });
      expect(csv.status).toBe(200);
      expectGolden(`golden-${table}${query ? '.nordic' : ''}.csv`, await csv.text());
    }

    // NPV 698,139.51, net benefit 1,000,000, payback 2028: the numbers docs/domain.md works out by hand.
    const { projects } = await app.ok(`query($p: ID!) { projects(programmeId: $p, first: 5) { edges { node { id code } } } }`, {
      p: programmeId,
    });
    const { businessCase } = await app.ok(`query($id: ID!) { businessCase(projectId: $id) { npv netBenefit paybackYear } }`, {
      id: projects.edges[0].node.id,
    });
    expect(businessCase).toEqual({ npv: '698139.51', netBenefit: '1000000.00', paybackYear: 2028 });
  });
});

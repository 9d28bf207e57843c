import { Decimal } from '@tvaers/domain';
import { parseCsv } from '../../../../test/csv.js';
import {
  addBenefit,
  addBudgetLine,
  addParticipation,
  createOrganisation,
  createProgramme,
  createProject,
} from '../../../../test/factories.js';
import { createTestApp, errorOf, type TestApp } from '../../../../test/test-app.js';

const QUERY = `query($p: ID!, $g: WrongPocketGroupBy!) {
  wrongPocket(programmeId: $p, groupBy: $g) { cells { payerKey receiverKey amount } }
  settlementProposal(programmeId: $p, groupBy: $g) { from { id name } to { id name } amount }
}`;

interface Cell {
  payerKey: string;
  receiverKey: string;
  amount: string;
}
interface Transfer {
  from: { id: string; name: string };
  to: { id: string; name: string };
  amount: string;
}

/** Σ over unordered pairs |M[a][b] − M[b][a]| of the matrix as the API shows it. */
function netMatrix(cells: Cell[]): Decimal {
  const cell = (a: string, b: string) => new Decimal(cells.find((c) => c.payerKey === a && c.receiverKey === b)?.amount ?? 0);
  const parties = [...new Set(cells.flatMap((c) => [c.payerKey, c.receiverKey]))];
  let sum = new Decimal(0);
  for (const a of parties) for (const b of parties) if (a < b) sum = sum.plus(cell(a, b).minus(cell(b, a)).abs());
  return sum;
}

describe('settlement proposal', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
  });
  afterAll(() => app.close());

  it('nets two projects that fund each other’s savings (worked by hand)', async () => {
    // Project A: the state pays 1,000,000, the municipality receives 400,000 a year for 2026–2027.
    // Project B: the municipality pays 300,000 and the state 100,000; the state receives 200,000.
    // M[STATE][MUN] = 800,000; M[MUN][STATE] = 0.75 × 200,000 = 150,000; M[STATE][STATE] = 50,000.
    // Net: the municipality compensates the state 650,000.
    const programme = await createProgramme(app);
    const state = await createOrganisation(app, 'STATE', 'Styrelsen');
    const municipality = await createOrganisation(app, 'MUNICIPALITY', 'Aarhus Kommune');
    const a = await createProject(app, programme.id, { code: 'A' });
    const b = await createProject(app, programme.id, { code: 'B' });
    for (const p of [a, b])
      for (const o of [state, municipality]) await addParticipation(app, p.id, o.id, ['CO_FUNDER', 'BENEFIT_RECEIVER']);
    await addBudgetLine(app, a.id, state.id, 2025, '1000000.00');
    await addBenefit(app, a.id, municipality.id, {
      targets: [
        { fiscalYear: 2026, value: '400000.00' },
        { fiscalYear: 2027, value: '400000.00' },
      ],
    });
    await addBudgetLine(app, b.id, municipality.id, 2025, '300000.00');
    await addBudgetLine(app, b.id, state.id, 2025, '100000.00');
    await addBenefit(app, b.id, state.id, { targets: [{ fiscalYear: 2026, value: '200000.00' }] });

    const bySector = await app.ok(QUERY, { p: programme.id, g: 'SECTOR' });
    expect(bySector.settlementProposal).toEqual([
      { from: { id: 'MUNICIPALITY', name: 'MUNICIPALITY' }, to: { id: 'STATE', name: 'STATE' }, amount: '650000.00' },
    ]);
    const byOrganisation = await app.ok(QUERY, { p: programme.id, g: 'ORGANISATION' });
    expect(byOrganisation.settlementProposal).toEqual([
      { from: { id: municipality.id, name: municipality.name }, to: { id: state.id, name: state.name }, amount: '650000.00' },
    ]);
  });

  it('sums to the net matrix of the demo programme, one transfer per pair, in both groupings', async () => {
    const { programmes } = await app.ok(`{ programmes { id currency } }`);
    const dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
    for (const g of ['SECTOR', 'ORGANISATION']) {
      const { wrongPocket, settlementProposal } = await app.ok(QUERY, { p: dk.id, g });
      const transfers = settlementProposal as Transfer[];
      expect(transfers.length).toBeGreaterThan(0);
      const sum = transfers.reduce((s, t) => s.plus(t.amount), new Decimal(0));
      expect(sum.toFixed(2)).toBe(netMatrix(wrongPocket.cells).toFixed(2));
      expect(new Set(transfers.map((t) => [t.from.id, t.to.id].sort().join('|'))).size).toBe(transfers.length);
      for (const t of transfers) expect(new Decimal(t.amount).isPositive() && t.from.id !== t.to.id).toBe(true);
    }
  });

  it('exports the same transfers as CSV, by sector and by organisation', async () => {
    const { programmes } = await app.ok(`{ programmes { id currency } }`);
    const dk = programmes.find((p: { currency: string }) => p.currency === 'DKK');
    const token = (await app.as('AUDITOR')).token;
    const response = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/settlement.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(header).toEqual(['group_by', 'from_id', 'from', 'to_id', 'to', 'amount']);
    for (const g of ['SECTOR', 'ORGANISATION']) {
      const { settlementProposal } = await app.ok(QUERY, { p: dk.id, g });
      expect(rows.filter((r) => r[0] === g).map((r) => [r[1], r[3], r[5]])).toEqual(
        settlementProposal.map((t: Transfer) => [t.from.id, t.to.id, t.amount]),
      );
    }
    const bad = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/settlement.csv?groupBy=TRACK`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('groupBy');
  });

  it('is NOT_FOUND for a programme the user is not a member of', async () => {
    const viewer = await app.as('VIEWER');
    const foreign = await createProgramme(app);
    expect(errorOf(await viewer.gql(QUERY, { p: foreign.id, g: 'SECTOR' })).code).toBe('NOT_FOUND');
  });
});

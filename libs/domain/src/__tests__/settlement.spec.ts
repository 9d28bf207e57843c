import fc from 'fast-check';
import { Decimal } from '../decimal.js';
import { settlementPosition, settlementProposal, type PocketFlow } from '../settlement.js';

describe('wrong-pocket settlement', () => {
  it('nets the flows in both directions (worked by hand)', () => {
    // The state funds 300,000 of municipal savings; municipalities fund 120,000 of state savings and
    // 25,000 of regional savings; the regions fund nothing for anyone; own savings are not settled.
    const transfers = settlementProposal([
      { payer: 'STATE', receiver: 'MUNICIPALITY', amount: '300000' },
      { payer: 'MUNICIPALITY', receiver: 'STATE', amount: '120000' },
      { payer: 'MUNICIPALITY', receiver: 'REGION', amount: '25000' },
      { payer: 'STATE', receiver: 'STATE', amount: '999999' },
    ]);
    expect(transfers.map((t) => [t.from, t.to, t.amount.toFixed(2)])).toEqual([
      ['MUNICIPALITY', 'STATE', '180000.00'],
      ['REGION', 'MUNICIPALITY', '25000.00'],
    ]);
    expect(settlementPosition(transfers, 'STATE').toFixed(2)).toBe('180000.00');
    expect(settlementPosition(transfers, 'MUNICIPALITY').toFixed(2)).toBe('-155000.00');
    expect(settlementPosition(transfers, 'REGION').toFixed(2)).toBe('-25000.00');
  });

  it('proposes nothing when the flows cancel out or are only own savings', () => {
    expect(
      settlementProposal([
        { payer: 'a', receiver: 'b', amount: '10.50' },
        { payer: 'b', receiver: 'a', amount: '10.5' },
        { payer: 'c', receiver: 'c', amount: '7' },
      ]),
    ).toEqual([]);
  });

  it('turns negative flows (dis-benefits) the right way round', () => {
    // a funds a dis-benefit of b: b's loss is partly a's doing, so a compensates b.
    expect(settlementProposal([{ payer: 'a', receiver: 'b', amount: '-40' }]).map((t) => [t.from, t.to, t.amount.toString()])).toEqual([
      ['a', 'b', '40'],
    ]);
  });

  const party = fc.constantFrom('STATE', 'REGION', 'MUNICIPALITY', 'JOINT_BODY', 'PRIVATE');
  const flow: fc.Arbitrary<PocketFlow> = fc.record({
    payer: party,
    receiver: party,
    amount: fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }).map((c) => new Decimal(c).dividedBy(100).toFixed(2)),
  });

  it('sums to the net matrix and keeps each party’s position (property)', () => {
    fc.assert(
      fc.property(fc.array(flow, { maxLength: 40 }), (flows) => {
        const transfers = settlementProposal(flows);
        const cell = (i: string, j: string) =>
          flows.filter((f) => f.payer === i && f.receiver === j).reduce((s, f) => s.plus(f.amount), new Decimal(0));
        const parties = [...new Set(flows.flatMap((f) => [f.payer, f.receiver]))];
        let netMatrix = new Decimal(0);
        for (const a of parties) for (const b of parties) if (a < b) netMatrix = netMatrix.plus(cell(a, b).minus(cell(b, a)).abs());
        expect(transfers.reduce((s, t) => s.plus(t.amount), new Decimal(0)).equals(netMatrix)).toBe(true);
        for (const p of parties) {
          const fundsForOthers = parties.filter((q) => q !== p).reduce((s, q) => s.plus(cell(p, q)).minus(cell(q, p)), new Decimal(0));
          expect(settlementPosition(transfers, p).equals(fundsForOthers)).toBe(true);
        }
        for (const t of transfers) {
          expect(t.amount.isPositive()).toBe(true);
          expect(t.from).not.toBe(t.to);
        }
        // At most one transfer per pair.
        expect(new Set(transfers.map((t) => [t.from, t.to].sort().join('|'))).size).toBe(transfers.length);
      }),
    );
  });
});

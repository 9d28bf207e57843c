import fc from 'fast-check';
import { Decimal } from '../decimal.js';
import { groupMatrix, matrixTotal, wrongPocketMatrix, wrongPocketTotal } from '../wrong-pocket.js';

describe('wrong-pocket matrix', () => {
  it('splits each benefit over the payers by their cost share (worked by hand)', () => {
    // State pays 750,000 and a municipality 250,000 (shares 0.75 / 0.25). The municipality receives
    // 400,000 of savings, a region 100,000.
    const matrix = wrongPocketMatrix([
      {
        costs: [
          { organisationId: 'state', amount: '500000' },
          { organisationId: 'state', amount: '250000' },
          { organisationId: 'muni', amount: '250000' },
        ],
        benefits: [
          { organisationId: 'muni', amount: '400000' },
          { organisationId: 'region', amount: '100000' },
        ],
      },
    ]);
    expect(matrix.get('state')!.get('muni')!.toString()).toBe('300000');
    expect(matrix.get('state')!.get('region')!.toString()).toBe('75000');
    expect(matrix.get('muni')!.get('muni')!.toString()).toBe('100000');
    expect(matrix.get('muni')!.get('region')!.toString()).toBe('25000');
    const bySector = groupMatrix(matrix, (id) => (id === 'state' ? 'STATE' : id === 'muni' ? 'MUNICIPALITY' : 'REGION'));
    expect(bySector.get('STATE')!.get('MUNICIPALITY')!.toString()).toBe('300000');
  });

  it('ignores projects without cost (no payer to attribute to)', () => {
    expect(wrongPocketMatrix([{ costs: [], benefits: [{ organisationId: 'x', amount: '5' }] }]).size).toBe(0);
    expect(wrongPocketTotal([{ costs: [], benefits: [{ organisationId: 'x', amount: '5' }] }]).toFixed()).toBe('0');
  });

  it('keeps an exact half øre exact in the total, whatever the shares', () => {
    // Payers 1,609,457.30 and 0.01 kr share a benefit of 4.375 kr: the cells carry division rounding,
    // the total is exactly 4.375 and rounds half up to 4.38.
    const projects = [
      {
        costs: [
          { organisationId: 'a', amount: '1609457.30' },
          { organisationId: 'b', amount: '0.01' },
        ],
        benefits: [{ organisationId: 'c', amount: '4.375' }],
      },
    ];
    expect(wrongPocketTotal(projects).toFixed(2, Decimal.ROUND_HALF_UP)).toBe('4.38');
    expect(matrixTotal(wrongPocketMatrix(projects)).minus('4.375').abs().lessThan('1e-30')).toBe(true);
  });

  const amount = fc.integer({ min: 0, max: 10_000_000_00 }).map((ore) => new Decimal(ore).dividedBy(100));
  const org = fc.constantFrom('a', 'b', 'c', 'd', 'e');
  const project = fc.record({
    costs: fc.array(fc.record({ organisationId: org, amount: amount.filter((a) => a.greaterThan(0)) }), { minLength: 1, maxLength: 5 }),
    benefits: fc.array(fc.record({ organisationId: org, amount }), { maxLength: 5 }),
  });

  it('property: the matrix total equals the total monetised benefit, also after grouping', () => {
    fc.assert(
      fc.property(fc.array(project, { maxLength: 8 }), (projects) => {
        const expected = projects.flatMap((p) => p.benefits).reduce((s, b) => s.plus(b.amount), new Decimal(0));
        const matrix = wrongPocketMatrix(projects);
        expect(wrongPocketTotal(projects).equals(expected)).toBe(true);
        expect(matrixTotal(matrix).toDecimalPlaces(10).equals(expected.toDecimalPlaces(10))).toBe(true);
        expect(
          matrixTotal(groupMatrix(matrix, (id) => (id < 'c' ? 'X' : 'Y')))
            .toDecimalPlaces(10)
            .equals(expected.toDecimalPlaces(10)),
        ).toBe(true);
      }),
    );
  });

  it('property: each payer funds benefits in proportion to its cost share', () => {
    fc.assert(
      fc.property(project, (p) => {
        const matrix = wrongPocketMatrix([p]);
        const totalCost = p.costs.reduce((s, c) => s.plus(c.amount), new Decimal(0));
        const totalBenefit = p.benefits.reduce((s, b) => s.plus(b.amount), new Decimal(0));
        for (const [payer, row] of matrix) {
          const paid = p.costs.filter((c) => c.organisationId === payer).reduce((s, c) => s.plus(c.amount), new Decimal(0));
          const rowTotal = [...row.values()].reduce((s, v) => s.plus(v), new Decimal(0));
          // Equal far below the øre: the two sides divide in a different order.
          expect(rowTotal.minus(paid.dividedBy(totalCost).times(totalBenefit)).abs().lessThan('1e-12')).toBe(true);
        }
      }),
    );
  });
});

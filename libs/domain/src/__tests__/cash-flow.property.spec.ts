import fc from 'fast-check';
import { Decimal } from '../decimal.js';
import { netBenefit, netPresentValue, paybackYear, yearlyCashFlows } from '../cash-flow.js';

const yearAmount = fc.record({
  fiscalYear: fc.integer({ min: 2024, max: 2032 }),
  amount: fc.integer({ min: 0, max: 50_000_000_00 }).map((ore) => new Decimal(ore).dividedBy(100)),
});

describe('cash-flow properties', () => {
  it('with a zero discount rate, NPV equals net benefit', () => {
    fc.assert(
      fc.property(fc.array(yearAmount), fc.array(yearAmount), (costs, benefits) => {
        const flows = yearlyCashFlows(costs, benefits);
        expect(netPresentValue(flows, '0').equals(netBenefit(flows))).toBe(true);
      }),
    );
  });

  it('net benefit is total benefit minus total cost, to the øre', () => {
    fc.assert(
      fc.property(fc.array(yearAmount), fc.array(yearAmount), (costs, benefits) => {
        const sum = (rows: { amount: Decimal }[]) => rows.reduce((s, r) => s.plus(r.amount), new Decimal(0));
        expect(netBenefit(yearlyCashFlows(costs, benefits)).equals(sum(benefits).minus(sum(costs)))).toBe(true);
      }),
    );
  });

  it('the payback year, if any, is the first year with non-negative cumulative flow', () => {
    fc.assert(
      fc.property(fc.array(yearAmount), fc.array(yearAmount), (costs, benefits) => {
        const flows = yearlyCashFlows(costs, benefits);
        const year = paybackYear(flows);
        let cumulative = new Decimal(0);
        for (const flow of flows) {
          cumulative = cumulative.plus(flow.net);
          if (flow.fiscalYear < (year ?? Infinity)) expect(cumulative.isNegative()).toBe(true);
          if (flow.fiscalYear === year) expect(cumulative.isNegative()).toBe(false);
        }
      }),
    );
  });
});

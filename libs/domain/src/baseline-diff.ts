import { Decimal } from './decimal.js';
import { daysBetween } from './calendar-date.js';

// What changed between two approved baselines of a project: budget cells, benefit targets, milestone
// dates and the end date. Rows present in only one baseline count as zero (amounts) or missing (dates).

export interface BaselineContent {
  totalCost: string;
  endDate: string | null;
  budgetLines: { fiscalYear: number; funderId: string; category: string; amount: string }[];
  benefitTargets: { benefitId: string; fiscalYear: number; value: string }[];
  milestones: { milestoneId: string; title: string; baselineDate: string }[];
}

export interface AmountChange<K> {
  key: K;
  from: string;
  to: string;
  change: string;
}

export interface BaselineDiff {
  totalCost: { from: string; to: string; change: string };
  endDate: { from: string | null; to: string | null; days: number | null };
  budgetLines: AmountChange<{ fiscalYear: number; funderId: string; category: string }>[];
  benefitTargets: AmountChange<{ benefitId: string; fiscalYear: number }>[];
  milestones: { milestoneId: string; title: string; from: string | null; to: string | null; days: number | null }[];
}

function diffAmounts<K>(from: Map<string, { key: K; amount: string }>, to: Map<string, { key: K; amount: string }>): AmountChange<K>[] {
  const changes: AmountChange<K>[] = [];
  for (const id of [...new Set([...from.keys(), ...to.keys()])].sort()) {
    const a = new Decimal(from.get(id)?.amount ?? 0);
    const b = new Decimal(to.get(id)?.amount ?? 0);
    if (!a.equals(b))
      changes.push({ key: (to.get(id) ?? from.get(id))!.key, from: a.toFixed(), to: b.toFixed(), change: b.minus(a).toFixed() });
  }
  return changes;
}

export function diffBaselines(from: BaselineContent, to: BaselineContent): BaselineDiff {
  const lines = (c: BaselineContent) =>
    new Map(
      c.budgetLines.map((l) => [
        `${l.fiscalYear}|${l.funderId}|${l.category}`,
        { key: { fiscalYear: l.fiscalYear, funderId: l.funderId, category: l.category }, amount: l.amount },
      ]),
    );
  const targets = (c: BaselineContent) =>
    new Map(
      c.benefitTargets.map((t) => [
        `${t.benefitId}|${t.fiscalYear}`,
        { key: { benefitId: t.benefitId, fiscalYear: t.fiscalYear }, amount: t.value },
      ]),
    );
  const fromMilestones = new Map(from.milestones.map((m) => [m.milestoneId, m]));
  const toMilestones = new Map(to.milestones.map((m) => [m.milestoneId, m]));
  const milestones = [...new Set([...fromMilestones.keys(), ...toMilestones.keys()])]
    .map((id) => {
      const a = fromMilestones.get(id)?.baselineDate ?? null;
      const b = toMilestones.get(id)?.baselineDate ?? null;
      return {
        milestoneId: id,
        title: (toMilestones.get(id) ?? fromMilestones.get(id))!.title,
        from: a,
        to: b,
        days: a && b ? daysBetween(a, b) : null,
      };
    })
    .filter((m) => m.from !== m.to);
  return {
    totalCost: { from: from.totalCost, to: to.totalCost, change: new Decimal(to.totalCost).minus(from.totalCost).toFixed(2) },
    endDate: { from: from.endDate, to: to.endDate, days: from.endDate && to.endDate ? daysBetween(from.endDate, to.endDate) : null },
    budgetLines: diffAmounts(lines(from), lines(to)),
    benefitTargets: diffAmounts(targets(from), targets(to)),
    milestones,
  };
}

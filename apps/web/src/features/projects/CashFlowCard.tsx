import { BarChart, Line, LineChart, ReferenceDot, ReferenceLine } from 'recharts';
import { MONEY_CHART_MARGIN, moneyAxes, seriesBars } from '../../components/chart-axes';
import type { ProjectPageQuery } from '../../generated/graphql';
import { YearMoneyTable } from '../../components/YearMoneyTable';
import { ChartCard } from '../../components/ChartCard';
import { useI18n } from '../../i18n';
import { chartValue } from '../../lib/format';
import { cumulative, subtractMoney } from '../../lib/money';
import { SERIES } from '../dashboard/cards/chart-style';

type BusinessCase = ProjectPageQuery['businessCase'];

/** Cumulative planned net cash flow with the payback year marked and the NPV in the description. */
export function CashFlowCard({ businessCase, currency }: { businessCase: BusinessCase; currency: string }) {
  const { t, format } = useI18n();
  const nets = businessCase.years.map((y) => subtractMoney(y.plannedBenefit, y.plannedCost));
  const running = cumulative(nets);
  const rows = businessCase.years.map((y, i) => ({ fiscalYear: y.fiscalYear, net: nets[i]!, cumulative: running[i]! }));
  const payback = businessCase.paybackYear;
  const paybackRow = rows.find((r) => r.fiscalYear === payback);
  // The label runs away from the nearer edge, so a payback in a late year is not cut off at the right.
  const paybackLate = paybackRow !== undefined && rows.indexOf(paybackRow) >= rows.length / 2;
  return (
    <ChartCard
      chartHeight={260}
      title={t.project.cashFlow}
      description={`${t.project.cashFlowDescription} ${t.project.npv}: ${format.money(businessCase.npv, currency)}. ${t.project.payback}: ${payback ?? t.project.paybackNever}.`}
      chart={
        <LineChart
          data={rows.map((r) => ({ fiscalYear: r.fiscalYear, cumulative: chartValue(r.cumulative) }))}
          margin={{ left: 16, right: 24, top: 16 }}
        >
          {moneyAxes({ xKey: 'fiscalYear', format, currency })}
          <ReferenceLine y={0} stroke="#1b1f24" />
          {payback !== null && (
            <ReferenceLine
              x={payback}
              stroke={SERIES.realised}
              strokeDasharray="4 4"
              label={{
                value: `${t.project.payback} ${payback}`,
                position: paybackLate ? 'insideTopRight' : 'insideTopLeft',
                fill: '#1b1f24',
              }}
            />
          )}
          <Line dataKey="cumulative" name={t.project.cumulativeNet} stroke={SERIES.budget} strokeWidth={3} isAnimationActive={false} />
          {paybackRow && (
            <ReferenceDot x={paybackRow.fiscalYear} y={chartValue(paybackRow.cumulative)} r={6} fill={SERIES.realised} stroke="#fff" />
          )}
        </LineChart>
      }
      table={
        <YearMoneyTable
          rows={businessCase.years}
          columns={[
            { label: t.project.plannedCost, amount: (y) => y.plannedCost },
            { label: t.project.plannedBenefit, amount: (y) => y.plannedBenefit },
            { label: t.project.cumulativeNet, amount: (_, i) => running[i]! },
          ]}
          currency={currency}
          yearLabel={(y) => `${y.fiscalYear}${y.fiscalYear === payback ? ` (${t.project.payback})` : ''}`}
        />
      }
    />
  );
}

export function BudgetActualCard({ businessCase, currency }: { businessCase: BusinessCase; currency: string }) {
  const { t, format } = useI18n();
  const bars = [
    { key: 'plannedCost', label: t.project.plannedCost, colour: SERIES.budget },
    { key: 'actualCost', label: t.project.actualCost, colour: SERIES.spent },
  ];
  return (
    <ChartCard
      chartHeight={240}
      title={t.project.budgetVsActual}
      legend={bars}
      chart={
        <BarChart
          data={businessCase.years.map((y) => ({
            fiscalYear: y.fiscalYear,
            plannedCost: chartValue(y.plannedCost),
            actualCost: chartValue(y.actualCost),
          }))}
          margin={MONEY_CHART_MARGIN}
        >
          {moneyAxes({ xKey: 'fiscalYear', format, currency })}
          {seriesBars(bars)}
        </BarChart>
      }
      table={
        <YearMoneyTable
          rows={businessCase.years}
          columns={[
            { label: t.project.plannedCost, amount: (y) => y.plannedCost },
            { label: t.project.actualCost, amount: (y) => y.actualCost },
          ]}
          currency={currency}
        />
      }
    />
  );
}

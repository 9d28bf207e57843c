import { useState } from 'react';
import { BarChart, Line, LineChart } from 'recharts';
import { MONEY_CHART_MARGIN, moneyAxes, seriesBars } from '../../../components/chart-axes';
import type { DashboardQuery } from '../../../generated/graphql';
import { ChartCard } from '../../../components/ChartCard';
import { YearMoneyTable } from '../../../components/YearMoneyTable';
import { useI18n } from '../../../i18n';
import { chartValue } from '../../../lib/format';
import { cumulative } from '../../../lib/money';
import { SERIES } from './chart-style';

type Year = DashboardQuery['portfolioSummary']['years'][number];

/** The lines differ in dash pattern as well as colour (WCAG 1.4.1). */
const DASHES = ['', '6 3', '2 2'];

export function BenefitsCard({ years, currency }: { years: Year[]; currency: string }) {
  const { t, format } = useI18n();
  const [mode, setMode] = useState<'year' | 'cumulative'>('year');
  const series = [
    { key: 'plannedBenefit', label: t.dashboard.planned, colour: SERIES.planned },
    { key: 'realisedBenefit', label: t.dashboard.realised, colour: SERIES.realised },
    { key: 'harvestedBenefit', label: t.dashboard.harvested, colour: SERIES.harvested },
  ] as const;
  const running = Object.fromEntries(series.map((s) => [s.key, cumulative(years.map((y) => y[s.key]))]));
  const rows = years.map((y, i) => ({
    fiscalYear: y.fiscalYear,
    amounts: Object.fromEntries(series.map((s) => [s.key, mode === 'year' ? y[s.key] : running[s.key]![i]!])) as Record<
      (typeof series)[number]['key'],
      string
    >,
  }));
  const data = rows.map((r) => ({
    fiscalYear: String(r.fiscalYear),
    ...Object.fromEntries(series.map((s) => [s.key, chartValue(r.amounts[s.key])])),
  }));
  const axis = moneyAxes({ xKey: 'fiscalYear', format, currency });
  const toggle = (
    <div className="segmented" role="group" aria-label={t.dashboard.benefitsByYear}>
      <button type="button" aria-pressed={mode === 'year'} onClick={() => setMode('year')}>
        {t.dashboard.perYear}
      </button>
      <button type="button" aria-pressed={mode === 'cumulative'} onClick={() => setMode('cumulative')}>
        {t.dashboard.cumulative}
      </button>
    </div>
  );
  return (
    <ChartCard
      title={t.dashboard.benefitsByYear}
      description={t.dashboard.benefitsDescription}
      actions={toggle}
      legend={series.map((s, i) => ({ label: s.label, colour: s.colour, ...(mode === 'cumulative' && { dash: DASHES[i] }) }))}
      chart={
        mode === 'year' ? (
          <BarChart data={data} margin={MONEY_CHART_MARGIN}>
            {axis}
            {seriesBars(series)}
          </BarChart>
        ) : (
          <LineChart data={data} margin={MONEY_CHART_MARGIN}>
            {axis}
            {series.map((s, i) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.colour}
                strokeWidth={3}
                strokeDasharray={DASHES[i]}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )
      }
      table={
        <YearMoneyTable
          rows={rows}
          columns={series.map((s) => ({ label: s.label, amount: (r: (typeof rows)[number]) => r.amounts[s.key] }))}
          currency={currency}
        />
      }
    />
  );
}

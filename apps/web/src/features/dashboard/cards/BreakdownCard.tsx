import { BarChart } from 'recharts';
import { MONEY_CHART_MARGIN, moneyAxes, seriesBars } from '../../../components/chart-axes';
import { ChartCard } from '../../../components/ChartCard';
import { useI18n } from '../../../i18n';
import { chartValue } from '../../../lib/format';

export interface BreakdownRow {
  key: string;
  label: string;
  /** Short axis label (e.g. the track code); the table shows the full label. */
  short?: string;
  count: number;
  amounts: Record<string, string>;
}

/** Amounts per group (track or sector) as grouped bars, with counts in the table. */
export function BreakdownCard({
  title,
  rows,
  series,
  countLabel,
  currency,
}: {
  title: string;
  rows: BreakdownRow[];
  series: { key: string; label: string; colour: string }[];
  countLabel: string;
  currency: string;
}) {
  const { t, format } = useI18n();
  return (
    <ChartCard
      title={title}
      legend={series}
      chart={
        <BarChart
          data={rows.map((r) => ({
            label: r.short ?? r.label,
            ...Object.fromEntries(series.map((s) => [s.key, chartValue(r.amounts[s.key] ?? '0')])),
          }))}
          margin={MONEY_CHART_MARGIN}
        >
          {moneyAxes({ xKey: 'label', format, currency })}
          {seriesBars(series)}
        </BarChart>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col" className="num">
                {countLabel}
              </th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.count}</td>
                {series.map((s) => (
                  <td key={s.key} className="num">
                    {format.money(r.amounts[s.key] ?? '0', currency)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.common.total}</th>
              <td className="num">{rows.reduce((n, r) => n + r.count, 0)}</td>
              {series.map((s) => (
                <td key={s.key} />
              ))}
            </tr>
          </tfoot>
        </table>
      }
    />
  );
}

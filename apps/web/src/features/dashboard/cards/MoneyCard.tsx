import { Bar, BarChart, Cell } from 'recharts';
import { moneyAxes } from '../../../components/chart-axes';
import type { DashboardQuery } from '../../../generated/graphql';
import { ChartCard } from '../../../components/ChartCard';
import { useI18n } from '../../../i18n';
import { chartValue } from '../../../lib/format';
import { SERIES } from './chart-style';

export function MoneyCard({ summary }: { summary: DashboardQuery['portfolioSummary'] }) {
  const { t, format } = useI18n();
  const rows = [
    { key: 'envelope', label: t.dashboard.envelope, amount: summary.fundingEnvelope, colour: SERIES.envelope },
    { key: 'budget', label: t.dashboard.budget, amount: summary.totalBudget, colour: SERIES.budget },
    { key: 'baseline', label: t.dashboard.baseline, amount: summary.baselineCost, colour: SERIES.baseline },
    { key: 'spent', label: t.dashboard.spent, amount: summary.actualCost, colour: SERIES.spent },
  ];
  return (
    <ChartCard
      title={t.dashboard.money}
      description={t.dashboard.moneyDescription}
      chart={
        <BarChart data={rows.map((r) => ({ ...r, value: chartValue(r.amount) }))} margin={{ left: 16, right: 16, top: 24 }}>
          {moneyAxes({
            xKey: 'label',
            format,
            currency: summary.currency,
            tooltip: (_v, item) => format.money((item.payload as { amount: string }).amount, summary.currency),
          })}
          <Bar dataKey="value" name={t.dashboard.money} isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.key} fill={r.colour} />
            ))}
          </Bar>
        </BarChart>
      }
      table={
        <table>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{format.money(r.amount, summary.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

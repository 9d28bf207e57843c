import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProjectPageQuery } from '../../generated/graphql';
import { ChartCard } from '../../components/ChartCard';
import { useI18n } from '../../i18n';
import { chartValue } from '../../lib/format';
import { SERIES } from '../dashboard/cards/chart-style';

type NpvSimulation = ProjectPageQuery['businessCase']['simulation'];

/**
 * The NPV as a distribution: the simulation's histogram with P10, P50 and P90 marked, the probability
 * that the investment pays back (NPV above zero) in words, and the same numbers as a table.
 */
export function NpvDistributionCard({ simulation: s, currency }: { simulation: NpvSimulation; currency: string }) {
  const { t, format } = useI18n();
  const bins = s.histogram.map((b) => ({ mid: (chartValue(b.from) + chartValue(b.to)) / 2, count: b.count, from: b.from, to: b.to }));
  const marks = [
    { key: 'P10', value: s.p10, colour: SERIES.spent },
    { key: 'P50', value: s.p50, colour: '#1b1f24' },
    { key: 'P90', value: s.p90, colour: SERIES.realised },
  ];
  // Marks at the same value are one line with one label ("P10 = P50 = P90" when nothing is uncertain),
  // not three labels printed over each other.
  const lines: { label: string; value: string; colour: string }[] = [];
  for (const m of marks) {
    const same = lines.find((line) => chartValue(line.value) === chartValue(m.value));
    if (!same) lines.push({ label: m.key, value: m.value, colour: m.colour });
    else {
      same.label += ` = ${m.key}`;
      if (m.key === 'P50') same.colour = m.colour;
    }
  }
  const summary =
    s.uncertainLines === 0
      ? t.realisation.noSpread(format.money(s.npv, currency))
      : t.realisation.simulationSummary(
          format.rate(s.probabilityPositive),
          format.money(s.p10, currency),
          format.money(s.p50, currency),
          format.money(s.p90, currency),
          s.iterations,
          s.uncertainLines,
        );
  return (
    <ChartCard
      chartHeight={260}
      title={t.realisation.npvDistribution}
      description={summary}
      chart={
        <BarChart data={bins} margin={{ left: 16, right: 24, top: 24 }} barCategoryGap={1}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="mid"
            type="number"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(v: number) => format.axisMillions(String(v))}
            tick={{ fontSize: 12 }}
          />
          <YAxis
            allowDecimals={false}
            width={56}
            tick={{ fontSize: 12 }}
            tickFormatter={(v: number) => format.number(String(v))}
            label={{ value: t.realisation.iterations, angle: -90, position: 'insideLeft', fontSize: 12 }}
          />
          <Tooltip
            labelFormatter={(v) => format.money(String(v), currency)}
            formatter={(value) => [format.number(String(value), 0), t.realisation.iterations]}
          />
          <Bar dataKey="count" name={t.realisation.iterations} fill={SERIES.budget} isAnimationActive={false} />
          <ReferenceLine x={0} stroke="#b3261e" strokeDasharray="2 2" />
          {lines.map((line) => (
            <ReferenceLine
              key={line.label}
              x={chartValue(line.value)}
              stroke={line.colour}
              strokeWidth={2}
              label={{ value: line.label, position: 'top', fill: '#1b1f24', fontSize: 12 }}
            />
          ))}
        </BarChart>
      }
      table={
        <table>
          <caption className="visually-hidden">{t.realisation.npvDistribution}</caption>
          <tbody>
            {marks.map((m) => (
              <tr key={m.key}>
                <th scope="row">{m.key}</th>
                <td className="num">{format.money(m.value, currency)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t.realisation.mean}</th>
              <td className="num">{format.money(s.mean, currency)}</td>
            </tr>
            <tr>
              <th scope="row">{t.realisation.probabilityPositive}</th>
              <td className="num">{format.rate(s.probabilityPositive)}</td>
            </tr>
          </tbody>
        </table>
      }
    />
  );
}

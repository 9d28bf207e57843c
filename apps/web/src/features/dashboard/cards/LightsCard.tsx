import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { RagValues, type DashboardQuery } from '../../../generated/graphql';
import { ChartCard } from '../../../components/ChartCard';
import { RAG_COLOURS } from '../../../components/Rag';
import { useI18n } from '../../../i18n';

export function LightsCard({ lights }: { lights: DashboardQuery['portfolioSummary']['lights'] }) {
  const { t } = useI18n();
  const order = ['GREEN', 'AMBER', 'RED', 'GREY'] as const satisfies readonly (typeof RagValues)[number][];
  const dimensions = (['cost', 'schedule', 'benefit'] as const).map((d) => ({
    key: d,
    label: t.lights[d],
    counts: Object.fromEntries(lights[d].map((c) => [c.rag, c.count])) as Record<(typeof order)[number], number>,
  }));
  return (
    <ChartCard
      chartHeight={220}
      title={t.dashboard.lights}
      description={t.dashboard.lightsDescription}
      legend={order.map((rag) => ({ label: t.rag[rag], colour: RAG_COLOURS[rag] }))}
      chart={
        <BarChart layout="vertical" data={dimensions.map((d) => ({ label: d.label, ...d.counts }))} margin={{ left: 16, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} interval={0} />
          <YAxis type="category" dataKey="label" width={100} interval={0} />
          <Tooltip />
          {order.map((rag) => (
            <Bar key={rag} dataKey={rag} name={t.rag[rag]} stackId="lights" fill={RAG_COLOURS[rag]} isAnimationActive={false}>
              <LabelList dataKey={rag} position="center" fill="#fff" formatter={(v: unknown) => (Number(v) > 0 ? String(v) : '')} />
            </Bar>
          ))}
        </BarChart>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t.dashboard.lights}</th>
              {order.map((rag) => (
                <th key={rag} scope="col" className="num">
                  {t.rag[rag]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.label}</th>
                {order.map((rag) => (
                  <td key={rag} className="num">
                    {d.counts[rag] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

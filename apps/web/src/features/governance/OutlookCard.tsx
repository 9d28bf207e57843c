import type { ProjectPageQuery } from '../../generated/graphql';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';

/** Cost at completion, end date and monetised benefits as baseline vs forecast vs actual, with the deviations. */
export function OutlookCard({ project }: { project: ProjectPageQuery['project'] }) {
  const { t, format } = useI18n();
  const f = project.figures;
  const currency = project.programme.currency;
  const variance = (dimension: 'COST' | 'SCHEDULE' | 'BENEFIT') => {
    const v = f.variances.find((x) => x.dimension === dimension);
    if (!v) return t.common.none;
    return (
      <>
        {v.rate === null ? t.common.none : format.rate(v.rate)}
        {v.needsExplanation && <span className="flag"> ⚠ {t.governance.explain}</span>}
      </>
    );
  };
  const rows = [
    {
      key: 'COST' as const,
      label: t.governance.costAtCompletion,
      baseline: format.money(f.baselineCost ?? f.budget, currency),
      forecast: format.money(f.forecastCost, currency),
      actual: format.money(f.actualCost, currency),
    },
    {
      key: 'SCHEDULE' as const,
      label: t.governance.endDate,
      baseline: format.date(f.baselineEnd),
      forecast: format.date(f.forecastEnd),
      actual: format.date(f.actualEnd),
    },
    {
      key: 'BENEFIT' as const,
      label: t.governance.monetisedBenefits,
      baseline: format.money(f.baselineBenefit, currency),
      forecast: format.money(f.forecastBenefit, currency),
      actual: format.money(f.actualBenefit, currency),
    },
  ];
  return (
    <section className="card" aria-labelledby="outlook-title">
      <h2 id="outlook-title">{t.governance.outlook}</h2>
      <TableScroll label={t.governance.outlook}>
        <table>
          <thead>
            <tr>
              <td />
              <th scope="col" className="num">
                {t.governance.baseline}
              </th>
              <th scope="col" className="num">
                {t.governance.forecast}
              </th>
              <th scope="col" className="num">
                {t.governance.actual}
              </th>
              <th scope="col" className="num">
                {t.governance.deviation}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.baseline}</td>
                <td className="num">{r.forecast}</td>
                <td className="num">{r.actual}</td>
                <td className="num">{variance(r.key)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {f.achievementRate !== null && (
        <p>
          {t.governance.achievement}: {format.rate(f.achievementRate)}
        </p>
      )}
    </section>
  );
}

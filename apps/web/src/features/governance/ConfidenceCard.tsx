import type { DashboardQuery, DeliveryConfidence } from '../../generated/graphql';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { CONFIDENCE_ORDER } from './confidence-order';
import { Link } from '@tanstack/react-router';

type Confidence = DashboardQuery['portfolioSummary']['confidence'];

/** Both delivery-confidence distributions side by side, and the projects where they disagree. */
export function ConfidenceCard({ confidence, programmeId }: { confidence: Confidence; programmeId: string }) {
  const { t } = useI18n();
  const countOf = (list: Confidence['own'], c: DeliveryConfidence | null) => list.find((x) => x.confidence === c)?.count ?? 0;
  const label = (c: DeliveryConfidence | null) => (c ? t.governance.confidences[c] : t.governance.notRated);
  const rows: (DeliveryConfidence | null)[] = [...CONFIDENCE_ORDER, null];
  return (
    <section className="card" aria-labelledby="confidence-title">
      <h2 id="confidence-title">{t.governance.confidence}</h2>
      <p className="card-description">{t.governance.confidenceDescription}</p>
      <TableScroll label={t.governance.confidence}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.governance.confidence}</th>
              <th scope="col" className="num">
                {t.governance.own}
              </th>
              <th scope="col" className="num">
                {t.governance.office}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c ?? 'none'}>
                <th scope="row">
                  <span className={`confidence-dot confidence-${(c ?? 'none').toLowerCase()}`} aria-hidden="true" /> {label(c)}
                </th>
                <td className="num">{countOf(confidence.own, c)}</td>
                <td className="num">{countOf(confidence.office, c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3>{t.governance.disagreements}</h3>
      {confidence.disagreements.length === 0 ? (
        <p>{t.governance.noDisagreements}</p>
      ) : (
        <ul className="plain-list">
          {confidence.disagreements.map((d) => (
            <li key={d.projectId}>
              <Link to="/projects/$projectId" params={{ projectId: d.projectId }} search={{ programme: programmeId }}>
                {d.code} {d.title}
              </Link>{' '}
              ({d.period}): {t.governance.own} {label(d.own)}, {t.governance.office} {label(d.office)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

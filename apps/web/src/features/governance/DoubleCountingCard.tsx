import type { DashboardQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { Link } from '@tanstack/react-router';

/** Benefits of different projects that claim the same saving, with the amount at risk and links to both. */
export function DoubleCountingCard({
  doubleCounting,
  programmeId,
  currency,
}: {
  doubleCounting: DashboardQuery['portfolioSummary']['doubleCounting'];
  programmeId: string;
  currency: string;
}) {
  const { t, format } = useI18n();
  const link = (side: (typeof doubleCounting.items)[number]['a']) => (
    <Link to="/projects/$projectId" params={{ projectId: side.projectId }} search={{ programme: programmeId }}>
      {side.projectCode} {side.title}
    </Link>
  );
  return (
    <section className="card" aria-labelledby="double-counting-title">
      <h2 id="double-counting-title">{t.governance.doubleCounting}</h2>
      <p className="card-description">{t.governance.doubleCountingDescription}</p>
      {doubleCounting.pairs === 0 ? (
        <p>{t.governance.noDoubleCounting}</p>
      ) : (
        <>
          <p className="flag">
            ⚠ {t.governance.doubleCountingSummary(doubleCounting.pairs, format.money(doubleCounting.amount, currency))}
          </p>
          <ul className="plain-list">
            {doubleCounting.items.slice(0, 20).map((pair) => (
              <li key={`${pair.a.benefitId}-${pair.b.benefitId}`}>
                {link(pair.a)} ↔ {link(pair.b)} · {pair.fiscalYears.join(', ')} · {format.money(pair.amount, currency)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

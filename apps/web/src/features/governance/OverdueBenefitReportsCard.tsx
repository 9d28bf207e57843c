import type { DashboardQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { Link } from '@tanstack/react-router';

/** Closed projects whose benefit report, owed 12 months after their actual end, has not come. */
export function OverdueBenefitReportsCard({
  reports,
  programmeId,
}: {
  reports: DashboardQuery['portfolioSummary']['overdueBenefitReports'];
  programmeId: string;
}) {
  const { t, format } = useI18n();
  return (
    <section className="card" aria-labelledby="overdue-reports-title">
      <h2 id="overdue-reports-title">{t.governance.overdueBenefitReports}</h2>
      <p className="card-description">{t.governance.overdueBenefitReportsDescription}</p>
      {reports.length === 0 ? (
        <p>{t.governance.noOverdueBenefitReports}</p>
      ) : (
        <ul className="plain-list">
          {reports.map((r) => (
            <li key={r.projectId}>
              <Link to="/projects/$projectId" params={{ projectId: r.projectId }} search={{ programme: programmeId }}>
                {r.code} {r.title}
              </Link>{' '}
              · {t.governance.dueDate}: {format.date(r.dueDate)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { lazy, Suspense, useState } from 'react';
import { CloseReportingRoundDocument, type DashboardQuery } from '../../generated/graphql';
import { FormMessage } from '../../components/Field';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { Link } from '@tanstack/react-router';
import { GraphqlError, request } from '../../lib/graphql';

type Summary = DashboardQuery['portfolioSummary'];
const NewReportingRoundForm = lazy(() => import('./NewReportingRoundForm').then((m) => ({ default: m.NewReportingRoundForm })));

/** Per reporting round: reports due, submitted, approved and overdue; the programme office calls new rounds. */
export function ReportingRoundsCard({
  summary,
  programmeId,
  canCreate,
  onCreated,
}: {
  summary: Summary;
  programmeId: string;
  canCreate: boolean;
  onCreated: () => void;
}) {
  const { t, format } = useI18n();
  const [closeError, setCloseError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // Closing publishes the period's figures for good, so the office confirms it first.
  const close = async (round: Summary['reportingRounds'][number]) => {
    if (!window.confirm(t.realisation.closeRoundConfirm(round.period))) return;
    setCloseError(null);
    try {
      await request(CloseReportingRoundDocument, { id: round.id, version: round.version });
      onCreated();
    } catch (error) {
      setCloseError(error instanceof GraphqlError ? (error.code === 'CONFLICT' ? t.common.conflict : error.message) : String(error));
    }
  };
  return (
    <section className="card" aria-labelledby="rounds-title">
      <h2 id="rounds-title">{t.governance.rounds}</h2>
      <p className="card-description">{t.governance.roundsDescription}</p>
      <FormMessage message={closeError} />
      {summary.reportingRounds.length === 0 ? (
        <p>{t.governance.noRounds}</p>
      ) : (
        <TableScroll label={t.governance.rounds}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.governance.period}</th>
                <th scope="col">{t.governance.dueDate}</th>
                <th scope="col" className="num">
                  {t.governance.due}
                </th>
                <th scope="col" className="num">
                  {t.governance.submitted}
                </th>
                <th scope="col" className="num">
                  {t.governance.approved}
                </th>
                <th scope="col" className="num">
                  {t.governance.overdue}
                </th>
                <th scope="col">{t.realisation.published}</th>
              </tr>
            </thead>
            <tbody>
              {summary.reportingRounds.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.period}</th>
                  <td className="nowrap">{format.date(r.dueDate)}</td>
                  <td className="num">{r.due}</td>
                  <td className="num">{r.submitted}</td>
                  <td className="num">{r.approved}</td>
                  <td className={`num${r.overdue > 0 ? ' flag' : ''}`}>{r.overdue}</td>
                  <td>
                    {r.closed ? (
                      <Link to="/offentlig/$programmeId" params={{ programmeId }} search={{ period: r.period }}>
                        {t.realisation.publishedYes}
                        <span className="visually-hidden"> {r.period}</span>
                      </Link>
                    ) : canCreate ? (
                      <button type="button" className="secondary" onClick={() => void close(r)}>
                        {t.realisation.closeRound}
                        <span className="visually-hidden"> {r.period}</span>
                      </button>
                    ) : (
                      t.realisation.publishedNo
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canCreate && (
        <>
          <button type="button" className="secondary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
            {t.governance.newRoundOpen}
          </button>
          {creating && (
            // The form's code (and the form library) loads when the office opens it, not with the dashboard.
            <Suspense fallback={<p role="status">{t.common.loading}</p>}>
              <NewReportingRoundForm programmeId={programmeId} onCreated={onCreated} />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}

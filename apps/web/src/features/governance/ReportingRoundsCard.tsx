import { useCallback, useState } from 'react';
import { CloseReportingRoundDocument, CreateReportingRoundDocument, type DashboardQuery } from '../../generated/graphql';
import { FormMessage, TextField } from '../../components/Field';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { Link } from '../../lib/router';
import { GraphqlError, request } from '../../lib/graphql';
import { type FieldErrors, onSubmit, useForm } from '../../lib/use-form';
import { formMessages } from '../office/form-messages';

type Summary = DashboardQuery['portfolioSummary'];
type RoundValues = { period: string; dueDate: string; reminderDaysBefore: string };

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
  const empty: RoundValues = { period: '', dueDate: '', reminderDaysBefore: '7' };
  const validate = useCallback(
    (v: RoundValues): FieldErrors<RoundValues> => ({
      ...(!/^\d{4}-H[12]$/.test(v.period) && { period: t.office.periodInvalid }),
      ...(!v.dueDate && { dueDate: t.common.required }),
      ...(!/^\d{1,2}$/.test(v.reminderDaysBefore) && { reminderDaysBefore: t.office.valueInvalid }),
    }),
    [t],
  );
  const form = useForm<RoundValues>(empty, validate, formMessages(t));
  const [closeError, setCloseError] = useState<string | null>(null);
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
  const create = () =>
    form.submitAndClear(
      async (v) => {
        await request(CreateReportingRoundDocument, {
          input: { programmeId, period: v.period, dueDate: v.dueDate, reminderDaysBefore: Number(v.reminderDaysBefore) },
        });
      },
      empty,
      onCreated,
    );
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
                      <Link to={`/offentlig/${programmeId}?period=${r.period}`}>
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
        <form className="subform" noValidate aria-label={t.governance.newRound} onSubmit={onSubmit(create)}>
          <FormMessage message={form.formError} />
          <div className="form-grid">
            <TextField form={form} name="period" label={t.governance.period} hint={t.office.periodHint} required />
            <TextField form={form} name="dueDate" type="date" label={t.governance.dueDate} required />
            <TextField
              form={form}
              name="reminderDaysBefore"
              label={t.governance.reminderDaysBefore}
              inputMode="numeric"
              hint={t.governance.reminderHint}
            />
          </div>
          <button type="submit" disabled={form.saving}>
            {t.governance.newRound}
          </button>
        </form>
      )}
    </section>
  );
}

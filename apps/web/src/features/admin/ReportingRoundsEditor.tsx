import { useState } from 'react';
import { DeleteReportingRoundDocument, UpdateReportingRoundDocument } from '../../generated/graphql';
import { FormMessage } from '../../components/Field';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { refusalText } from '../../lib/refusal';
import { useUnsavedChanges } from '../../router/unsaved-changes';
import { NewReportingRoundForm } from '../governance/NewReportingRoundForm';
import type { ProgrammeSettings } from './programme-values';

type Round = ProgrammeSettings['reportingRounds'][number];
type RoundEdit = { dueDate: string; reminderDaysBefore: string };

/**
 * A programme's reporting rounds in its settings: the due date and the reminder's lead time of each
 * open round can be changed (or the round deleted), a new round called; a closed round is published
 * and only shown. Each row saves on its own, with its version (a conflict is reported, not overwritten).
 */
export function ReportingRoundsEditor({ programme, onChanged }: { programme: ProgrammeSettings; onChanged: () => void }) {
  const { t, format } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, RoundEdit>>({});
  const stored = (round: Round): RoundEdit => ({ dueDate: round.dueDate, reminderDaysBefore: String(round.reminderDaysBefore) });
  const shown = (round: Round) => edits[round.id] ?? stored(round);
  const changed = (round: Round) => JSON.stringify(shown(round)) !== JSON.stringify(stored(round));
  useUnsavedChanges(programme.reportingRounds.some(changed));
  const edit = (round: Round, change: Partial<RoundEdit>) =>
    setEdits((current) => ({ ...current, [round.id]: { ...shown(round), ...change } }));
  const act = async (round: Round, action: () => Promise<unknown>, done: string) => {
    setError(null);
    setStatus(null);
    try {
      await action();
      setEdits(({ [round.id]: _saved, ...rest }) => rest);
      setStatus(done);
      onChanged();
    } catch (e) {
      setError(`${round.period}: ${refusalText(e, t.common.conflict)}`);
    }
  };
  const save = (round: Round) => {
    const { dueDate, reminderDaysBefore } = shown(round);
    if (!/^\d{1,2}$/.test(reminderDaysBefore))
      return setError(`${round.period}: ${t.governance.reminderDaysBefore}: ${t.office.valueInvalid}`);
    if (!dueDate) return setError(`${round.period}: ${t.governance.dueDate}: ${t.common.required}`);
    void act(
      round,
      () =>
        request(UpdateReportingRoundDocument, {
          input: { id: round.id, version: round.version, dueDate, reminderDaysBefore: Number(reminderDaysBefore) },
        }),
      t.admin.roundSaved,
    );
  };
  const remove = (round: Round) => {
    if (!window.confirm(t.admin.deleteRoundConfirm(round.period))) return;
    void act(round, () => request(DeleteReportingRoundDocument, { id: round.id, version: round.version }), t.admin.roundDeleted);
  };
  return (
    <section className="card" aria-labelledby="rounds-admin-title">
      <h2 id="rounds-admin-title">{t.governance.rounds}</h2>
      <p>{t.admin.roundsIntro}</p>
      <FormMessage message={error} />
      <p role="status">{status}</p>
      {programme.reportingRounds.length === 0 ? (
        <p>{t.governance.noRounds}</p>
      ) : (
        <TableScroll label={t.governance.rounds}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.governance.period}</th>
                <th scope="col">{t.governance.dueDate}</th>
                <th scope="col">{t.governance.reminderDaysBefore}</th>
                <th scope="col">{t.governance.status}</th>
              </tr>
            </thead>
            <tbody>
              {programme.reportingRounds.map((round) => (
                <tr key={round.id}>
                  <th scope="row">{round.period}</th>
                  {round.closedAt ? (
                    <>
                      <td className="nowrap">{format.date(round.dueDate)}</td>
                      <td className="num">{round.reminderDaysBefore}</td>
                      <td>{t.admin.roundPublished(format.date(round.closedAt.slice(0, 10)))}</td>
                    </>
                  ) : (
                    <>
                      <td>
                        <label className="visually-hidden" htmlFor={`round-due-${round.id}`}>
                          {`${t.governance.dueDate} (${round.period})`}
                        </label>
                        <input
                          id={`round-due-${round.id}`}
                          type="date"
                          value={shown(round).dueDate}
                          onChange={(e) => edit(round, { dueDate: e.target.value })}
                        />
                      </td>
                      <td>
                        <label className="visually-hidden" htmlFor={`round-reminder-${round.id}`}>
                          {`${t.governance.reminderDaysBefore} (${round.period})`}
                        </label>
                        <input
                          id={`round-reminder-${round.id}`}
                          inputMode="numeric"
                          size={3}
                          value={shown(round).reminderDaysBefore}
                          onChange={(e) => edit(round, { reminderDaysBefore: e.target.value })}
                        />
                      </td>
                      <td className="nowrap">
                        <button type="button" className="small" disabled={!changed(round)} onClick={() => save(round)}>
                          {t.admin.saveRound(round.period)}
                        </button>{' '}
                        <button type="button" className="small secondary" onClick={() => remove(round)}>
                          {t.admin.deleteRound(round.period)}
                        </button>
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3>{t.governance.newRound}</h3>
      <NewReportingRoundForm programmeId={programme.id} onCreated={onChanged} />
    </section>
  );
}

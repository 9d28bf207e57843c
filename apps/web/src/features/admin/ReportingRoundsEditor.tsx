import { useState } from 'react';
import { DeleteReportingRoundDocument, UpdateReportingRoundDocument } from '../../generated/graphql';
import { FormMessage } from '../../components/Field';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { request } from '../../lib/graphql';
import { useUnsavedChanges } from '../../router/unsaved-changes';
import { NewReportingRoundForm, roundProblems } from '../governance/NewReportingRoundForm';
import type { ProgrammeSettings } from './programme-values';
import { useRowActions } from './use-row-actions';

type Round = ProgrammeSettings['reportingRounds'][number];
type RoundEdit = { dueDate: string; reminderDaysBefore: string };

/**
 * A programme's reporting rounds in its settings: the due date and the reminder's lead time of each
 * open round can be changed (or the round deleted), a new round called; a closed round is published
 * and only shown. Each row saves on its own, with its version (a conflict is reported, not overwritten).
 */
export function ReportingRoundsEditor({ programme, onChanged }: { programme: ProgrammeSettings; onChanged: () => Promise<void> }) {
  const { t, format } = useI18n();
  const { error, status, setError, act } = useRowActions(onChanged);
  const [edits, setEdits] = useState<Record<string, RoundEdit>>({});
  const stored = (round: Round): RoundEdit => ({ dueDate: round.dueDate, reminderDaysBefore: String(round.reminderDaysBefore) });
  const shown = (round: Round) => edits[round.id] ?? stored(round);
  const changed = (round: Round) => JSON.stringify(shown(round)) !== JSON.stringify(stored(round));
  useUnsavedChanges(programme.reportingRounds.some(changed));
  const edit = (round: Round, change: Partial<RoundEdit>) =>
    setEdits((current) => ({ ...current, [round.id]: { ...shown(round), ...change } }));
  // A row saved or deleted is no longer an edit of this page.
  const done = (round: Round) => setEdits(({ [round.id]: _saved, ...rest }) => rest);
  const save = async (round: Round) => {
    const { dueDate, reminderDaysBefore } = shown(round);
    const problems = roundProblems({ period: round.period, dueDate, reminderDaysBefore }, t);
    const label = { reminderDaysBefore: t.governance.reminderDaysBefore, dueDate: t.governance.dueDate } as const;
    const field = (['reminderDaysBefore', 'dueDate'] as const).find((name) => problems[name]);
    if (field) return setError(`${round.period}: ${label[field]}: ${problems[field]}`);
    const input = { id: round.id, version: round.version, dueDate, reminderDaysBefore: Number(reminderDaysBefore) };
    if (await act(() => request(UpdateReportingRoundDocument, { input }), t.admin.roundSaved, round.period)) done(round);
  };
  const remove = async (round: Round) => {
    if (!window.confirm(t.admin.deleteRoundConfirm(round.period))) return;
    const deletion = () => request(DeleteReportingRoundDocument, { id: round.id, version: round.version });
    if (await act(deletion, t.admin.roundDeleted, round.period)) done(round);
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
                        <button type="button" className="small" disabled={!changed(round)} onClick={() => void save(round)}>
                          {t.admin.saveRound(round.period)}
                        </button>{' '}
                        <button type="button" className="small secondary" onClick={() => void remove(round)}>
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

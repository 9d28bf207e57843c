import { useState } from 'react';
import { type ProjectFilter, SettlementDocument, type WrongPocketGroupBy } from '../../generated/graphql';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { useQuery } from '../../lib/use-query';

const SHOWN_FIRST = 10;

/**
 * The settlement proposal next to the wrong-pocket matrix: who should compensate whom, net of the
 * flows both ways, by sector or by organisation.
 */
export function SettlementCard({ programmeId, filter, currency }: { programmeId: string; filter: ProjectFilter; currency: string }) {
  const { t, format } = useI18n();
  const [groupBy, setGroupBy] = useState<WrongPocketGroupBy>('SECTOR');
  const [all, setAll] = useState(false);
  const state = useQuery(SettlementDocument, { programmeId, groupBy, filter });
  const label = (party: { id: string; name: string }) =>
    groupBy === 'SECTOR' ? (t.sectors[party.id as keyof typeof t.sectors] ?? party.name) : party.name;
  const transfers = state.data?.settlementProposal ?? [];
  // The largest transfers first; by organisation there can be hundreds, so the rest on request.
  const shown = all ? transfers : transfers.slice(0, SHOWN_FIRST);
  return (
    <section className="card" aria-labelledby="settlement-title">
      <h2 id="settlement-title">{t.realisation.settlement}</h2>
      <p className="card-description">{t.realisation.settlementDescription}</p>
      <fieldset className="inline-choice">
        <legend>{t.realisation.groupBy}</legend>
        {(['SECTOR', 'ORGANISATION'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="settlement-group" value={g} checked={groupBy === g} onChange={() => setGroupBy(g)} />
            {g === 'SECTOR' ? t.realisation.bySector : t.realisation.byOrganisation}
          </label>
        ))}
      </fieldset>
      {state.status === 'error' && <p role="alert">{state.error.message}</p>}
      {state.status !== 'error' && transfers.length === 0 && state.status === 'ok' && <p>{t.realisation.noSettlement}</p>}
      {transfers.length > 0 && (
        <TableScroll label={t.realisation.settlement}>
          <table>
            <caption className="visually-hidden">{t.realisation.settlement}</caption>
            <thead>
              <tr>
                <th scope="col">{t.realisation.compensates}</th>
                <th scope="col">{t.realisation.compensated}</th>
                <th scope="col" className="num">
                  {t.realisation.amount}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((transfer) => (
                <tr key={`${transfer.from.id}-${transfer.to.id}`}>
                  <td>{label(transfer.from)}</td>
                  <td>{label(transfer.to)}</td>
                  <td className="num">{format.money(transfer.amount, currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {transfers.length > SHOWN_FIRST && (
        <button type="button" className="link-button" aria-pressed={all} onClick={() => setAll((v) => !v)}>
          {all ? t.realisation.showLargest(SHOWN_FIRST) : t.realisation.showAll(transfers.length)}
        </button>
      )}
      <p className="hint">{t.realisation.settlementExport}</p>
    </section>
  );
}

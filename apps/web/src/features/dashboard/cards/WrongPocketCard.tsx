import type { DashboardQuery } from '../../../generated/graphql';
import { TableScroll } from '../../../components/TableScroll';
import { useI18n } from '../../../i18n';

type WrongPocket = DashboardQuery['wrongPocket'];

/**
 * The matrix as a heatmap table: a real table (headers for payer rows and receiver columns) whose
 * cell shading follows the amount, with the amount always printed in the cell.
 */
export function WrongPocketCard({ matrix, currency }: { matrix: WrongPocket; currency: string }) {
  const { t, format } = useI18n();
  const payers = [...new Set(matrix.cells.map((c) => c.payerKey))].sort();
  const receivers = [...new Set(matrix.cells.map((c) => c.receiverKey))].sort();
  const amount = new Map(matrix.cells.map((c) => [`${c.payerKey}|${c.receiverKey}`, c.amount]));
  const largest = Math.max(...matrix.cells.map((c) => Math.abs(Number(c.amount))), 1);
  const label = (key: string) => t.sectors[key as keyof typeof t.sectors] ?? key;
  return (
    <section className="card" aria-labelledby="wrong-pocket-title">
      <div className="card-head">
        <h2 id="wrong-pocket-title">{t.dashboard.wrongPocket}</h2>
      </div>
      <p className="card-description">{t.dashboard.wrongPocketDescription}</p>
      <TableScroll label={t.dashboard.wrongPocket}>
        <table className="heatmap">
          <caption className="visually-hidden">{t.dashboard.wrongPocket}</caption>
          <thead>
            <tr>
              <th scope="col">
                {t.dashboard.payer} ↓ / {t.dashboard.receiver} →
              </th>
              {receivers.map((r) => (
                <th key={r} scope="col" className="num">
                  {label(r)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {payers.map((p) => (
              <tr key={p}>
                <th scope="row">{label(p)}</th>
                {receivers.map((r) => {
                  const value = amount.get(`${p}|${r}`);
                  const share = value ? Math.abs(Number(value)) / largest : 0;
                  // Light shades keep dark text readable; the strongest cells switch to white text.
                  const style = value
                    ? { background: `rgba(11, 83, 148, ${(0.08 + share * 0.82).toFixed(2)})`, color: share > 0.5 ? '#fff' : undefined }
                    : undefined;
                  return (
                    <td key={r} className="num" style={style}>
                      {value ? format.millions(value) : t.common.none}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.common.total}</th>
              <td className="num" colSpan={Math.max(receivers.length, 1)}>
                {format.money(matrix.total, currency)}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}

import { formatMoney } from '../../lib/format';
import type { Messages } from '../../i18n/da';
import type { ProjectRow } from './queries';

export function ProjectTable({ rows, currency, t }: { rows: ProjectRow[]; currency: string; t: Messages }) {
  if (rows.length === 0) return <p>{t.empty}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t.projects}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.code}</th>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.track}</th>
            <th scope="col">{t.phase}</th>
            <th scope="col">{t.lead}</th>
            <th scope="col" className="num">{t.partners}</th>
            <th scope="col" className="num">{t.budgetColumn}</th>
            <th scope="col" className="num">{t.spent}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <td className="nowrap">{p.code}</td>
              <td>{p.title}</td>
              <td>{p.track?.name ?? '–'}</td>
              <td>
                <span className={`phase phase-${p.phase.toLowerCase()}`}>{t.phases[p.phase] ?? p.phase}</span>
              </td>
              <td>{p.participations.find((x) => x.roles.includes('LEAD'))?.organisation.name ?? '–'}</td>
              <td className="num">{p.participations.length}</td>
              <td className="num">{formatMoney(p.budgetTotal, currency)}</td>
              <td className="num">{formatMoney(p.actualCostTotal, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

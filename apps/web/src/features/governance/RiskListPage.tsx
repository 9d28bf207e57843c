import { ProgrammeRisksDocument } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { Link, useLocation } from '../../lib/router';
import { useQuery } from '../../lib/use-query';
import { filterFromParams } from '../dashboard/filters';
import { useProgrammes } from '../dashboard/use-programme';
import { RiskCells, RiskHeaderCells } from './RiskCells';

const scale = (value: string | null) => (value && /^[1-5]$/.test(value) ? Number(value) : null);

/** The risks behind one cell of the heat map (or all active risks), with the dashboard's filters. */
export function RiskListPage() {
  const { t } = useI18n();
  const { params } = useLocation();
  const { programme } = useProgrammes();
  const probability = scale(params.get('p'));
  const impact = scale(params.get('i'));
  const residual = params.get('residual') === '1';
  const state = useQuery(
    ProgrammeRisksDocument,
    { programmeId: programme?.id ?? '', filter: filterFromParams(params), probability, impact, residual },
    Boolean(programme),
  );
  const back = new URLSearchParams(params);
  for (const key of ['p', 'i', 'residual']) back.delete(key);
  return (
    <>
      <h1>{t.governance.riskListTitle}</h1>
      <p>{probability && impact ? t.governance.riskListCell(probability, impact, residual) : t.governance.allActiveRisks}</p>
      <p>
        <Link to={`/?${back.toString()}`}>{t.governance.backToDashboard}</Link>
      </p>
      <Async state={state}>
        {({ programmeRisks }) =>
          programmeRisks.length === 0 ? (
            <p className="empty">{t.governance.noRisks}</p>
          ) : (
            <TableScroll label={t.governance.riskListTitle}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.governance.project}</th>
                    <RiskHeaderCells />
                    <th scope="col">{t.governance.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {programmeRisks.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link to={`/projects/${r.project.id}?programme=${programme?.id ?? ''}#risks`}>
                          {r.project.code} {r.project.title}
                        </Link>
                      </td>
                      <RiskCells risk={r} />
                      <td>{t.governance.riskStatuses[r.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </Async>
    </>
  );
}

import { ProgrammeRisksDocument } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useQuery } from '../../lib/use-query';
import { filterFromSearch } from '../dashboard/filters';
import { useProgrammes } from '../dashboard/use-programme';
import { RiskCells, RiskHeaderCells } from './RiskCells';

const route = getRouteApi('/_signedIn/risks');

/** The risks behind one cell of the heat map (or all active risks), with the dashboard's filters. */
export function RiskListPage() {
  const { t } = useI18n();
  const search = route.useSearch();
  const { programme } = useProgrammes();
  const probability = search.p ?? null;
  const impact = search.i ?? null;
  const residual = search.residual ?? false;
  const state = useQuery(
    ProgrammeRisksDocument,
    { programmeId: programme?.id ?? '', filter: filterFromSearch(search), probability, impact, residual },
    Boolean(programme),
  );
  return (
    <>
      <h1>{t.governance.riskListTitle}</h1>
      <p>{probability && impact ? t.governance.riskListCell(probability, impact, residual) : t.governance.allActiveRisks}</p>
      <p>
        <Link from="/risks" to="/" search={({ p: _p, i: _i, residual: _residual, ...dashboard }) => dashboard}>
          {t.governance.backToDashboard}
        </Link>
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
                        <Link to="/projects/$projectId" params={{ projectId: r.project.id }} hash="risks">
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

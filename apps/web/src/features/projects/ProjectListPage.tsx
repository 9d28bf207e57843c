import { ProjectListDocument } from '../../generated/graphql';
import { TableScroll } from '../../components/TableScroll';
import { Async } from '../../components/Async';
import { useI18n } from '../../i18n';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useQuery } from '../../lib/use-query';
import { can, useSession } from '../../lib/session';
import { FilterBar } from '../dashboard/FilterBar';
import { filterFromSearch } from '../dashboard/filters';
import { useProgrammes } from '../dashboard/use-programme';

const route = getRouteApi('/_signedIn/projects');

export function ProjectListPage() {
  const { t, format } = useI18n();
  const session = useSession();
  const { state, programme } = useProgrammes();
  const filter = filterFromSearch(route.useSearch());
  const list = useQuery(ProjectListDocument, { programmeId: programme?.id ?? '', filter }, Boolean(programme));
  return (
    <>
      <div className="page-head">
        <h1>{t.projectList.title}</h1>
        {can.createProjects(session, programme) && (
          <Link className="button" to="/projects/new" search={{ programme: programme.id }}>
            {t.nav.newProject}
          </Link>
        )}
      </div>
      <Async state={state}>
        {() =>
          programme && (
            <>
              <FilterBar programme={programme} withSearch />
              <Async state={list}>
                {({ projects }) => {
                  const rows = projects.edges.map((e) => e.node);
                  return (
                    <>
                      <p className="count" role="status">
                        {t.projectList.shownOf(rows.length, projects.totalCount)}
                      </p>
                      {rows.length === 0 ? (
                        <p className="empty">{t.projectList.empty}</p>
                      ) : (
                        <TableScroll label={t.projectList.title}>
                          <table>
                            <thead>
                              <tr>
                                <th scope="col">{t.projectList.code}</th>
                                <th scope="col">{t.projectList.titleColumn}</th>
                                <th scope="col">{t.projectList.track}</th>
                                <th scope="col">{t.filters.phase}</th>
                                <th scope="col">{t.projectList.lead}</th>
                                <th scope="col" className="num">
                                  {t.projectList.partners}
                                </th>
                                <th scope="col" className="num">
                                  {t.projectList.budget}
                                </th>
                                <th scope="col" className="num">
                                  {t.projectList.spent}
                                </th>
                              </tr>
                            </thead>
                            <tbody>
                              {rows.map((p) => (
                                <tr key={p.id}>
                                  <td className="nowrap">{p.code}</td>
                                  <td>
                                    <Link to="/projects/$projectId" params={{ projectId: p.id }}>
                                      {p.title}
                                    </Link>
                                  </td>
                                  <td>{p.track?.name ?? t.common.none}</td>
                                  <td>
                                    <span className="phase">{t.phases[p.phase]}</span>
                                  </td>
                                  <td>{p.participations.find((x) => x.roles.includes('LEAD'))?.organisation.name ?? t.common.none}</td>
                                  <td className="num">{p.participations.length}</td>
                                  <td className="num">{format.money(p.budgetTotal, programme.currency)}</td>
                                  <td className="num">{format.money(p.actualCostTotal, programme.currency)}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </TableScroll>
                      )}
                    </>
                  );
                }}
              </Async>
            </>
          )
        }
      </Async>
    </>
  );
}

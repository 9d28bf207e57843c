import { LifeEventsDocument } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { COMPONENT_NAMES } from '../../lib/names';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useQuery } from '../../lib/use-query';
import { filterFromSearch } from '../dashboard/filters';
import { useProgrammes } from '../dashboard/use-programme';

const route = getRouteApi('/_signedIn/life-events');

/**
 * The portfolio seen from the citizen: for each life event, the projects that serve it, what they
 * cost, the money and hours they save and the common components they reuse (with the dashboard's
 * filters). A project serving two events appears under both, so the rows are not added up.
 */
export function LifeEventsPage() {
  const { t, format } = useI18n();
  const search = route.useSearch();
  const { programme } = useProgrammes();
  const state = useQuery(LifeEventsDocument, { programmeId: programme?.id ?? '', filter: filterFromSearch(search) }, Boolean(programme));
  return (
    <>
      <h1>{t.realisation.lifeEventsTitle}</h1>
      <p>{t.realisation.lifeEventsIntro}</p>
      <Async state={state}>
        {({ lifeEvents, programme: p }) => (
          <TableScroll label={t.realisation.lifeEventsTitle}>
            <table className="life-events">
              <thead>
                <tr>
                  <th scope="col">{t.realisation.lifeEvent}</th>
                  <th scope="col">{t.realisation.projects}</th>
                  <th scope="col" className="num">
                    {t.dashboard.budget}
                  </th>
                  <th scope="col" className="num">
                    {t.dashboard.planned}
                  </th>
                  <th scope="col" className="num">
                    {t.dashboard.realised}
                  </th>
                  <th scope="col" className="num">
                    {t.realisation.plannedHours}
                  </th>
                  <th scope="col" className="num">
                    {t.realisation.hoursSaved}
                  </th>
                  <th scope="col">{t.project.components}</th>
                </tr>
              </thead>
              <tbody>
                {lifeEvents.map((e) => (
                  <tr key={e.lifeEvent} id={`life-event-${e.lifeEvent}`}>
                    <th scope="row">{t.lifeEvents[e.lifeEvent]}</th>
                    <td>
                      {e.projects.length === 0 ? (
                        <span className="meta">{t.realisation.noProjectServes}</span>
                      ) : (
                        <ul className="plain-list">
                          {e.projects.map((project) => (
                            <li key={project.id}>
                              <Link to="/projects/$projectId" params={{ projectId: project.id }}>
                                {project.code} {project.title}
                              </Link>{' '}
                              <span className="meta">({t.phases[project.phase]})</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="num">{format.money(e.budget, p?.currency ?? 'DKK')}</td>
                    <td className="num">{format.money(e.plannedBenefit, p?.currency ?? 'DKK')}</td>
                    <td className="num">{format.money(e.realisedBenefit, p?.currency ?? 'DKK')}</td>
                    <td className="num">{format.number(e.plannedHours, 0)}</td>
                    <td className="num">{format.number(e.hoursSaved, 0)}</td>
                    <td>{e.commonComponents.map((c) => COMPONENT_NAMES[c]).join(', ') || t.common.none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Async>
    </>
  );
}

import type { ProjectPageQuery } from '../../generated/graphql';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';

type Project = ProjectPageQuery['project'];

/**
 * The organisations the project targets, with planned and actual go-live dates, and for each
 * adoption-driven benefit what is still waiting on the organisations that are not live yet.
 */
export function AdoptionCard({ project }: { project: Project }) {
  const { t, format } = useI18n();
  if (project.adoptions.length === 0) return null;
  const live = project.adoptions.filter((a) => a.state === 'LIVE').length;
  const amount = (unit: string, value: string, monetised: string | null) =>
    monetised !== null && unit !== 'CURRENCY'
      ? `${format.number(value, 0)} ${t.units[unit as keyof typeof t.units].toLowerCase()} (${format.money(monetised, project.programme.currency)})`
      : unit === 'CURRENCY'
        ? format.money(value, project.programme.currency)
        : `${format.number(value, 2)} ${t.units[unit as keyof typeof t.units].toLowerCase()}`;
  return (
    <section className="card" aria-labelledby="adoption-card-title">
      <h2 id="adoption-card-title">{t.dashboard.adoption}</h2>
      <p>{t.dashboard.adoptionText(live, project.adoptions.length)}</p>
      {project.benefits
        .filter((b) => b.adoption && b.adoption.waitingAdopters > 0)
        .map((b) => (
          <p key={b.id} className="flag">
            {t.realisation.benefitWaiting(
              b.title,
              amount(b.unit, b.adoption!.waitingPerYear, b.adoption!.waitingPerYearMonetised),
              b.adoption!.waitingAdopters,
            )}
            {b.adoption!.withoutPlan > 0 && ` ${t.realisation.withoutPlan(b.adoption!.withoutPlan)}`}
          </p>
        ))}
      <TableScroll label={t.dashboard.adoption}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.realisation.organisation}</th>
              <th scope="col">{t.project.status}</th>
              <th scope="col">{t.realisation.plannedLive}</th>
              <th scope="col">{t.realisation.wentLive}</th>
            </tr>
          </thead>
          <tbody>
            {[...project.adoptions]
              .sort(
                (a, b) =>
                  (a.state === 'LIVE' ? 1 : 0) - (b.state === 'LIVE' ? 1 : 0) || a.organisation.name.localeCompare(b.organisation.name),
              )
              .map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.organisation.name}</th>
                  <td>{t.adoptionStates[a.state]}</td>
                  <td>{a.plannedLiveDate ? format.date(a.plannedLiveDate) : t.common.none}</td>
                  <td>{a.liveDate ? format.date(a.liveDate) : t.common.none}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

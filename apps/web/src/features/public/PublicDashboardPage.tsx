import { KeyFigures } from '../../components/KeyFigures';
import { BarChart } from 'recharts';
import { ChartCard } from '../../components/ChartCard';
import { YearMoneyTable } from '../../components/YearMoneyTable';
import { MONEY_CHART_MARGIN, moneyAxes, seriesBars } from '../../components/chart-axes';
import { RagBadge } from '../../components/Rag';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n';
import { chartValue } from '../../lib/format';
import { getRouteApi, Link } from '@tanstack/react-router';
import { SERIES } from '../dashboard/cards/chart-style';
import { type OpenDataFeed, usePublicJson } from './open-data';

/**
 * A programme's public dashboard, without sign-in (/offentlig/<programme id>): only published figures
 * from the open-data feed — envelope, budget, spending, planned and realised benefits per year, and
 * each project's lights from its last approved status report — now or for a closed reporting period.
 */
const route = getRouteApi('/offentlig/$programmeId');

/** The page at /offentlig/<programme id>[?period=…]. */
export function PublicDashboardRoutePage() {
  const { programmeId } = route.useParams();
  return <PublicDashboardPage programmeId={programmeId} />;
}

export function PublicDashboardPage({ programmeId }: { programmeId: string }) {
  const { t, format } = useI18n();
  const period = route.useSearch({ select: (search) => search.period });
  const navigate = route.useNavigate();
  const query = period ? `?period=${encodeURIComponent(period)}` : '';
  const state = usePublicJson<OpenDataFeed>(`/exports/programmes/${programmeId}/portfolio.json${query}`);
  if (state.status === 'loading') return <p role="status">{t.common.loading}</p>;
  if (state.status === 'error') {
    return (
      <>
        <h1>{t.publicDashboard.title}</h1>
        <p role="alert">{state.notFound ? t.publicDashboard.notFound : t.publicDashboard.failed}</p>
        <Link to="/">{t.publicDashboard.signIn}</Link>
      </>
    );
  }
  const feed = state.data;
  const currency = feed.programme.currency;
  const figures = [
    { id: 'envelope', label: t.dashboard.envelope, value: format.millions(feed.programme.fundingEnvelope) },
    { id: 'budget', label: t.dashboard.budget, value: format.millions(feed.totals.budget) },
    { id: 'spent', label: t.dashboard.spent, value: format.millions(feed.totals.actualCost) },
    { id: 'planned', label: t.dashboard.planned, value: format.millions(feed.totals.plannedBenefit) },
    { id: 'realised', label: t.dashboard.realised, value: format.millions(feed.totals.realisedBenefit) },
    { id: 'realisation', label: t.dashboard.realisationRate, value: format.rate(feed.totals.realisationRate) },
  ];
  const bars = [
    { key: 'spent', label: t.dashboard.spent, colour: SERIES.spent },
    { key: 'planned', label: t.dashboard.planned, colour: SERIES.budget },
    { key: 'realised', label: t.dashboard.realised, colour: SERIES.realised },
  ];
  return (
    <div className="public-dashboard">
      <h1>
        {t.publicDashboard.title}: {feed.programme.name}
      </h1>
      <p className="as-of">
        {feed.period ? t.publicDashboard.asPublished(feed.period) : t.publicDashboard.now(format.date(feed.generatedAt.slice(0, 10)))}
      </p>
      <p>{t.publicDashboard.intro}</p>
      <div className="field">
        <label htmlFor="public-period">{t.publicDashboard.period}</label>
        <select
          id="public-period"
          value={feed.period ?? ''}
          onChange={(e) => void navigate({ search: (previous) => ({ ...previous, period: e.target.value || undefined }) })}
        >
          <option value="">{t.publicDashboard.latest}</option>
          {feed.periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <KeyFigures figures={figures} />
      <ChartCard
        chartHeight={260}
        title={t.publicDashboard.perYear}
        legend={bars}
        chart={
          <BarChart
            data={feed.years.map((y) => ({
              fiscalYear: y.fiscalYear,
              planned: chartValue(y.plannedBenefit),
              realised: chartValue(y.realisedBenefit),
              spent: chartValue(y.actualCost),
            }))}
            margin={MONEY_CHART_MARGIN}
          >
            {moneyAxes({ xKey: 'fiscalYear', format, currency })}
            {seriesBars(bars)}
          </BarChart>
        }
        table={
          <YearMoneyTable
            rows={feed.years}
            columns={[
              { label: t.project.plannedCost, amount: (y) => y.plannedCost },
              { label: t.dashboard.spent, amount: (y) => y.actualCost },
              { label: t.dashboard.planned, amount: (y) => y.plannedBenefit },
              { label: t.dashboard.realised, amount: (y) => y.realisedBenefit },
            ]}
            currency={currency}
          />
        }
      />
      <section className="card" aria-labelledby="public-projects-title">
        <h2 id="public-projects-title">{t.publicDashboard.projects}</h2>
        <p className="card-description">{t.publicDashboard.lightsNote}</p>
        <TableScroll label={t.publicDashboard.projects}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.publicDashboard.project}</th>
                <th scope="col">{t.publicDashboard.phase}</th>
                <th scope="col" className="num">
                  {t.dashboard.budget}
                </th>
                <th scope="col" className="num">
                  {t.dashboard.spent}
                </th>
                <th scope="col">{t.publicDashboard.lights}</th>
              </tr>
            </thead>
            <tbody>
              {feed.projects.map((p) => (
                <tr key={p.code}>
                  <th scope="row">
                    {p.code} {p.title}
                  </th>
                  <td>{t.phases[p.phase]}</td>
                  <td className="num">{format.money(p.budget, currency)}</td>
                  <td className="num">{format.money(p.actualCost, currency)}</td>
                  <td>
                    {p.lights ? (
                      <>
                        <RagBadge rag={p.lights.cost} label={t.publicDashboard.cost} />{' '}
                        <RagBadge rag={p.lights.schedule} label={t.publicDashboard.schedule} />{' '}
                        <RagBadge rag={p.lights.benefit} label={t.publicDashboard.benefit} />{' '}
                        <span className="meta">({p.lights.period})</span>
                      </>
                    ) : (
                      <span className="meta">{t.publicDashboard.noApprovedReport}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <p>
        {t.publicDashboard.openData}: <a href={`/exports/programmes/${programmeId}/portfolio.json${query}`}>JSON</a> ·{' '}
        <a href={`/exports/programmes/${programmeId}/open-data/portfolio.csv${query}`}>CSV</a> ·{' '}
        <Link to="/">{t.publicDashboard.signIn}</Link>
      </p>
    </div>
  );
}

import { KeyFigures } from '../../components/KeyFigures';
import { DashboardDocument, type DashboardQuery, type ProjectFilter } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { useI18n } from '../../i18n';
import { getRouteApi } from '@tanstack/react-router';
import { useQuery } from '../../lib/use-query';
import { BenefitsCard } from './cards/BenefitsCard';
import { BreakdownCard } from './cards/BreakdownCard';
import { SERIES } from './cards/chart-style';
import { LightsCard } from './cards/LightsCard';
import { MoneyCard } from './cards/MoneyCard';
import { ProjectRankings } from './cards/ProjectRankings';
import { WrongPocketCard } from './cards/WrongPocketCard';
import { SettlementCard } from '../realisation/SettlementCard';
import { FilterBar } from './FilterBar';
import { filterFromSearch, filterQuery } from './filters';
import { useProgrammes } from './use-programme';
import { ExportPanel } from '../exports/ExportPanel';
import { ConfidenceCard } from '../governance/ConfidenceCard';
import { HeatMapCard } from '../governance/HeatMapCard';
import { OverdueBenefitReportsCard } from '../governance/OverdueBenefitReportsCard';
import { ReportingRoundsCard } from '../governance/ReportingRoundsCard';
import { ToConfirmCard } from '../governance/ToConfirmCard';
import { DoubleCountingCard } from '../governance/DoubleCountingCard';
import { can, type ProgrammeStatus, useSession } from '../../lib/session';

const route = getRouteApi('/_signedIn/');

export function DashboardPage() {
  const { t } = useI18n();
  const { state, programme } = useProgrammes();
  const search = route.useSearch();
  const filter = filterFromSearch(search);
  const dashboard = useQuery(DashboardDocument, { programmeId: programme?.id ?? '', filter }, Boolean(programme));
  return (
    <>
      <h1>{t.dashboard.title}</h1>
      <Async state={state} placeholder="dashboard-placeholder">
        {() =>
          programme && (
            <>
              <FilterBar programme={programme} />
              <p className="hint">{t.filters.shareHint}</p>
              <Async state={dashboard} placeholder="dashboard-placeholder">
                {(data) => <Dashboard data={data} programme={programme} filter={filter} reload={dashboard.reload} />}
              </Async>
              <ExportPanel programmeId={programme.id} filterQuery={filterQuery(search)} />
            </>
          )
        }
      </Async>
    </>
  );
}

function Dashboard({
  data,
  programme,
  filter,
  reload,
}: {
  data: DashboardQuery;
  /** The programme shown (archived: read-only, nothing offered to change). */
  programme: ProgrammeStatus;
  filter: ProjectFilter;
  reload: () => void;
}) {
  const { t, format } = useI18n();
  const session = useSession();
  const programmeId = programme.id;
  const s = data.portfolioSummary;
  const projects = s.phases.reduce((n, p) => n + p.count, 0);
  if (projects === 0) return <p className="empty">{t.dashboard.empty}</p>;
  const figures = [
    { label: t.dashboard.envelope, value: format.millions(s.fundingEnvelope), id: 'envelope' },
    { label: t.dashboard.budget, value: format.millions(s.totalBudget), id: 'budget' },
    { label: t.dashboard.spent, value: format.millions(s.actualCost), id: 'spent' },
    { label: t.dashboard.planned, value: format.millions(s.plannedBenefit), id: 'planned' },
    { label: t.dashboard.realised, value: format.millions(s.realisedBenefit), id: 'realised' },
    { label: t.dashboard.realisationRate, value: format.rate(s.realisationRate), id: 'realisation' },
    { label: t.dashboard.harvestRate, value: format.rate(s.harvestRate), id: 'harvest' },
    { label: t.dashboard.hoursFreed, value: format.number(s.hoursFreed, 0), id: 'hours' },
    { label: t.dashboard.projects, value: String(projects), id: 'projects' },
  ];
  return (
    <div className="dashboard" aria-live="polite">
      <p className="as-of">{t.dashboard.asOf(s.asOfYear)}</p>
      <KeyFigures figures={figures} />
      <div className="cards">
        <MoneyCard summary={s} />
        <BenefitsCard years={s.years} currency={s.currency} />
        <LightsCard lights={s.lights} />
        <HeatMapCard summary={s} />
        <ConfidenceCard confidence={s.confidence} programmeId={programmeId} />
        <ReportingRoundsCard summary={s} programmeId={programmeId} canCreate={can.createProjects(session, programme)} onCreated={reload} />
        <OverdueBenefitReportsCard reports={s.overdueBenefitReports} programmeId={programmeId} />
        <DoubleCountingCard doubleCounting={s.doubleCounting} programmeId={programmeId} currency={s.currency} />
        {can.editProjects(session, programme) && <ToConfirmCard programmeId={programmeId} currency={s.currency} />}
        <section className="card" aria-labelledby="adoption-title">
          <div className="card-head">
            <h2 id="adoption-title">{t.dashboard.adoption}</h2>
          </div>
          <p className="big-figure">{format.rate(s.adoptionCoverage)}</p>
          <meter min={0} max={Math.max(s.adoptionTargeted, 1)} value={s.adoptionLive} aria-label={t.dashboard.adoption} className="meter" />
          <p>{t.dashboard.adoptionText(s.adoptionLive, s.adoptionTargeted)}</p>
          {s.adoptionWaitingOrganisations > 0 && (
            <p>{t.realisation.adoptionWaiting(format.money(s.adoptionWaitingBenefit, s.currency), s.adoptionWaitingOrganisations)}</p>
          )}
        </section>
        <BreakdownCard
          title={t.dashboard.byTrack}
          countLabel={t.dashboard.projects}
          currency={s.currency}
          series={[
            { key: 'budget', label: t.dashboard.budget, colour: SERIES.budget },
            { key: 'actualCost', label: t.dashboard.spent, colour: SERIES.spent },
            { key: 'npv', label: t.dashboard.npv, colour: SERIES.realised },
          ]}
          rows={s.tracks.map((track) => ({
            key: track.trackId ?? 'none',
            label: track.name ?? t.common.none,
            short: track.code ?? t.common.none,
            count: track.projects,
            amounts: { budget: track.budget, actualCost: track.actualCost, npv: track.npv },
          }))}
        />
        <BreakdownCard
          title={t.dashboard.bySector}
          countLabel={t.dashboard.organisations}
          currency={s.currency}
          series={[
            { key: 'budget', label: t.dashboard.budget, colour: SERIES.budget },
            { key: 'actualCost', label: t.dashboard.spent, colour: SERIES.spent },
            { key: 'received', label: t.dashboard.benefitReceived, colour: SERIES.realised },
          ]}
          rows={s.sectors.map((sector) => ({
            key: sector.sector,
            label: t.sectors[sector.sector],
            short: t.sectorsShort[sector.sector],
            count: sector.organisations,
            amounts: { budget: sector.budget, actualCost: sector.actualCost, received: sector.plannedBenefitReceived },
          }))}
        />
        <ProjectRankings summary={s} currency={s.currency} />
        <WrongPocketCard matrix={data.wrongPocket} currency={s.currency} />
        <SettlementCard programmeId={programmeId} filter={filter} currency={s.currency} />
      </div>
    </div>
  );
}

import { milestoneDaysLate } from '@tvaers/domain/milestones';
import { useState } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { BaselineDiffDocument, ProjectPageDocument, type ProjectPageQuery } from '../../generated/graphql';
import { Async } from '../../components/Async';
import { RagBadge } from '../../components/Rag';
import { useI18n } from '../../i18n';
import { COMPONENT_NAMES } from '../../lib/names';
import { getRouteApi, Link } from '@tanstack/react-router';
import { can, useSession } from '../../lib/session';
import { AuditTrail } from '../audit/AuditTrail';
import { useQuery } from '../../lib/use-query';
import { useProgrammeOfPage } from '../dashboard/use-programme';
import { NpvDistributionCard } from '../realisation/NpvDistributionCard';
import { AdoptionCard } from '../realisation/AdoptionCard';
import { BudgetActualCard, CashFlowCard } from './CashFlowCard';
import { BenefitReportSection } from '../governance/BenefitReportSection';
import { Evidence } from '../governance/Evidence';
import { GatesSection } from '../governance/GatesSection';
import { OutlookCard } from '../governance/OutlookCard';
import { RiskRegister } from '../governance/RiskRegister';
import { StatusReportReview } from '../governance/StatusReportReview';

type Project = ProjectPageQuery['project'];

const route = getRouteApi('/_signedIn/projects/$projectId');

/** The page at /projects/<id>: a new project is a new page (its own state, from the top). */
export function ProjectRoutePage() {
  const { projectId } = route.useParams();
  return <ProjectPage key={projectId} id={projectId} />;
}

export function ProjectPage({ id }: { id: string }) {
  const state = useQuery(ProjectPageDocument, { id });
  return <Async state={state}>{(data) => <ProjectView data={data} reload={state.reload} />}</Async>;
}

function ProjectView({ data, reload }: { data: ProjectPageQuery; reload: () => void }) {
  const { t, format } = useI18n();
  const { project: p, businessCase: bc } = data;
  const currency = p.programme.currency;
  const session = useSession();
  useProgrammeOfPage(p.programme.id);
  const canEdit = can.editProjects(session, p.programme);
  const isOffice = can.createProjects(session, p.programme);
  return (
    <>
      <div className="page-head">
        <h1>
          <span className="code">{p.code}</span> {p.title}
        </h1>
        {canEdit && (
          <Link className="button" to="/projects/$projectId/edit" params={{ projectId: p.id }}>
            {t.project.edit}
          </Link>
        )}
      </div>
      {p.description && <p className="lead-text">{p.description}</p>}
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">{t.project.facts}</h2>
        <dl className="facts">
          <div>
            <dt>{t.project.programme}</dt>
            <dd>{p.programme.name}</dd>
          </div>
          <div>
            <dt>{t.project.track}</dt>
            <dd>{p.track?.name ?? t.common.none}</dd>
          </div>
          <div>
            <dt>{t.project.phase}</dt>
            <dd>{t.phases[p.phase]}</dd>
          </div>
          <div>
            <dt>{t.project.plannedPeriod}</dt>
            <dd>
              {format.date(p.plannedStart)} – {format.date(p.plannedEnd)}
            </dd>
          </div>
          <div>
            <dt>{t.project.forecastEnd}</dt>
            <dd>{format.date(p.forecastEnd)}</dd>
          </div>
          <div>
            <dt>{t.dashboard.budget}</dt>
            <dd>{format.money(p.budgetTotal, currency)}</dd>
          </div>
          <div>
            <dt>{t.dashboard.spent}</dt>
            <dd>{format.money(p.actualCostTotal, currency)}</dd>
          </div>
          <div>
            <dt>{t.project.lifeEvents}</dt>
            <dd>{p.lifeEvents.map((l) => t.lifeEvents[l]).join(', ') || t.common.none}</dd>
          </div>
          <div>
            <dt>{t.project.components}</dt>
            <dd>{p.commonComponents.map((c) => COMPONENT_NAMES[c]).join(', ') || t.common.none}</dd>
          </div>
        </dl>
      </section>
      <section className="card" aria-labelledby="business-case-title">
        <h2 id="business-case-title">{t.project.businessCase}</h2>
        <dl className="figures">
          <div data-figure="npv">
            <dt>{t.project.npv}</dt>
            <dd>{format.money(bc.npv, currency)}</dd>
          </div>
          <div>
            <dt>{t.project.netBenefit}</dt>
            <dd>{format.money(bc.netBenefit, currency)}</dd>
          </div>
          <div>
            <dt>{t.project.payback}</dt>
            <dd>{bc.paybackYear ?? t.project.paybackNever}</dd>
          </div>
          <div>
            <dt>{t.dashboard.realisationRate}</dt>
            <dd>{format.rate(bc.realisationRate)}</dd>
          </div>
          <div>
            <dt>{t.project.realisedNpv}</dt>
            <dd>{format.money(bc.realisedNpv, currency)}</dd>
          </div>
        </dl>
      </section>
      <div className="cards">
        <CashFlowCard businessCase={bc} currency={currency} />
        <BudgetActualCard businessCase={bc} currency={currency} />
        <NpvDistributionCard simulation={bc.simulation} currency={currency} />
      </div>
      <OutlookCard project={p} />
      <GatesSection project={p} canDecide={isOffice} canAttach={isOffice} onSaved={reload} />
      <RiskRegister project={p} canEdit={canEdit} onSaved={reload} />
      <Partners project={p} />
      <Benefits project={p} />
      <AdoptionCard project={p} />
      <Milestones project={p} />
      <Baselines project={p} />
      <StatusReports project={p} canEdit={canEdit} isOffice={isOffice} onSaved={reload} />
      {(p.phase === 'CLOSED' || p.benefitReport) && <BenefitReportSection project={p} canEdit={canEdit} onSaved={reload} />}
      {can.readAudit(session, p.programme.id) && <AuditTrail scope={{ projectId: p.id }} title={t.audit.projectTitle} />}
    </>
  );
}

function Partners({ project }: { project: Project }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="partners-title">
      <h2 id="partners-title">{t.project.partners}</h2>
      <TableScroll label={t.project.partners}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.project.organisation}</th>
              <th scope="col">{t.filters.sector}</th>
              <th scope="col">{t.project.roles}</th>
            </tr>
          </thead>
          <tbody>
            {project.participations.map((pa) => (
              <tr key={pa.id}>
                <td>{pa.organisation.name}</td>
                <td>{t.sectors[pa.organisation.sector]}</td>
                <td>{pa.roles.map((r) => t.roles[r]).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Benefits({ project }: { project: Project }) {
  const { t, format } = useI18n();
  const value = (unit: string, amount: string) =>
    unit === 'CURRENCY'
      ? format.money(amount, project.programme.currency)
      : `${format.number(amount, 2)} ${t.units[unit as keyof typeof t.units]}`;
  return (
    <section className="card" aria-labelledby="benefits-title">
      <h2 id="benefits-title">{t.project.benefits}</h2>
      {project.benefits.map((b) => {
        const adoptionYears = (b.adoption?.years ?? []).filter((y) => Number(y.expected) > 0 || Number(y.realised) > 0);
        const years = [
          ...new Set([
            ...b.targets.map((x) => x.fiscalYear),
            ...b.forecasts.map((x) => x.fiscalYear),
            ...b.measurements.map((m) => m.fiscalYear),
            ...adoptionYears.map((y) => y.fiscalYear),
          ]),
        ].sort();
        return (
          <div key={b.id} className="benefit">
            <h3>{b.title}</h3>
            <p className="meta">
              {t.benefitKinds[b.kind]} · {t.units[b.unit]} · {t.project.receiver}: {b.receiver.name}
              {b.process && ` · ${t.governance.process}: ${b.process}`}
              {b.perAdopter && ` · ${t.realisation.perAdopter}: ${value(b.unit, b.perAdopter)}`}
            </p>
            {b.overlaps.map((o) => (
              <p key={o.benefit.id} className="flag">
                ⚠{' '}
                <Link to="/projects/$projectId" params={{ projectId: o.benefit.project.id }} search={{ programme: project.programme.id }}>
                  {t.governance.overlapWarning(o.benefit.project.code, o.benefit.title, o.fiscalYears.join(', '))}
                </Link>
              </p>
            ))}
            <TableScroll label={b.title}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.common.year}</th>
                    <th scope="col" className="num">
                      {t.project.target}
                    </th>
                    <th scope="col" className="num">
                      {t.governance.forecast}
                    </th>
                    {b.adoption && (
                      <th scope="col" className="num">
                        {t.realisation.fromAdoption}
                      </th>
                    )}
                    <th scope="col" className="num">
                      {t.project.measured}
                    </th>
                    {b.adoption && (
                      <th scope="col" className="num">
                        {t.realisation.realisedFromAdoption}
                      </th>
                    )}
                    <th scope="col">{t.project.status}</th>
                    <th scope="col">{t.governance.evidence}</th>
                  </tr>
                </thead>
                <tbody>
                  {years.map((year) => {
                    const target = b.targets.find((x) => x.fiscalYear === year);
                    const measurement = b.measurements.find((m) => m.fiscalYear === year);
                    const forecast = b.forecasts.find((x) => x.fiscalYear === year);
                    const adopted = b.adoption?.years.find((x) => x.fiscalYear === year);
                    return (
                      <tr key={year}>
                        <th scope="row">{year}</th>
                        <td className="num">{target ? value(b.unit, target.value) : t.common.none}</td>
                        <td className="num">{forecast ? value(b.unit, forecast.value) : t.common.none}</td>
                        {b.adoption && <td className="num">{adopted ? value(b.unit, adopted.expected) : t.common.none}</td>}
                        <td className="num">{measurement ? value(b.unit, measurement.value) : t.common.none}</td>
                        {b.adoption && <td className="num">{adopted ? value(b.unit, adopted.realised) : t.common.none}</td>}
                        <td>{measurement ? t.measurementStatus[measurement.status] : t.project.noMeasurement}</td>
                        <td>
                          {measurement && measurement.attachments.length > 0 && (
                            <Evidence
                              kind="MEASUREMENT"
                              recordId={measurement.id}
                              label={`${b.title} ${year}`}
                              files={measurement.attachments}
                              canUpload={false}
                            />
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </div>
        );
      })}
    </section>
  );
}

function Milestones({ project }: { project: Project }) {
  const { t, format } = useI18n();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="card" aria-labelledby="milestones-title">
      <h2 id="milestones-title">{t.project.milestones}</h2>
      <TableScroll label={t.project.milestones}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.project.milestone}</th>
              <th scope="col">{t.project.baselineDate}</th>
              <th scope="col">{t.project.forecastDate}</th>
              <th scope="col">{t.project.actualDate}</th>
              <th scope="col" className="num">
                {t.project.daysLate}
              </th>
            </tr>
          </thead>
          <tbody>
            {project.milestones.map((m) => {
              const late = milestoneDaysLate(m, today);
              return (
                <tr key={m.id}>
                  <td>{m.title}</td>
                  <td>{format.date(m.baselineDate)}</td>
                  <td>{format.date(m.forecastDate)}</td>
                  <td>{format.date(m.actualDate)}</td>
                  <td className="num">{late ?? t.common.none}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Baselines({ project }: { project: Project }) {
  const { t, format } = useI18n();
  const numbers = project.baselines.map((b) => b.baselineNumber);
  const [from, setFrom] = useState(numbers.length > 1 ? numbers[numbers.length - 2]! : (numbers[0] ?? 1));
  const [to, setTo] = useState(numbers[numbers.length - 1] ?? 1);
  const diff = useQuery(BaselineDiffDocument, { projectId: project.id, fromNumber: from, toNumber: to }, numbers.length > 1);
  const currency = project.programme.currency;
  return (
    <section className="card" aria-labelledby="baselines-title">
      <h2 id="baselines-title">{t.project.baselines}</h2>
      {numbers.length === 0 ? (
        <p>{t.project.noBaseline}</p>
      ) : (
        <TableScroll label={t.project.baselines}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.project.baselineNumber}</th>
                <th scope="col">{t.project.approvedAt}</th>
                <th scope="col">{t.project.reason}</th>
                <th scope="col" className="num">
                  {t.project.totalCost}
                </th>
                <th scope="col">{t.project.endDate}</th>
              </tr>
            </thead>
            <tbody>
              {project.baselines.map((b) => (
                <tr key={b.id}>
                  <td>{b.baselineNumber}</td>
                  <td>{format.dateTime(b.approvedAt)}</td>
                  <td>{b.reason}</td>
                  <td className="num">{format.money(b.totalCost, currency)}</td>
                  <td>{format.date(b.endDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {numbers.length > 1 && (
        <>
          <div className="filters">
            <div className="field">
              <label htmlFor="diff-from">{t.project.from}</label>
              <select id="diff-from" value={from} onChange={(e) => setFrom(Number(e.target.value))}>
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="diff-to">{t.project.to}</label>
              <select id="diff-to" value={to} onChange={(e) => setTo(Number(e.target.value))}>
                {numbers.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <Async state={diff}>
            {({ baselineDiff: d }) => (
              <div className="diff">
                <h3>{t.project.diffTitle(d.fromNumber, d.toNumber)}</h3>
                <ul>
                  <li>
                    {t.project.totalCost}: {format.money(d.totalCost.from, currency)} → {format.money(d.totalCost.to, currency)} (
                    {t.project.change} {format.money(d.totalCost.change, currency)})
                  </li>
                  <li>
                    {t.project.endDate}: {format.date(d.endDate.from)} → {format.date(d.endDate.to)}
                    {d.endDate.days !== null ? ` (${d.endDate.days})` : ''}
                  </li>
                  {d.budgetLines.map((l) => (
                    <li key={`${l.fiscalYear}-${l.category}-${l.funderId}`}>
                      {t.dashboard.budget} {l.fiscalYear} {t.categories[l.category]}: {format.money(l.from, currency)} →{' '}
                      {format.money(l.to, currency)}
                    </li>
                  ))}
                  {d.milestones.map((m) => (
                    <li key={m.milestoneId}>
                      {m.title}: {format.date(m.from)} → {format.date(m.to)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </Async>
        </>
      )}
    </section>
  );
}

function StatusReports({
  project,
  canEdit,
  isOffice,
  onSaved,
}: {
  project: Project;
  canEdit: boolean;
  isOffice: boolean;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const light = (name: 'cost' | 'schedule' | 'benefit', l: Project['statusReports'][number]['cost']) => (
    <div>
      <RagBadge rag={l.effective} label={t.lights[name]} />
      {l.override && (
        <p className="meta">
          {t.project.computed}: {t.rag[l.computed]}; {t.project.overridden(t.rag[l.override], l.overrideReason ?? '')}
        </p>
      )}
    </div>
  );
  return (
    <section className="card" aria-labelledby="reports-title">
      <h2 id="reports-title">{t.project.statusReports}</h2>
      {project.statusReports.length === 0 ? (
        <p>{t.project.noReports}</p>
      ) : (
        <TableScroll label={t.project.statusReports}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.project.period}</th>
                <th scope="col">{t.project.state}</th>
                <th scope="col">{t.dashboard.lights}</th>
                <th scope="col">{t.project.selfAssessed}</th>
                <th scope="col">{t.governance.confidence}</th>
                <th scope="col">{t.office.narrative}</th>
              </tr>
            </thead>
            <tbody>
              {project.statusReports.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">{r.period}</td>
                  <td>
                    {t.reportStates[r.state]}
                    {r.returnReason ? `: ${r.returnReason}` : ''}
                  </td>
                  <td className="lights">
                    {light('cost', r.cost)}
                    {light('schedule', r.schedule)}
                    {light('benefit', r.benefit)}
                  </td>
                  <td>
                    <RagBadge rag={r.selfAssessedRag} />
                  </td>
                  <td>
                    <ConfidenceBadges report={r} />
                  </td>
                  <td>
                    {r.narrative}
                    <ReportDetails report={r} />
                    <Evidence
                      kind="STATUS_REPORT"
                      recordId={r.id}
                      label={`${t.project.statusReports} ${r.period}`}
                      files={r.attachments}
                      canUpload={canEdit && r.state !== 'APPROVED'}
                      onUploaded={onSaved}
                    />
                    {isOffice && r.state === 'SUBMITTED' && <StatusReportReview report={r} onSaved={onSaved} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function ConfidenceBadges({ report }: { report: Project['statusReports'][number] }) {
  const { t } = useI18n();
  const show = (c: typeof report.deliveryConfidence) => (c ? t.governance.confidences[c] : t.governance.notRated);
  return (
    <dl className="confidence">
      <div>
        <dt>{t.governance.own}</dt>
        <dd className={`confidence-${(report.deliveryConfidence ?? 'none').toLowerCase()}`}>{show(report.deliveryConfidence)}</dd>
      </div>
      {report.deliveryConfidenceComment && (
        <div>
          <dt className="visually-hidden">{t.governance.deliveryConfidenceComment}</dt>
          <dd className="meta">{report.deliveryConfidenceComment}</dd>
        </div>
      )}
      <div>
        <dt>{t.governance.office}</dt>
        <dd className={`confidence-${(report.officeConfidence ?? 'none').toLowerCase()}`}>{show(report.officeConfidence)}</dd>
      </div>
      {report.officeConfidenceComment && (
        <div>
          <dt className="visually-hidden">{t.governance.comment}</dt>
          <dd className="meta">{report.officeConfidenceComment}</dd>
        </div>
      )}
    </dl>
  );
}

/** What was explained and which risks were open when the report was submitted. */
function ReportDetails({ report }: { report: Project['statusReports'][number] }) {
  const { t } = useI18n();
  const explanations = [
    ['COST', report.costVarianceExplanation],
    ['SCHEDULE', report.scheduleVarianceExplanation],
    ['BENEFIT', report.benefitVarianceExplanation],
  ] as const;
  const given = explanations.filter(([, text]) => text);
  return (
    <>
      {given.length > 0 && (
        <dl className="explanations">
          {given.map(([dimension, text]) => (
            <div key={dimension}>
              <dt>{t.governance.varianceExplanation(t.governance.dimensions[dimension])}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      )}
      {report.riskSnapshot && report.riskSnapshot.length > 0 && (
        <p className="meta">
          {t.governance.snapshotRisks}:{' '}
          {report.riskSnapshot.map((r) => `${r.title} (${r.score}${r.residualScore !== null ? ` → ${r.residualScore}` : ''})`).join('; ')}
        </p>
      )}
    </>
  );
}

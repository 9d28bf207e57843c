import { COMPONENT_NAMES, Decimal, ENUM_LABELS, type EnumLabels, type Rag, utcMidnight } from '@tvaers/domain';
import type { ProjectFiguresModel } from '../portfolio/portfolio.model.js';
import type { NpvSimulationModel } from '../simulation/simulation.model.js';
import type { BriefingData, BriefingProjectDetail } from './briefing-data.js';
import { BriefingDocument, FONT, type Struct, type TableCell } from './briefing-document.js';
import { cashFlowLines, groupedBars, stackedLights } from './briefing-charts.js';
import { BRIEFING_LABELS, type BriefingLanguage, type BriefingTexts } from './briefing-labels.js';
import type { ExportStream } from './export-metadata.js';

// The politicians' briefing as a publication: title page with contents, the portfolio overview
// (attention list first), one table of every project, then a page per project. Figures are the API's
// (the dashboard's summary with the same filter), formatted to the krone.

const PLANNED = '#0b5394';
const REALISED = '#2e7d32';
const HARVESTED = '#7b3f99';

class Formats {
  readonly labels: EnumLabels;
  constructor(
    readonly t: BriefingTexts,
    language: BriefingLanguage,
    private readonly currency: string,
  ) {
    this.labels = ENUM_LABELS[language];
  }

  money = (amount: string | number): string =>
    new Intl.NumberFormat(this.t.locale, { style: 'currency', currency: this.currency, maximumFractionDigits: 0 }).format(
      amount as Intl.StringNumericLiteral,
    );

  /** Short amounts for chart labels and axes: "38 mio.", "1,2 mia.". */
  compact = (amount: number): string =>
    new Intl.NumberFormat(this.t.locale, { notation: 'compact', maximumSignificantDigits: 2 }).format(amount);

  quantity = (value: string | null): string =>
    value === null ? '–' : new Intl.NumberFormat(this.t.locale, { maximumFractionDigits: 2 }).format(value as Intl.StringNumericLiteral);

  rate = (value: string | null): string =>
    value === null
      ? '–'
      : new Intl.NumberFormat(this.t.locale, { style: 'percent', maximumFractionDigits: 1 }).format(value as Intl.StringNumericLiteral);

  date = (value: string | null): string =>
    value === null ? '–' : new Intl.DateTimeFormat(this.t.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcMidnight(value));

  time = (value: Date, timeZone: string): string =>
    new Intl.DateTimeFormat(this.t.locale, { dateStyle: 'long', timeStyle: 'long', timeZone }).format(value);

  /** A signed change, or a dash without a previous value. */
  change = (now: string | null, before: string | null | undefined, as: (v: string) => string): string => {
    if (now === null || before === null || before === undefined) return '–';
    const delta = new Decimal(now).minus(before);
    return `${delta.isPositive() && !delta.isZero() ? '+' : ''}${as(delta.toString())}`;
  };

  light = (rag: Rag): TableCell => ({ rag, text: this.labels.rag[rag] });
}

export async function writeBriefing(out: ExportStream, data: BriefingData, language: BriefingLanguage): Promise<void> {
  const t = BRIEFING_LABELS[language];
  const f = new Formats(t, language, data.programme.currency);
  const title = `${t.title}: ${data.programme.name}`;
  const pdf = new BriefingDocument(out, { title, subject: t.title, lang: t.locale });
  try {
    await writePages(pdf, data, f);
  } catch (error) {
    pdf.abort();
    throw error;
  }
}

async function writePages(pdf: BriefingDocument, data: BriefingData, f: Formats): Promise<void> {
  const { t } = f;
  const contents = titlePage(pdf, data, f);
  const starts: [string, number][] = [];
  const startSection = (name: string) => starts.push([name, pdf.doc.bufferedPageRange().count]);

  pdf.newPage();
  startSection(t.overview);
  overview(pdf, data, f);

  pdf.newPage('landscape');
  startSection(t.projectTable);
  projectTable(pdf, data, f);

  const pages = pdf.section();
  data.summary.projects.forEach((project, i) => {
    pdf.newPage('portrait');
    if (i === 0) {
      startSection(t.projectPages);
      pdf.heading(pages, 1, t.projectPages);
    }
    projectPage(pdf, pages, project, data, f);
  });
  pages.end();

  fillContents(pdf, contents, starts);
  const header = [t.title, data.programme.name, data.period].filter(Boolean).join(' · ');
  await pdf.end(header, t.page);
}

/** The title page; returns where the contents list goes once the sections' pages are known. */
function titlePage(pdf: BriefingDocument, data: BriefingData, f: Formats): { front: Struct; toc: Struct; y: number } {
  const { t } = f;
  const front = pdf.section();
  pdf.doc.y = 150;
  pdf.heading(front, 1, t.title);
  pdf.paragraph(front, data.programme.name, { size: 16, bold: true });
  pdf.doc.moveDown(1);
  const timeZone = data.programme.currency === 'NOK' ? 'Europe/Oslo' : data.programme.currency === 'DKK' ? 'Europe/Copenhagen' : 'UTC';
  pdf.facts(front, [
    [t.reportingPeriod, data.period ?? t.noPeriod],
    [t.dataAsOf, f.time(data.dataAsOf, timeZone)],
    [t.generatedBy, `${data.generatedBy}, ${f.time(data.generatedAt, timeZone)}`],
    [t.filters, filterText(data, f)],
  ]);
  pdf.doc.moveDown(1);
  pdf.heading(front, 2, t.contents);
  const toc = pdf.doc.struct('TOC');
  front.add(toc);
  return { front, toc, y: pdf.doc.y };
}

function fillContents(pdf: BriefingDocument, contents: { front: Struct; toc: Struct; y: number }, starts: [string, number][]): void {
  pdf.doc.switchToPage(0);
  pdf.doc.y = contents.y;
  for (const [name, page] of starts) {
    const y = pdf.doc.y;
    contents.toc.add(
      pdf.doc.struct('TOCI', {}, () => {
        pdf.doc
          .font(FONT.regular)
          .fontSize(11)
          .text(name, pdf.left, y, { width: pdf.width - 60 });
        pdf.doc.text(String(page), pdf.left + pdf.width - 60, y, { width: 60, align: 'right' });
      }),
    );
    pdf.doc.y = y + 18;
  }
  contents.toc.end();
  contents.front.end();
}

/** Which filters the briefing honours, in words: the dashboard's filter as the title page names it. */
function filterText(data: BriefingData, f: Formats): string {
  const { t, labels } = f;
  const filter = data.filter;
  const parts: string[] = [];
  const add = (name: string, values: string[] | undefined) => values?.length && parts.push(`${name}: ${values.join(', ')}`);
  add(
    t.filterNames.track,
    filter.trackIds?.map((id) => data.tracks.get(id) ?? id),
  );
  add(
    t.filterNames.phase,
    filter.phases?.map((p) => labels.phase[p]),
  );
  add(
    t.filterNames.sector,
    filter.partnerSectors?.map((s) => labels.sector[s]),
  );
  add(
    t.filterNames.lifeEvent,
    filter.lifeEvents?.map((e) => labels.lifeEvent[e]),
  );
  add(
    t.filterNames.component,
    filter.commonComponents?.map((c) => COMPONENT_NAMES[c]),
  );
  if (filter.search) parts.push(`${t.filterNames.search}: “${filter.search}”`);
  return parts.length ? parts.join('; ') : t.noFilters;
}

function filtered(data: BriefingData): boolean {
  return Object.values(data.filter).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));
}

function attentionReasons(p: ProjectFiguresModel, data: BriefingData, f: Formats): string[] {
  const { t } = f;
  const reasons: string[] = [];
  if (p.costRag === 'RED') reasons.push(t.redIn(t.cost.toLocaleLowerCase(t.locale)));
  if (p.scheduleRag === 'RED') reasons.push(t.redIn(t.schedule.toLocaleLowerCase(t.locale)));
  if (p.benefitRag === 'RED') reasons.push(t.redIn(t.benefit.toLocaleLowerCase(t.locale)));
  if (p.realisationRate !== null && new Decimal(p.realisationRate).lessThan(data.programme.benefitAmberRate)) {
    reasons.push(t.realisationBelow(f.rate(p.realisationRate), f.rate(data.programme.benefitAmberRate)));
  }
  return reasons;
}

function overview(pdf: BriefingDocument, data: BriefingData, f: Formats): void {
  const { t } = f;
  const s = data.summary;
  const section = pdf.section();
  pdf.heading(section, 1, t.overview);

  pdf.heading(section, 2, t.attention);
  const attention = s.projects
    .map((p) => ({ p, reasons: attentionReasons(p, data, f) }))
    .filter((a) => a.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || a.p.code.localeCompare(b.p.code));
  if (attention.length === 0) pdf.paragraph(section, t.noAttention);
  else
    pdf.table(
      section,
      [
        { header: t.code, width: 1 },
        { header: t.projectTitle, width: 3.2 },
        { header: t.reason, width: 4 },
      ],
      attention.map(({ p, reasons }) => [p.code, p.title, sentence(reasons.join('; '), t.locale)]),
    );

  pdf.heading(section, 2, t.keyFigures);
  const previous = filtered(data) ? null : data.previous;
  const before = previous?.totals;
  const rows: [string, string | null, string | null | undefined, (v: string) => string][] = [
    [t.envelope, s.fundingEnvelope, undefined, f.money],
    [t.budget, s.totalBudget, before?.budget, f.money],
    [t.baseline, s.baselineCost, undefined, f.money],
    [t.spent, s.actualCost, before?.actualCost, f.money],
    [t.planned, s.plannedBenefit, before?.plannedBenefit, f.money],
    [t.realised, s.realisedBenefit, before?.realisedBenefit, f.money],
    [t.harvested, s.harvestedBenefit, before?.harvestedBenefit, f.money],
    [t.realisation, s.realisationRate, before?.realisationRate, f.rate],
    [t.harvestRate, s.harvestRate, undefined, f.rate],
  ];
  const columns = [
    { header: t.figure, width: 3 },
    { header: t.value, width: 2, align: 'right' as const },
    ...(previous ? [{ header: t.changeSince(previous.period), width: 2, align: 'right' as const }] : []),
  ];
  pdf.table(
    section,
    columns,
    rows.map(([name, now, was, as]) => [name, now === null ? '–' : as(now), ...(previous ? [f.change(now, was, as)] : [])]),
    9,
  );
  if (filtered(data)) pdf.paragraph(section, t.changeNeedsWholeProgramme, { size: 8, colour: '#52606d' });
  else if (!previous) pdf.paragraph(section, t.noPrevious, { size: 8, colour: '#52606d' });
  if (data.simulations.portfolio) {
    const sim = data.simulations.portfolio;
    pdf.facts(
      section,
      [
        [t.portfolioPaybackProbability, f.rate(sim.probabilityPositive)],
        [t.npvRange, npvRange(sim, f)],
      ],
      9,
    );
    pdf.paragraph(section, t.simulationNote(sim.iterations), { size: 7.5, colour: '#52606d' });
  }

  pdf.heading(section, 2, t.benefitsByYear);
  const years = s.years.map((y) => String(y.fiscalYear));
  const series = [
    { name: t.planned, colour: PLANNED, values: s.years.map((y) => Number(y.plannedBenefit)) },
    { name: t.realised, colour: REALISED, values: s.years.map((y) => Number(y.realisedBenefit)) },
    { name: t.harvested, colour: HARVESTED, values: s.years.map((y) => Number(y.harvestedBenefit)) },
  ];
  const yearsAlt = s.years
    .map((y) => `${y.fiscalYear}: ${f.money(y.plannedBenefit)} / ${f.money(y.realisedBenefit)} / ${f.money(y.harvestedBenefit)}`)
    .join('; ');
  pdf.figure(section, t.benefitsChartAlt(yearsAlt), 170, (box) => groupedBars(pdf.doc, box, years, series, f.compact));

  pdf.heading(section, 2, t.lights);
  const dimensions = [
    { name: t.cost, counts: s.lights.cost },
    { name: t.schedule, counts: s.lights.schedule },
    { name: t.benefit, counts: s.lights.benefit },
  ];
  const lightsAlt = dimensions.map((d) => `${d.name}: ${d.counts.map((c) => `${f.labels.rag[c.rag]} ${c.count}`).join(', ')}`).join('; ');
  pdf.figure(section, t.lightsChartAlt(lightsAlt), 86, (box) => stackedLights(pdf.doc, box, dimensions, f.labels.rag));

  pdf.heading(section, 2, t.byTrack);
  pdf.table(
    section,
    [
      { header: t.track, width: 3 },
      { header: t.projectsCount, width: 1, align: 'right' },
      { header: t.budget, width: 2, align: 'right' },
      { header: t.spent, width: 2, align: 'right' },
      { header: t.npv, width: 2, align: 'right' },
    ],
    s.tracks.map((tr) => [tr.name ?? t.noTrack, String(tr.projects), f.money(tr.budget), f.money(tr.actualCost), f.money(tr.npv)]),
  );

  pdf.heading(section, 2, t.bySector);
  pdf.table(
    section,
    [
      { header: t.sector, width: 2.4 },
      { header: t.organisations, width: 1.9, align: 'right' },
      { header: t.projectsCount, width: 1.3, align: 'right' },
      { header: t.budget, width: 2, align: 'right' },
      { header: t.spent, width: 2, align: 'right' },
      { header: t.planned, width: 2.2, align: 'right' },
    ],
    s.sectors.map((x) => [
      f.labels.sector[x.sector],
      String(x.organisations),
      String(x.projects),
      f.money(x.budget),
      f.money(x.actualCost),
      f.money(x.plannedBenefitReceived),
    ]),
  );

  pdf.heading(section, 2, t.wrongPocket);
  const sectorName = (key: string, label: string) => (f.labels.sector as Record<string, string>)[key] ?? label;
  const cells = data.wrongPocket.cells.filter((c) => !new Decimal(c.amount).isZero());
  if (cells.length === 0) pdf.paragraph(section, t.noWrongPocket);
  else
    pdf.table(
      section,
      [
        { header: t.payer, width: 3 },
        { header: t.receiver, width: 3 },
        { header: t.amount, width: 2, align: 'right' },
      ],
      cells.map((c) => [sectorName(c.payerKey, c.payerLabel), sectorName(c.receiverKey, c.receiverLabel), f.money(c.amount)]),
    );
  section.end();
}

function sentence(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function npvRange(sim: NpvSimulationModel | undefined, f: Formats): string {
  return sim && sim.uncertainLines > 0 ? `${f.money(sim.p10)} / ${f.money(sim.p50)} / ${f.money(sim.p90)}` : f.t.noRanges;
}

function projectTable(pdf: BriefingDocument, data: BriefingData, f: Formats): void {
  const { t } = f;
  const section = pdf.section();
  pdf.heading(section, 1, t.projectTable);
  if (data.summary.projects.length === 0) {
    pdf.paragraph(section, t.noProjects);
    section.end();
    return;
  }
  pdf.table(
    section,
    [
      { header: t.code, width: 0.9 },
      { header: t.projectTitle, width: 3.1 },
      { header: t.phase, width: 1.3 },
      { header: t.budget, width: 1.5, align: 'right' },
      { header: t.spent, width: 1.5, align: 'right' },
      { header: t.npv, width: 1.5, align: 'right' },
      { header: t.payback, width: 1.1, align: 'right' },
      { header: t.realisation, width: 1.1, align: 'right' },
      { header: t.cost, width: 1 },
      { header: t.schedule, width: 1 },
      { header: t.benefit, width: 1 },
      { header: t.ownRating, width: 1.1 },
    ],
    data.summary.projects.map((p) => {
      const confidence = data.details.get(p.projectId)?.report?.deliveryConfidence ?? null;
      return [
        p.code,
        p.title,
        f.labels.phase[p.phase],
        f.money(p.budget),
        f.money(p.actualCost),
        f.money(p.npv),
        p.paybackYear === null ? t.never : String(p.paybackYear),
        f.rate(p.realisationRate),
        f.light(p.costRag),
        f.light(p.scheduleRag),
        f.light(p.benefitRag),
        confidence ? f.labels.confidence[confidence] : t.notRated,
      ];
    }),
    7.5,
  );
  section.end();
}

function projectPage(pdf: BriefingDocument, parent: Struct, p: ProjectFiguresModel, data: BriefingData, f: Formats): void {
  const { t } = f;
  const detail: BriefingProjectDetail = data.details.get(p.projectId) ?? {
    years: [],
    partners: [],
    milestones: [],
    benefits: [],
    report: null,
    topRisks: [],
  };
  const section = pdf.section(parent);
  pdf.heading(section, 2, `${p.code} ${p.title}`);

  const simulation = data.simulations.projects.get(p.projectId);
  pdf.facts(
    section,
    [
      [t.phase, f.labels.phase[p.phase]],
      [t.track, p.trackId ? (data.tracks.get(p.trackId) ?? '–') : t.noTrack],
      [t.start, f.date(p.startDate)],
      [t.baselineEnd, f.date(p.baselineEnd)],
      [t.forecastEnd, f.date(p.forecastEnd)],
      ...(p.actualEnd ? [[t.actualEnd, f.date(p.actualEnd)] as [string, string]] : []),
      [`${t.budget} / ${t.spent}`, `${f.money(p.budget)} / ${f.money(p.actualCost)}`],
      [t.npv, f.money(p.npv)],
      [t.payback, p.paybackYear === null ? t.never : String(p.paybackYear)],
      [t.paybackProbability, f.rate(simulation?.probabilityPositive ?? null)],
      [t.npvRange, npvRange(simulation, f)],
      [t.realisation, f.rate(p.realisationRate)],
    ],
    8.5,
    2,
  );
  pdf.table(
    section,
    [
      { header: t.cost, width: 1 },
      { header: t.schedule, width: 1 },
      { header: t.benefit, width: 1 },
      { header: t.ownRating, width: 1 },
    ],
    [
      [
        f.light(p.costRag),
        f.light(p.scheduleRag),
        f.light(p.benefitRag),
        detail.report?.deliveryConfidence ? f.labels.confidence[detail.report.deliveryConfidence] : t.notRated,
      ],
    ],
  );

  pdf.heading(section, 3, t.partners);
  if (detail.partners.length === 0) pdf.paragraph(section, t.noPartners);
  else
    pdf.facts(
      section,
      detail.partners.map((x) => [
        x.name,
        `${f.labels.sector[x.sector]}: ${x.roles.map((r) => (f.labels.role as Record<string, string>)[r] ?? r).join(', ')}`,
      ]),
      8,
      2,
    );

  cashFlow(pdf, section, p, detail, data, f);

  const years = detail.years.map((y) => String(y.fiscalYear));
  if (years.length) {
    pdf.heading(section, 3, t.budgetVsSpent);
    const yearColumns = years.map((year) => ({ header: year, width: 1.4, align: 'right' as const }));
    pdf.table(
      section,
      [{ header: '', width: 2 }, ...yearColumns],
      [
        [t.budget, ...detail.years.map((y) => f.money(y.plannedCost))],
        [t.spent, ...detail.years.map((y) => f.money(y.actualCost))],
        [t.planned, ...detail.years.map((y) => f.money(y.plannedBenefit))],
        [t.realised, ...detail.years.map((y) => f.money(y.realisedBenefit))],
      ],
      8,
    );
  }

  pdf.heading(section, 3, t.benefits);
  if (detail.benefits.length === 0) pdf.paragraph(section, t.noBenefits);
  else {
    const benefitYears = [...new Set(detail.benefits.flatMap((b) => b.years.map((y) => y.fiscalYear)))].sort();
    pdf.paragraph(section, t.benefitCells, { size: 8, colour: '#52606d' });
    pdf.table(
      section,
      [
        { header: t.benefitName, width: 2.4 },
        { header: t.unit, width: 0.9 },
        ...benefitYears.map((year) => ({ header: String(year), width: 1.6, align: 'right' as const })),
      ],
      detail.benefits.map((b) => [
        b.title,
        (f.labels.unit as Record<string, string>)[b.unit] ?? b.unit,
        ...benefitYears.map((year) => {
          const y = b.years.find((x) => x.fiscalYear === year);
          return y ? `${f.quantity(y.target)} / ${f.quantity(y.forecast)} / ${f.quantity(y.measured)}` : '–';
        }),
      ]),
      7.5,
    );
  }

  pdf.heading(section, 3, t.milestones);
  if (detail.milestones.length === 0) pdf.paragraph(section, t.noMilestones);
  else
    pdf.table(
      section,
      [
        { header: t.milestone, width: 4 },
        { header: t.baselineDate, width: 1.5 },
        { header: t.expectedDate, width: 1.5 },
        { header: t.daysLate, width: 1.2, align: 'right' },
      ],
      detail.milestones.map((m) => [
        m.title,
        f.date(m.baselineDate),
        f.date(m.actualDate ?? m.forecastDate),
        m.daysLate === null ? '–' : String(m.daysLate),
      ]),
      8,
    );

  const report = detail.report;
  if (!report) pdf.paragraph(section, t.noApprovedReport);
  else {
    pdf.heading(section, 3, t.latestReport(report.period));
    pdf.paragraph(section, report.narrative.trim() || '–', { size: 9 });
  }
  pdf.heading(section, 3, t.topRisks);
  if (detail.topRisks.length === 0) pdf.paragraph(section, t.noRisks);
  else
    pdf.table(
      section,
      [
        { header: t.risk, width: 5 },
        { header: t.score, width: 1.2, align: 'right' },
        { header: t.owner, width: 2 },
      ],
      detail.topRisks.map((r) => [r.title, r.residualScore === null ? String(r.score) : `${r.residualScore} (${r.score})`, r.owner]),
      8,
    );
  section.end();
}

/** Cumulative planned net cash flow for every year, realised up to the as-of year, payback marked. */
function cashFlow(
  pdf: BriefingDocument,
  section: Struct,
  p: ProjectFiguresModel,
  detail: BriefingProjectDetail,
  data: BriefingData,
  f: Formats,
): void {
  const { t } = f;
  if (detail.years.length === 0) return;
  pdf.heading(section, 3, t.cashFlow);
  let planned = new Decimal(0);
  let realised = new Decimal(0);
  const points = detail.years.map((y) => {
    planned = planned.plus(y.plannedBenefit).minus(y.plannedCost);
    realised = realised.plus(y.realisedBenefit).minus(y.actualCost);
    return {
      year: y.fiscalYear,
      planned: planned.toString(),
      realised: y.fiscalYear <= data.summary.asOfYear ? realised.toString() : null,
    };
  });
  const alt = t.cashFlowAlt(
    p.paybackYear === null ? t.never : String(p.paybackYear),
    points.map((x) => `${x.year}: ${f.money(x.planned)}${x.realised === null ? '' : ` / ${f.money(x.realised)}`}`).join('; '),
  );
  pdf.figure(section, alt, 92, (box) =>
    cashFlowLines(
      pdf.doc,
      box,
      points.map((x) => x.year),
      [
        { name: t.plannedNet, colour: PLANNED, values: points.map((x) => Number(x.planned)), dashed: true },
        { name: t.realisedNet, colour: REALISED, values: points.map((x) => (x.realised === null ? null : Number(x.realised))) },
      ],
      p.paybackYear === null ? null : { year: p.paybackYear, label: t.paybackMark },
      f.compact,
    ),
  );
}

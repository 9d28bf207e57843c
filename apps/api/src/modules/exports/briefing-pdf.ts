import { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { PortfolioSummaryModel } from '../portfolio/portfolio.model.js';
import type { NpvSimulationModel } from '../simulation/simulation.model.js';
import { BRIEFING_LABELS, type BriefingLanguage } from './briefing-labels.js';
import type { ExportStream } from './export-metadata.js';

// The politicians' briefing: a summary page (key figures, benefits per year as bars, lights) and one
// page per project. Drawn with PDFKit's standard Helvetica (WinAnsi covers æ, ø, å), streamed.

const RAG_FILL: Record<string, string> = { GREEN: '#2e7d32', AMBER: '#b26a00', RED: '#c62828', GREY: '#6b7280' };

/** The risk-adjusted business case: the portfolio's and each project's simulation (by project id). */
export interface BriefingSimulations {
  portfolio: NpvSimulationModel;
  projects: Map<string, NpvSimulationModel>;
}

export async function writeBriefing(
  out: ExportStream,
  programmeName: string,
  summary: PortfolioSummaryModel,
  language: BriefingLanguage,
  simulations: BriefingSimulations,
): Promise<void> {
  const l = BRIEFING_LABELS[language];
  const money = (amount: string) =>
    new Intl.NumberFormat(l.locale, { style: 'currency', currency: summary.currency, maximumFractionDigits: 0 }).format(
      amount as Intl.StringNumericLiteral,
    );
  const rate = (value: string | null) =>
    value === null
      ? '–'
      : new Intl.NumberFormat(l.locale, { style: 'percent', maximumFractionDigits: 1 }).format(value as Intl.StringNumericLiteral);
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${l.title}: ${programmeName}`, Author: 'Tværs' } });
  const finished = new Promise<void>((resolve, reject) => {
    doc.pipe(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          out.writeBytes(chunk).then(() => done(), done);
        },
        final(done) {
          resolve();
          done();
        },
      }),
    );
    doc.on('error', reject);
  });

  doc.fontSize(20).font('Helvetica-Bold').text(l.title);
  doc.fontSize(14).font('Helvetica').text(programmeName);
  doc.fontSize(10).fillColor('#4a5561').text(`${l.asOf} ${summary.asOfYear}`).fillColor('black').moveDown();
  const figures: [string, string][] = [
    [l.envelope, money(summary.fundingEnvelope)],
    [l.budget, money(summary.totalBudget)],
    [l.spent, money(summary.actualCost)],
    [l.planned, money(summary.plannedBenefit)],
    [l.realised, money(summary.realisedBenefit)],
    [l.realisation, rate(summary.realisationRate)],
  ];
  for (const [label, value] of figures)
    doc.fontSize(11).font('Helvetica').text(`${label}: `, { continued: true }).font('Helvetica-Bold').text(value);
  // What the three-point estimates say about the whole portfolio.
  const uncertainty = (s: NpvSimulationModel | undefined): [string, string][] =>
    s && s.uncertainLines > 0 ? [[l.npvRange, `${money(s.p10)} / ${money(s.p50)} / ${money(s.p90)}`]] : [[l.npvRange, l.noRanges]];
  doc
    .text(`${l.portfolioPaybackProbability}: `, { continued: true })
    .font('Helvetica-Bold')
    .text(rate(simulations.portfolio.probabilityPositive))
    .font('Helvetica');
  for (const [label, value] of uncertainty(simulations.portfolio))
    doc.text(`${label}: `, { continued: true }).font('Helvetica-Bold').text(value).font('Helvetica');
  doc.fontSize(8).fillColor('#4a5561').text(l.simulationNote(simulations.portfolio.iterations)).fillColor('black');
  doc.moveDown();

  // Benefits per fiscal year: pairs of bars scaled to the largest amount, labelled with the year.
  doc.font('Helvetica-Bold').fontSize(12).text(l.benefitsByYear);
  const top = doc.y + 10;
  const height = 140;
  const largest = Math.max(1, ...summary.years.flatMap((y) => [Number(y.plannedBenefit), Number(y.realisedBenefit)]));
  summary.years.forEach((y, i) => {
    const x = 60 + i * 80;
    const planned = (Number(y.plannedBenefit) / largest) * height;
    const realised = (Number(y.realisedBenefit) / largest) * height;
    doc.rect(x, top + height - planned, 25, planned).fill('#0b5394');
    doc.rect(x + 28, top + height - realised, 25, realised).fill('#2e7d32');
    doc
      .fillColor('black')
      .font('Helvetica')
      .fontSize(9)
      .text(String(y.fiscalYear), x, top + height + 4, { width: 55, align: 'center' });
  });
  doc.y = top + height + 24;
  doc.x = 50;

  doc.font('Helvetica-Bold').fontSize(12).text(l.lights);
  for (const [name, counts] of [
    [l.cost, summary.lights.cost],
    [l.schedule, summary.lights.schedule],
    [l.benefit, summary.lights.benefit],
  ] as const) {
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(`${name}: ${counts.map((c) => `${l.rag[c.rag]} ${c.count}`).join(', ')}`);
  }

  // Both delivery-confidence ratings side by side, then where they disagree: the early warning.
  doc.moveDown(0.5).font('Helvetica-Bold').fontSize(12).text(l.confidence);
  const confidenceName = (c: string | null) => (c ? (l.confidenceNames[c] ?? c) : l.notRated);
  for (const [name, counts] of [
    [l.own, summary.confidence.own],
    [l.office, summary.confidence.office],
  ] as const) {
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(
        `${name}: ${counts
          .filter((c) => c.count > 0)
          .map((c) => `${confidenceName(c.confidence)} ${c.count}`)
          .join(', ')}`,
      );
  }
  if (summary.confidence.disagreements.length) {
    doc.font('Helvetica-Bold').fontSize(10).text(l.disagreements);
    for (const d of summary.confidence.disagreements) {
      doc
        .font('Helvetica')
        .fontSize(9)
        .text(`${d.code} ${d.title} (${d.period}): ${l.own} ${confidenceName(d.own)}, ${l.office} ${confidenceName(d.office)}`);
    }
  }
  const severe = summary.riskMatrix.filter((c) => c.probability * c.impact >= 15).reduce((n, c) => n + c.count, 0);
  doc.moveDown(0.5).font('Helvetica').fontSize(10).text(`${l.risks}: ${severe}`);
  if (summary.overdueBenefitReports.length) {
    doc.text(`${l.overdueBenefitReports}: ${summary.overdueBenefitReports.map((r) => r.code).join(', ')}`);
  }

  const ratings = new Map(summary.confidence.ratings.map((r) => [r.projectId, r]));
  for (const p of summary.projects) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(16).text(`${p.code} ${p.title}`);
    doc
      .font('Helvetica')
      .fontSize(11)
      .text(`${l.phase}: ${l.phases[p.phase] ?? p.phase}`)
      .moveDown(0.5);
    for (const [label, value] of [
      [l.budget, money(p.budget)],
      [l.spent, money(p.actualCost)],
      [l.npv, money(p.npv)],
      [l.payback, p.paybackYear === null ? l.never : String(p.paybackYear)],
      [l.paybackProbability, rate(simulations.projects.get(p.projectId)?.probabilityPositive ?? null)],
      ...uncertainty(simulations.projects.get(p.projectId)),
      [l.realisation, rate(p.realisationRate)],
    ] as const) {
      doc.text(`${label}: `, { continued: true }).font('Helvetica-Bold').text(value).font('Helvetica');
    }
    doc.moveDown(0.5);
    for (const [label, rag] of [
      [l.cost, p.costRag],
      [l.schedule, p.scheduleRag],
      [l.benefit, p.benefitRag],
    ] as const) {
      const y = doc.y;
      doc.circle(58, y + 6, 5).fill(RAG_FILL[rag] ?? '#6b7280');
      doc.fillColor('black').text(`${label}: ${l.rag[rag]}`, 70, y);
    }
    doc.x = 50;
    const rating = ratings.get(p.projectId);
    if (rating) {
      doc
        .moveDown(0.5)
        .text(`${l.confidence} (${rating.period}): `, { continued: true })
        .font('Helvetica-Bold')
        .text(`${confidenceName(rating.own)} / ${confidenceName(rating.office)}`)
        .font('Helvetica');
    }
  }
  doc.end();
  await finished;
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Answer } from '../../../../test/answer.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// The politicians' briefing read back as a reader would: pdftotext for the words and figures, pdfinfo
// and the file's own structure for the tags, compared with what the API answers.

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const ci = process.env.CI === 'true' || process.env.CI === '1';
const poppler = hasPoppler || ci ? it : it.skip;

interface ProjectRow {
  projectId: string;
  code: string;
  title: string;
  budget: string;
  actualCost: string;
  npv: string;
}

describe('PDF briefing for politicians', () => {
  let app: TestApp;
  let token: string;
  let dk: { id: string };
  let folder: string;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    token = (await app.as('VIEWER')).token;
    const { programmes } = await app.ok(`{ programmes { id currency } }`);
    dk = programmes.find((p: Answer) => p.currency === 'DKK');
    folder = mkdtempSync(path.join(os.tmpdir(), 'briefing-'));
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await app.close();
  });

  const briefing = async (query: string) => {
    const response = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/portfolio.pdf?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    return Buffer.from(await response.arrayBuffer());
  };
  const saved = (name: string, pdf: Buffer) => {
    const file = path.join(folder, name);
    writeFileSync(file, pdf);
    return file;
  };
  const text = (file: string, first?: number, last?: number) =>
    spawnSync('pdftotext', ['-layout', ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), file, '-'], {
      encoding: 'utf8',
    }).stdout.replace(/\u00a0|\u202f/g, ' ');
  const money = (amount: string) =>
    new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 })
      .format(amount as Intl.StringNumericLiteral)
      .replace(/\u00a0/g, ' ');
  const summaryOf = async (filter?: Answer) =>
    (
      await app.ok(
        `query($p: ID!, $f: ProjectFilter) { portfolioSummary(programmeId: $p, filter: $f) {
          totalBudget actualCost plannedBenefit realisedBenefit fundingEnvelope
          projects { projectId code title budget actualCost npv } } }`,
        { p: dk.id, f: filter ?? null },
      )
    ).portfolioSummary as {
      totalBudget: string;
      actualCost: string;
      plannedBenefit: string;
      realisedBenefit: string;
      fundingEnvelope: string;
      projects: ProjectRow[];
    };

  it('is a tagged PDF (PDF/UA) with the document language, a title and tables, headings and figures with alternative text', async () => {
    const pdf = await briefing('lang=da');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/Lang \(da-DK\)/);
    expect(raw).toMatch(/\/MarkInfo/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/pdfuaid:part/);
    for (const tag of ['H1', 'H2', 'Table', 'TH', 'TD', 'Figure', 'TOC']) expect(raw).toMatch(new RegExp(`/S /${tag}\\b`));
    // Every figure carries alternative text.
    const figures = raw.match(/\/S \/Figure[\s\S]*?>>/g) ?? [];
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const figure of figures) expect(figure).toMatch(/\/Alt \(/);
  });

  poppler('says in pdfinfo that it is tagged, with its title, and has a page per project', async () => {
    expect(hasPoppler).toBe(true); // CI installs poppler-utils (.ci/run)
    const file = saved('info.pdf', await briefing('lang=da'));
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Porteføljebriefing: Fælles digitaliseringsstrategi 2025–2027$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1 + 1 + 1 + 35);
    const fonts = spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, with Unicode map
  });

  poppler('has the title page with contents, every project in the table with the API’s figures to the krone, and a page each', async () => {
    const file = saved('da.pdf', await briefing('lang=da'));
    const all = text(file);
    const summary = await summaryOf();
    const titlePage = text(file, 1);
    expect(titlePage).toContain('Porteføljebriefing');
    expect(titlePage).toContain('Fælles digitaliseringsstrategi 2025–2027');
    expect(titlePage).toMatch(/Rapporteringsperiode\s+\d{4}-H[12]/);
    expect(titlePage).toMatch(/Data pr\.\s+\d/);
    expect(titlePage).toMatch(/Dannet af\s+Test VIEWER <viewer-/);
    expect(titlePage).toMatch(/Filtre\s+Ingen: hele programmet/);
    expect(titlePage).toMatch(/Porteføljen samlet\s+2/);
    expect(titlePage).toMatch(/Alle projekter\s+\d+/);
    // Running header and page numbers.
    expect(text(file, 2)).toContain('Porteføljebriefing · Fælles digitaliseringsstrategi 2025–2027');
    expect(text(file, 2)).toMatch(/Side 2 af \d+/);

    for (const [label, amount] of [
      ['Ramme', summary.fundingEnvelope],
      ['Budget', summary.totalBudget],
      ['Forbrugt', summary.actualCost],
      ['Planlagte gevinster', summary.plannedBenefit],
      ['Realiserede gevinster', summary.realisedBenefit],
    ] as const) {
      expect(all).toMatch(new RegExp(`${label}\\s+${money(amount).replace(/\./g, '\\.')}`));
    }
    const lines = all.split('\n');
    expect(summary.projects).toHaveLength(35);
    for (const p of summary.projects) {
      const row = lines.find((line) => line.trimStart().startsWith(`${p.code} `) && line.includes(money(p.budget)));
      expect(row).toBeDefined();
      const figures = [money(p.budget), money(p.actualCost), money(p.npv)].map((m) => row!.indexOf(m));
      expect(figures.every((i) => i > 0)).toBe(true);
      expect([...figures].sort((a, b) => a - b)).toEqual(figures);
      // The project's own page starts with its code and title.
      expect(all).toContain(`${p.code} ${p.title}`);
    }
    expect(all).toContain('Akkumuleret pengestrøm');
    expect(all).toContain('Milepæle');
    // Label columns wrap beside their values in -layout, so words are counted, not whole labels.
    const flat = all.replace(/\s+/g, ' ');
    expect(flat).toContain('Sandsynlighed for at porteføljen');
    expect(flat.match(/projektet tjener sig hjem/g)?.length).toBe(35);
    expect(flat).toContain('Største aktive risici');
  });

  poppler('shows the narrative of the newest approved status report, never a draft, submitted or returned one', async () => {
    const { projects } = await app.ok(
      `query($p: ID!) { projects(programmeId: $p, first: 100) { edges { node { id code phase statusReports { period state narrative } } } } }`,
      { p: dk.id },
    );
    const nodes = (projects.edges as Answer[]).map((e) => e.node);
    // Two projects get a newer report that is not approved: a draft and a submitted one.
    const [drafted, submitted] = nodes.filter((n) => !(n.statusReports as Answer[]).some((r) => r.period === '2026-H2'));
    const newReport = async (project: Answer, narrative: string) =>
      (
        await app.ok(`mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id version } }`, {
          input: {
            projectId: project.id,
            period: '2026-H2',
            selfAssessedRag: 'GREEN',
            deliveryConfidence: 'GREEN',
            narrative,
            ...Object.fromEntries(['cost', 'schedule', 'benefit'].map((d) => [`${d}VarianceExplanation`, 'Forklaret i styregruppen.'])),
          },
        })
      ).createStatusReport;
    await newReport(drafted, 'UDKAST som ingen politiker må læse endnu.');
    const report = await newReport(submitted, 'INDSENDT men endnu ikke godkendt af programkontoret.');
    await app.ok(`mutation($id: ID!, $v: Int!) { submitStatusReport(id: $id, version: $v) { id } }`, { id: report.id, v: report.version });

    const all = text(saved('narratives.pdf', await briefing('lang=da'))).replace(/\s+/g, ' ');
    expect(all).not.toContain('UDKAST');
    expect(all).not.toContain('INDSENDT');
    for (const project of [drafted, submitted]) {
      const approved = (project.statusReports as Answer[])
        .filter((r) => r.state === 'APPROVED')
        .sort((a, b) => b.period.localeCompare(a.period))[0];
      if (approved) {
        expect(all).toContain(`Seneste godkendte statusrapport (${approved.period})`);
        expect(all).toContain(approved.narrative.trim().replace(/\s+/g, ' '));
      }
    }
  });

  poppler('compares the key figures with the last published period', async () => {
    const { programme } = await app.ok(`query($p: ID!) { programme(id: $p) { reportingRounds { id version period closedAt } } }`, {
      p: dk.id,
    });
    const open = (programme.reportingRounds as Answer[]).find((r) => r.closedAt === null);
    if (open)
      await app.ok(`mutation($id: ID!, $v: Int!) { closeReportingRound(id: $id, version: $v) { id } }`, { id: open.id, v: open.version });
    const published = (programme.reportingRounds as Answer[])
      .map((r) => r.period as string)
      .sort()
      .at(-1)!;
    // Spending after the period closed shows as the change since it.
    const project = (await summaryOf()).projects[0]!;
    const { organisations } = await app.ok(`{ organisations { id } }`);
    await app.ok(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
      input: {
        projectId: project.projectId,
        payerId: organisations[0].id,
        amount: '123456.00',
        category: 'DEVELOPMENT',
        date: '2026-11-30',
      },
    });
    const all = text(saved('change.pdf', await briefing('lang=da')));
    expect(all).toContain(`Ændring siden ${published}`);
    expect(all).toMatch(new RegExp(`Forbrugt\\s+[\\d.]+ kr\\.\\s+\\+${money('123456').replace(/\./g, '\\.')}`));
    expect(all).toMatch(/Ramme\s+300\.000\.000 kr\.\s+–/);
  });

  poppler('honours the dashboard’s filter and names it on the title page', async () => {
    const { programme } = await app.ok(`query($p: ID!) { programme(id: $p) { tracks { id name } } }`, { p: dk.id });
    const track = programme.tracks[0];
    const filter = { trackIds: [track.id], phases: ['EXECUTION', 'ROLLOUT'] };
    const summary = await summaryOf(filter);
    const whole = await summaryOf();
    expect(summary.projects.length).toBeGreaterThan(0);
    expect(summary.projects.length).toBeLessThan(whole.projects.length);
    const file = saved('filtered.pdf', await briefing(`lang=da&track=${track.id}&phase=EXECUTION&phase=ROLLOUT`));
    const titlePage = text(file, 1).replace(/\s+/g, ' ');
    expect(titlePage).toContain(`Filtre Spor: ${track.name}; Fase: Gennemførelse, Udrulning`);
    const all = text(file);
    expect(all).toMatch(new RegExp(`Budget\\s+${money(summary.totalBudget).replace(/\./g, '\\.')}`));
    const inBriefing = whole.projects.filter((p) => all.includes(`${p.code} ${p.title}`)).map((p) => p.code);
    expect(inBriefing.sort()).toEqual(summary.projects.map((p) => p.code).sort());
    expect(all).toContain('Ændringen vises kun for hele programmet');
  });

  poppler('speaks Norwegian and English', async () => {
    const norwegian = text(saved('nb.pdf', await briefing('lang=nb')));
    expect(norwegian).toContain('Porteføljebrief');
    expect(norwegian).toContain('Nåverdi');
    expect(norwegian).toContain('Alle prosjekter');
    const english = text(saved('en.pdf', await briefing('lang=en')));
    expect(english).toContain('Portfolio briefing');
    expect(english).toContain('Net present value');
    expect(english).toContain('Projects that need attention');
    expect(english).toMatch(/Page 2 of \d+/);
  });

  poppler('is written in the reader’s own language when the link does not name one', async () => {
    const reader = await app.as('VIEWER');
    await reader.ok(`mutation { setMyLanguage(language: en) { language } }`);
    const response = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/portfolio.pdf`, {
      headers: { authorization: `Bearer ${reader.token}`, 'accept-language': 'da' },
    });
    expect(response.status).toBe(200);
    expect(text(saved('reader.pdf', Buffer.from(await response.arrayBuffer())), 1)).toContain('Portfolio briefing');
    // Without a choice: the language the request asks for.
    const asked = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/portfolio.pdf`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'nb-NO' },
    });
    expect(text(saved('asked.pdf', Buffer.from(await asked.arrayBuffer())), 1)).toContain('Porteføljebrief');
  });

  it('refuses an unknown language and a filter it cannot read, naming the parameter', async () => {
    for (const [query, field] of [
      ['lang=fr', 'lang'],
      ['phase=DREAMING', 'phase'],
      ['track=not-a-uuid', 'track'],
      ['life=MOVING_HOUSE&life=FLYING', 'life'],
      ['q=a%00b', 'q'],
      [`q=${'x'.repeat(201)}`, 'q'],
    ]) {
      const response = await fetch(`${app.baseUrl}/exports/programmes/${dk.id}/portfolio.pdf?${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('trailer')).toBeNull();
      expect(((await response.json()) as Answer).fields[0].field).toBe(field);
    }
  });
});

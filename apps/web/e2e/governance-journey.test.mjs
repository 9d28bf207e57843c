// Journey: governance as the programme office, a partner, a viewer and an auditor (issue 14). A risk
// moves the heat map; a status report with a 12 % cost overrun is refused without an explanation and
// accepted with one, with both ratings shown; a gate cannot approve what its checklist lacks; a
// reminder arrives over SMTP and in the partner's bell; an uploaded PDF is listed in evidence.zip.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import yauzl from 'yauzl';
import { axeViolations, chromiumAvailable, launchBrowser, screenshot, signIn, startApp, watchErrors } from './support.mjs';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function startSmtp() {
  const received = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A mail as text: quoted-printable soft breaks joined and =XX bytes decoded (UTF-8). */
function quotedPrintable(raw) {
  const joined = raw.replace(/=\r\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

async function api(baseUrl, token, query, variables = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function unzip(bytes) {
  const zip = await new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e ? reject(e) : resolve(z))),
  );
  const entries = new Map();
  await new Promise((resolve, reject) => {
    zip.on('entry', (entry) =>
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      }),
    );
    zip.on('end', resolve);
    zip.readEntry();
  });
  return entries;
}

/** A project in EXECUTION led by Aarhus (the demo partner's municipality), 12 % over its approved baseline. */
async function overrunProject(baseUrl, token, code) {
  const { programmes } = await api(baseUrl, token, `{ programmes { id name organisationsInProjects: tracks { id } } }`);
  const programme = programmes.find((p) => p.name.startsWith('Fælles'));
  const { organisations } = await api(baseUrl, token, `{ organisations { id name } }`);
  const aarhus = organisations.find((o) => o.name === 'Aarhus Kommune');
  const { createProject } = await api(
    baseUrl,
    token,
    `mutation($input: CreateProjectInput!) { createProject(input: $input) { id code } }`,
    {
      input: {
        programmeId: programme.id,
        code,
        title: 'Fælles bookingløsning',
        phase: 'EXECUTION',
        plannedStart: '2026-01-01',
        plannedEnd: '2027-06-30',
      },
    },
  );
  await api(baseUrl, token, `mutation($input: AddParticipationInput!) { addParticipation(input: $input) { id } }`, {
    input: { projectId: createProject.id, organisationId: aarhus.id, roles: ['LEAD', 'CO_FUNDER', 'BENEFIT_RECEIVER'] },
  });
  await api(baseUrl, token, `mutation($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }`, {
    input: { projectId: createProject.id, fiscalYear: 2026, funderId: aarhus.id, category: 'DEVELOPMENT', amount: '1000000.00' },
  });
  await api(baseUrl, token, `mutation($input: AddBenefitInput!) { addBenefit(input: $input) { id } }`, {
    input: {
      projectId: createProject.id,
      title: 'Sparet sagsbehandling',
      kind: 'CASH_RELEASING',
      unit: 'CURRENCY',
      receiverId: aarhus.id,
      targets: [{ fiscalYear: 2026, value: '300000' }],
    },
  });
  await api(baseUrl, token, `mutation($p: ID!) { approveBaseline(projectId: $p, reason: "Projektgrundlag godkendt") { id } }`, {
    p: createProject.id,
  });
  await api(baseUrl, token, `mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
    input: { projectId: createProject.id, date: '2026-05-01', payerId: aarhus.id, category: 'DEVELOPMENT', amount: '1120000.00' },
  });
  return { programme, project: createProject };
}

describe('governance journey in Chromium', { skip: !chromiumAvailable() && 'Chromium not installed (apt-get install -y chromium)' }, () => {
  let app;
  let smtp;
  let admin;
  before(async () => {
    smtp = await startSmtp();
    app = await startApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'http://tvaers.test' } });
    admin = (await api(app.baseUrl, undefined, 'mutation { login(email: "admin@tvaers.demo", password: "tvaers-demo") { token } }')).login
      .token;
  });
  after(async () => {
    await app?.stop();
    await smtp?.close();
  });

  it('the programme office: a risk moves the heat map, the overrun report needs its explanation, both ratings show, a gate refuses what is missing', async () => {
    const { programme, project } = await overrunProject(app.baseUrl, admin, 'GOV-12');
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      await signIn(page, app.baseUrl, 'office@tvaers.demo');
      const heatMap = page.locator('section.card', { has: page.getByRole('heading', { name: 'Risikokort' }) });
      // Impact 5 is the first body row; probability 5 its last cell.
      const cell = () => heatMap.locator('tbody tr').first().locator('td').nth(4);
      await page.goto(`${app.baseUrl}/?programme=${programme.id}`);
      await heatMap.waitFor();
      const before = Number((await cell().innerText()).replace(/\D/g, '') || 0);

      // The project page: add a risk with probability 5 and impact 5.
      await page.goto(`${app.baseUrl}/projects/${project.id}?programme=${programme.id}`);
      const outlook = page.locator('section.card', { has: page.getByRole('heading', { name: 'Baseline, prognose og faktisk' }) });
      await outlook
        .getByRole('row', { name: /Omkostning ved afslutning/ })
        .getByText('Skal forklares')
        .waitFor();
      const addRisk = page.getByRole('form', { name: 'Tilføj risiko' });
      await addRisk.getByLabel('Titel').fill('Leverandøren går konkurs');
      await addRisk.getByLabel('Kategori').selectOption('SUPPLIER');
      await addRisk.getByLabel('Sandsynlighed', { exact: true }).selectOption('5');
      await addRisk.getByLabel('Konsekvens', { exact: true }).selectOption('5');
      await addRisk.getByRole('button', { name: 'Tilføj risiko' }).click();
      await page.getByRole('cell', { name: 'Leverandøren går konkurs' }).waitFor();
      await page.goto(`${app.baseUrl}/?programme=${programme.id}`);
      await heatMap.waitFor();
      await page.waitForFunction(
        (n) => [...document.querySelectorAll('.heat-map tbody tr:first-child td')].at(-1)?.textContent?.trim() === String(n),
        before + 1,
      );
      assert.equal(Number(await cell().innerText()), before + 1);
      await cell().getByRole('link').click();
      await page.getByRole('cell', { name: /Leverandøren går konkurs/ }).waitFor();
      await screenshot(page, 'governance-risk-cell');

      // The status report: the overrun needs an explanation before it can be submitted.
      await page.goto(`${app.baseUrl}/projects/${project.id}/edit?programme=${programme.id}`);
      const create = page.getByRole('form', { name: 'Gem som kladde' });
      await create.getByLabel('Periode').fill('2026-H2');
      await create.getByLabel('Leveringssikkerhed (egen vurdering)').selectOption('AMBER');
      await create.getByRole('button', { name: 'Gem som kladde' }).click();
      const draft = page.getByRole('form', { name: 'Ret udkastet for 2026-H2' });
      await draft.waitFor();
      await draft.getByRole('button', { name: 'Indsend 2026-H2' }).click();
      await draft.getByText('Forklar afvigelsen (mindst 5 tegn).').waitFor();
      await draft.getByLabel('Forklaring på afvigelse: Omkostning').fill('Udbuddet blev dyrere; styregruppen har godkendt merforbruget.');
      await draft.getByRole('button', { name: 'Indsend 2026-H2' }).click();
      await page.getByText('Statusrapporten er indsendt.').waitFor();

      // The office rates it independently and approves; the project page shows both ratings.
      await page.goto(`${app.baseUrl}/projects/${project.id}?programme=${programme.id}`);
      const rating = page.getByRole('form', { name: 'Programkontorets vurdering 2026-H2' });
      await rating.getByLabel('Programkontorets vurdering').selectOption('AMBER_RED');
      await rating.getByLabel('Begrundelse').fill('Merforbruget er ikke finansieret endnu.');
      await rating.getByRole('button', { name: 'Gem vurdering' }).click();
      await page.getByRole('button', { name: 'Godkend 2026-H2' }).click();
      const reports = page.locator('section.card', { has: page.getByRole('heading', { name: 'Statusrapporter' }) });
      const row = reports.getByRole('row', { name: /2026-H2/ });
      await row.getByRole('cell', { name: 'Godkendt', exact: true }).waitFor();
      await row
        .getByRole('definition')
        .filter({ hasText: /^Gul\/rød$/ })
        .waitFor();
      await row.getByRole('definition').filter({ hasText: /^Gul$/ }).waitFor();
      await row.getByText('Udbuddet blev dyrere; styregruppen har godkendt merforbruget.').waitFor();

      // A gate without its checklist: ROLLOUT needs an adoption plan, which this project lacks.
      const gate = page.getByRole('form', { name: 'Registrér beslutning' });
      await gate.getByLabel('Til fase').selectOption('ROLLOUT');
      await gate.getByLabel('Referat').fill('Styregruppen ønsker at gå i udrulning.');
      await gate.getByRole('button', { name: 'Registrér beslutning' }).click();
      await gate.getByText(/ADOPTION_PLAN/).waitFor();
      await page.getByText('Projektet er i fasen Gennemførelse.').waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, 'governance-project');
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });

  it('a reminder arrives over SMTP and in the partner’s bell; the viewer reads but cannot edit; an uploaded PDF is in the auditor’s evidence.zip', async () => {
    const { programme } = await overrunProject(app.baseUrl, admin, 'GOV-13');
    await api(app.baseUrl, admin, `mutation($input: CreateReportingRoundInput!) { createReportingRound(input: $input) { id } }`, {
      input: { programmeId: programme.id, period: '2027-H1', dueDate: tomorrow, reminderDaysBefore: 7 },
    });
    const browsers = [];
    /** Each person in a browser of their own (the session lives in the profile's storage). */
    const pageFor = async (email) => {
      const browser = await launchBrowser();
      browsers.push(browser);
      const page = await browser.context.newPage();
      await signIn(page, app.baseUrl, email);
      return page;
    };
    try {
      // The administrator sends the due reminders from the outbox page.
      const page = await pageFor('admin@tvaers.demo');
      await page.getByRole('link', { name: 'Udgående post' }).click();
      await page.getByRole('button', { name: 'Send forfaldne påmindelser nu' }).click();
      await page.getByText(/nye påmindelser/).waitFor();
      const toPartner = smtp.received
        .map((m) => ({ ...m, text: quotedPrintable(m.raw) }))
        .filter((m) => m.to.includes('partner@tvaers.demo') && m.text.includes('GOV-13'));
      assert.equal(toPartner.length, 1, 'one reminder mail to the partner about GOV-13');
      const mail = toPartner[0].text;
      assert.match(mail, /Subject: Statusrapport for GOV-13 skal indsendes senest/);
      assert.match(mail, /the status report for 2027-H1 of GOV-13/);
      assert.match(mail, /http:\/\/tvaers\.test\/projects\//);
      assert.deepEqual(await axeViolations(page), []);

      // The partner's bell.
      const partner = await pageFor('partner@tvaers.demo');
      const bell = partner.getByRole('button', { name: /Notifikationer/ });
      await partner.waitForFunction(() => Number(document.querySelector('.bell-count')?.textContent || 0) > 0);
      await bell.click();
      const panel = partner.getByRole('region', { name: 'Notifikationer' });
      await panel.getByRole('link', { name: /Statusrapport for GOV-13 skal indsendes senest/ }).waitFor();
      assert.deepEqual(await axeViolations(partner), []);
      await screenshot(partner, 'governance-bell');
      await partner.keyboard.press('Escape');
      assert.equal(await panel.count(), 0);

      // The office attaches a PDF to a measurement.
      const office = await pageFor('office@tvaers.demo');
      const { projects } = await api(
        app.baseUrl,
        admin,
        `query($p: ID!) { projects(programmeId: $p, first: 50) { edges { node { id code benefits { measurements { id } } } } } }`,
        { p: programme.id },
      );
      const withMeasurement = projects.edges.map((e) => e.node).find((n) => n.benefits.some((b) => b.measurements.length));
      await office.goto(`${app.baseUrl}/projects/${withMeasurement.id}/edit?programme=${programme.id}`);
      const firstEvidence = office.locator('.evidence').first();
      await firstEvidence.getByText('Vedhæft fil').click();
      await firstEvidence
        .locator('input[type=file]')
        .setInputFiles({ name: 'regnskab-2026.pdf', mimeType: 'application/pdf', buffer: PDF });
      await firstEvidence.getByText('regnskab-2026.pdf er vedhæftet.').waitFor();
      await firstEvidence.getByRole('button', { name: 'regnskab-2026.pdf' }).waitFor();

      // The viewer sees the heat map and the register but no forms to change them.
      const viewer = await pageFor('viewer@tvaers.demo');
      await viewer.goto(`${app.baseUrl}/?programme=${programme.id}`);
      await viewer.getByRole('heading', { name: 'Risikokort' }).waitFor();
      await viewer.goto(`${app.baseUrl}/projects/${withMeasurement.id}?programme=${programme.id}`);
      await viewer.getByRole('heading', { name: 'Risikoregister' }).waitFor();
      assert.equal(await viewer.getByRole('form', { name: 'Tilføj risiko' }).count(), 0);
      assert.equal(await viewer.getByRole('form', { name: 'Registrér beslutning' }).count(), 0);

      // The auditor downloads evidence.zip: the manifest lists the PDF with its SHA-256.
      const auditor = await pageFor('auditor@tvaers.demo');
      await auditor.goto(`${app.baseUrl}/?programme=${programme.id}`);
      const [download] = await Promise.all([
        auditor.waitForEvent('download'),
        auditor.getByRole('button', { name: /Bilag \(zip med manifest\)/ }).click(),
      ]);
      const entries = await unzip(await readFile(await download.path()));
      const manifest = entries.get('manifest.csv').toString('utf8');
      const line = manifest.split('\r\n').find((l) => l.includes(sha256(PDF)));
      assert.ok(line, 'the PDF is in the manifest');
      assert.equal(sha256(entries.get(line.replace(/^\uFEFF/, '').split(',')[0])), sha256(PDF));
    } finally {
      for (const browser of browsers) await browser.close();
    }
  });
});

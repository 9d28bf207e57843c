import type { Answer } from '../../../../test/answer.js';
import ExcelJS from 'exceljs';
import { createOrganisation, createProgramme, createTrack } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { runWithContext } from '../../../auth/request-context.js';
import { ImportConflictError, writeImportPlan } from '../import-writer.js';
import type { ImportPlan } from '../import-plan.js';
import { databaseFingerprint, importFile, type SheetRows, upload } from './import-files.js';

const PROJECT = `query($p: ID!) { projects(programmeId: $p, first: 50) { edges { node { code title phase plannedStart plannedEnd lifeEvents commonComponents track { code } budgetTotal
  participations { roles organisation { name } } budgetLines { fiscalYear amount category }
  benefits { title kind unit targets { fiscalYear value } measurements { fiscalYear value status } } } } } }`;

/** The problems as the file's reader sees them; their reason codes are checked on their own. */
const withoutCodes = (problems: Answer[]) => problems.map(({ code: _code, params: _params, ...problem }) => problem);

describe('XLSX import', () => {
  let app: TestApp;
  let office: { token: string };
  let programmeId: string;
  let trackCode: string;
  let kommune: string;
  let styrelse: string;

  /** A complete, valid file: two projects with partners, budget lines, benefits, targets and measurements. */
  const goodFile = (): SheetRows => ({
    organisations: [{ identifier: '55133018', country: 'DK', name: 'KL (Kommunernes Landsforening)', sector: 'JOINT_BODY' }],
    projects: [
      {
        projectCode: 'IMP-01',
        title: 'Digital flytning',
        track: trackCode,
        phase: 'EXECUTION',
        plannedStart: new Date('2025-01-01T00:00:00Z'),
        plannedEnd: '2027-06-30',
        lifeEvents: 'MOVING_HOUSE, BIRTH',
        commonComponents: 'MITID',
      },
      { projectCode: 'imp-02', title: 'Fælles ydelsesoverblik', description: 'Borgeren ser alle ydelser ét sted' },
    ],
    partners: [
      { projectCode: 'IMP-01', organisation: kommune, roles: 'LEAD, CO_FUNDER' },
      { projectCode: 'IMP-01', organisation: `DK:${styrelse}`, roles: 'CO_FUNDER' },
      { projectCode: 'IMP-02', organisation: 55133018, roles: 'LEAD,CO_FUNDER,IMPLEMENTER' },
    ],
    budget: [
      { projectCode: 'IMP-01', fiscalYear: 2025, funder: kommune, category: 'DEVELOPMENT', amount: 1250000.5 },
      { projectCode: 'IMP-01', fiscalYear: 2026, funder: styrelse, category: 'DEVELOPMENT', amount: '750.000,25' },
      { projectCode: 'IMP-01', fiscalYear: 2026, funder: kommune, category: 'OPERATIONS', amount: 0.1 + 0.2 },
      { projectCode: 'IMP-02', fiscalYear: 2026, funder: '55133018', category: 'INTERNAL_STAFF', amount: 400000 },
    ],
    benefits: [
      {
        projectCode: 'IMP-01',
        benefit: 'Færre manuelle flytninger',
        kind: 'CASH_RELEASING',
        unit: 'CURRENCY',
        receiver: kommune,
        owner: 'Borgerservicechef',
      },
      { projectCode: 'IMP-01', benefit: 'Sparede timer', kind: 'NON_CASH', unit: 'HOURS', receiver: kommune },
    ],
    targets: [
      { projectCode: 'IMP-01', benefit: 'Færre manuelle flytninger', fiscalYear: 2026, value: 500000 },
      { projectCode: 'IMP-01', benefit: 'færre manuelle flytninger', fiscalYear: 2027, value: 1500000 },
      { projectCode: 'IMP-01', benefit: 'Sparede timer', fiscalYear: 2027, value: 2000 },
    ],
    measurements: [
      { projectCode: 'IMP-01', benefit: 'Færre manuelle flytninger', fiscalYear: 2026, value: 450000, evidence: 'Regnskabsudtræk' },
    ],
  });

  beforeAll(async () => {
    app = await createTestApp();
    programmeId = (await createProgramme(app)).id;
    office = await app.as('PROGRAMME_OFFICE', undefined, [programmeId]);
    trackCode = (await createTrack(app, programmeId)).code;
    const identifierOf = async (id: string) =>
      (await app.dataSource.query(`SELECT identifier FROM organisations WHERE id = $1`, [id]))[0].identifier as string;
    kommune = await identifierOf((await createOrganisation(app, 'MUNICIPALITY', 'Aarhus')).id);
    styrelse = await identifierOf((await createOrganisation(app, 'STATE', 'Digitaliseringsstyrelsen')).id);
  });
  afterAll(() => app.close());

  it('offers a template with instructions, the sheets in the chosen language, drop-downs and the known organisations', async () => {
    const response = await fetch(`${app.baseUrl}/imports/programmes/${programmeId}/template.xlsx?lang=da`, {
      headers: { authorization: `Bearer ${office.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Vejledning',
      'Organisationer',
      'Projekter',
      'Partnere',
      'Budget',
      'Gevinster',
      'Gevinstmål',
      'Målinger',
    ]);
    const budget = workbook.getWorksheet('Budget')!;
    expect(budget.getRow(1).values).toEqual([
      undefined,
      'Projektkode',
      'Finansår',
      'Finansieret af',
      'Kategori',
      'Beløb',
      'Lavt skøn',
      'Højt skøn',
    ]);
    expect(budget.getColumn(7).numFmt).toBe('#,##0.00');
    expect(budget.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // The drop-down offers the chosen language's names (the import takes codes and the other languages too).
    expect(budget.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"Udvikling,Drift,Egne medarbejdere"'] });
    expect(budget.getColumn(5).numFmt).toBe('#,##0.00');
    const organisations = workbook.getWorksheet('Organisationer')!;
    const identifiers = organisations.getColumn(1).values.slice(2);
    expect(identifiers).toEqual(expect.arrayContaining([kommune, styrelse]));
    expect(String(workbook.getWorksheet('Vejledning')!.getCell('B2').value)).toMatch(/^Testprogram/);
  });

  it('imports projects, partners, budget lines, benefits and measurements, to the øre', async () => {
    const response = await upload(app, office.token, programmeId, await importFile(goodFile()));
    const result = await response.json();
    expect(response.status).toBe(200);
    expect(result).toMatchObject({ ok: true, dryRun: false, rows: 16, problems: [], problemCount: 0 });
    expect(result.counts).toEqual({
      organisations: { created: 1, updated: 0, unchanged: 0 },
      projects: { created: 2, updated: 0, unchanged: 0 },
      partners: { created: 3, updated: 0, unchanged: 0 },
      budget: { created: 4, updated: 0, unchanged: 0 },
      benefits: { created: 2, updated: 0, unchanged: 0 },
      targets: { created: 3, updated: 0, unchanged: 0 },
      measurements: { created: 1, updated: 0, unchanged: 0 },
    });

    const nodes = (await app.ok(PROJECT, { p: programmeId })).projects.edges.map((e: { node: unknown }) => e.node);
    const [first, second] = nodes;
    expect(first).toMatchObject({
      code: 'IMP-01',
      phase: 'EXECUTION',
      plannedStart: '2025-01-01',
      plannedEnd: '2027-06-30',
      lifeEvents: ['MOVING_HOUSE', 'BIRTH'],
      commonComponents: ['MITID'],
      track: { code: trackCode },
    });
    // 1,250,000.50 + 750,000.25 + 0.30 (0.1 + 0.2 from a formula, without its floating-point noise)
    expect(first.budgetTotal).toBe('2000001.05');
    expect(first.budgetLines.map((l: { amount: string }) => l.amount).sort()).toEqual(['0.30', '1250000.50', '750000.25']);
    const cash = first.benefits.find((b: { title: string }) => b.title === 'Færre manuelle flytninger');
    expect(cash).toMatchObject({
      kind: 'CASH_RELEASING',
      targets: [
        { fiscalYear: 2026, value: '500000.0000' },
        { fiscalYear: 2027, value: '1500000.0000' },
      ],
      measurements: [{ fiscalYear: 2026, value: '450000.0000', status: 'REPORTED' }],
    });
    expect(second).toMatchObject({
      code: 'IMP-02',
      phase: 'PROPOSED',
      budgetTotal: '400000.00',
      participations: [{ roles: ['LEAD', 'CO_FUNDER', 'IMPLEMENTER'], organisation: { name: 'KL (Kommunernes Landsforening)' } }],
    });

    // Every row is in the audit trail, attributed to the importer and to the file by its hash.
    const [{ count, operations }] = await app.dataSource.query(
      `SELECT count(*)::int AS count, array_agg(DISTINCT operation) AS operations FROM audit_events WHERE operation LIKE 'import %'`,
    );
    expect(count).toBe(16);
    expect(operations).toEqual([`import sha256:${result.file.sha256}`]);
    const [measurement] = await app.dataSource.query(
      `SELECT reported_by_id FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id JOIN projects p ON p.id = b.project_id WHERE p.code = 'IMP-01'`,
    );
    expect(measurement.reported_by_id).toBe(
      (await app.dataSource.query(`SELECT actor_id FROM audit_events WHERE operation LIKE 'import %' LIMIT 1`))[0].actor_id,
    );
  });

  it('updates by project code when the same file comes again, instead of duplicating', async () => {
    const before = await databaseFingerprint(app);
    const again = await (await upload(app, office.token, programmeId, await importFile(goodFile()))).json();
    expect(again.ok).toBe(true);
    expect(
      Object.values(again.counts).every(
        (c) => (c as { created: number; updated: number }).created === 0 && (c as { updated: number }).updated === 0,
      ),
    ).toBe(true);
    expect(await databaseFingerprint(app)).toEqual(before);

    const changed = goodFile();
    changed.projects![1]!.title = 'Fælles ydelsesoverblik for borgere';
    changed.budget![3]!.amount = 450000;
    const result = await (await upload(app, office.token, programmeId, await importFile(changed))).json();
    expect(result).toMatchObject({ ok: true, problems: [] });
    expect(result.counts.projects).toEqual({ created: 0, updated: 1, unchanged: 1 });
    expect(result.counts.budget).toEqual({ created: 0, updated: 1, unchanged: 3 });
    const [project] = await app.dataSource.query(`SELECT title, version FROM projects WHERE programme_id = $1 AND code = 'IMP-02'`, [
      programmeId,
    ]);
    expect(project).toEqual({ title: 'Fælles ydelsesoverblik for borgere', version: 2 });
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM projects WHERE programme_id = $1`, [programmeId]))[0].n).toBe(2);
  });

  it('lists every problem by sheet, row, column and reason, and writes nothing', async () => {
    const broken = goodFile();
    broken.projects!.push({ projectCode: 'IMP-03', title: 'Ny', plannedStart: '2026-05-01', plannedEnd: '2026-04-01' });
    broken.projects!.push({ projectCode: 'IMP-01', title: 'Dublet' });
    broken.partners!.push({ projectCode: 'IMP-99', organisation: kommune, roles: 'LEAD' });
    broken.budget!.push({ projectCode: 'IMP-02', fiscalYear: 2026, funder: styrelse, category: 'DEVELOPMENT', amount: 10 });
    broken.budget!.push({ projectCode: 'IMP-01', fiscalYear: 2027, funder: kommune, category: 'KAFFE', amount: 10.005 });
    broken.benefits!.push({ projectCode: 'IMP-01', benefit: 'Bedre trivsel', kind: 'CASH_RELEASING', unit: 'SCORE', receiver: kommune });
    broken.measurements!.push({ projectCode: 'IMP-01', benefit: 'Ukendt gevinst', fiscalYear: 2026, value: 1 });
    const before = await databaseFingerprint(app);
    const response = await upload(app, office.token, programmeId, await importFile(broken));
    expect(response.status).toBe(422);
    const result = await response.json();
    expect(result.ok).toBe(false);
    // Every problem has a stable reason code; the amount's says what the rule is.
    expect(result.problems.find((p: Answer) => p.cell === 'E7')).toMatchObject({
      code: 'MAX_DECIMALS',
      params: { max: '2', got: '10.005' },
    });
    expect(withoutCodes(result.problems)).toEqual([
      { sheet: 'Projects', row: 4, column: 'Title', cell: 'B4', reason: 'must be at least 3 characters' },
      { sheet: 'Projects', row: 4, column: 'Planned end', cell: 'G4', reason: 'planned end 2026-04-01 is before planned start 2026-05-01' },
      { sheet: 'Projects', row: 5, column: 'Project code', cell: 'A5', reason: 'project IMP-01 appears twice (first on row 2)' },
      {
        sheet: 'Partners',
        row: 5,
        column: 'Project code',
        cell: 'A5',
        reason: expect.stringMatching(/^no project "IMP-99" in Testprogram .* or on the Projects sheet$/),
      },
      {
        sheet: 'Budget',
        row: 6,
        column: 'Funder',
        cell: 'C6',
        reason: 'does not take part in project IMP-02; add it on the Partners sheet',
      },
      {
        sheet: 'Budget',
        row: 7,
        column: 'Category',
        cell: 'D7',
        reason: '"KAFFE" is not one of DEVELOPMENT (Development), OPERATIONS (Operations), INTERNAL_STAFF (Internal staff)',
      },
      { sheet: 'Budget', row: 7, column: 'Amount', cell: 'E7', reason: 'must have at most 2 decimals (got 10.005)' },
      {
        sheet: 'Benefits',
        row: 4,
        column: 'Unit',
        cell: 'D4',
        reason: 'of a cash-releasing benefit must be CURRENCY, HOURS or FTE, so that it can be monetised',
      },
      {
        sheet: 'Measurements',
        row: 3,
        column: 'Benefit',
        cell: 'B3',
        reason: 'project IMP-01 has no benefit "Ukendt gevinst" in Tværs or on the Benefits sheet',
      },
    ]);
    expect(result.problemCount).toBe(9);
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('says how to send the file when it comes as a form or not at all', async () => {
    const form = await fetch(`${app.baseUrl}/imports/programmes/${programmeId}/portfolio.xlsx`, {
      method: 'POST',
      headers: { authorization: `Bearer ${office.token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: await importFile(goodFile()),
    });
    expect(form.status).toBe(415);
    expect(((await form.json()) as { message: string }).message).toMatch(/^Send the \.xlsx file itself as the request body/);
    const empty = await upload(app, office.token, programmeId, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect((await empty.json()).message).toMatch(/is empty; send the \.xlsx file/);
  });

  it('refuses a file that is not a workbook, and unknown sheets and columns, by name', async () => {
    const notXlsx = await (await upload(app, office.token, programmeId, Buffer.from('code;title\nX;Y\n'))).json();
    expect(withoutCodes(notXlsx.problems)).toEqual([
      { sheet: '', row: null, column: null, cell: null, reason: expect.stringMatching(/^The file is not an Excel workbook/) },
    ]);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Noter').addRow(['kladde']);
    const projects = workbook.addWorksheet('Projekter');
    projects.addRow(['Projektkode', 'Titel', 'Budgetramme']);
    projects.addRow(['IMP-05', 'Med ukendt kolonne', 5]);
    const result = await (await upload(app, office.token, programmeId, Buffer.from(await workbook.xlsx.writeBuffer()))).json();
    expect(withoutCodes(result.problems)).toEqual([
      { sheet: 'Noter', row: null, column: null, cell: null, reason: expect.stringMatching(/^is not a sheet Tværs imports/) },
      { sheet: 'Projekter', row: 1, column: 'Budgetramme', cell: 'C1', reason: expect.stringMatching(/^is not a column of this sheet/) },
    ]);
  });

  it('refuses to change a measurement that has been validated', async () => {
    const [{ id, version }] = await app.dataSource.query(
      `SELECT m.id, m.version FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id JOIN projects p ON p.id = b.project_id WHERE p.code = 'IMP-01' AND p.programme_id = $1`,
      [programmeId],
    );
    await app.ok(`mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { status } }`, { id, v: version });
    const file = goodFile();
    file.measurements![0]!.value = 460000;
    const result = await (await upload(app, office.token, programmeId, await importFile(file))).json();
    expect(withoutCodes(result.problems)).toEqual([
      {
        sheet: 'Measurements',
        row: 2,
        column: 'Value',
        cell: 'D2',
        reason: 'the 2026 measurement is VALIDATED and can no longer be changed; record a correction in a later year instead',
      },
    ]);
  });

  it('refuses a new organisation whose CVR fails its check digit or whose sector does not fit its code', async () => {
    const file = {
      organisations: [
        { identifier: '29190926', country: 'DK', name: 'Tastefejl A/S', sector: 'PRIVATE' },
        { identifier: '751', country: 'DK', name: 'Aarhus som styrelse', sector: 'STATE' },
      ],
    };
    const result = await (await upload(app, office.token, programmeId, await importFile(file), '?dryRun=true')).json();
    expect(withoutCodes(result.problems)).toEqual([
      expect.objectContaining({ row: 2, column: 'Identifier', reason: 'is not a valid CVR number: the check digit does not match' }),
      expect.objectContaining({ row: 3, column: 'Sector', reason: 'must be MUNICIPALITY for a municipality code' }),
    ]);
  });

  it('checks without writing on a dry run, and reads Norwegian headers', async () => {
    const before = await databaseFingerprint(app);
    const file = { projects: [{ projectCode: 'IMP-NO', title: 'Prøvekjøring', phase: 'proposed' }] };
    const result = await (await upload(app, office.token, programmeId, await importFile(file, 'nb'), '?dryRun=true')).json();
    expect(result).toMatchObject({ ok: true, dryRun: true, counts: { projects: { created: 1, updated: 0, unchanged: 0 } } });
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('streams progress lines and then the result when asked for NDJSON', async () => {
    const response = await upload(
      app,
      office.token,
      programmeId,
      await importFile({ projects: [{ projectCode: 'IMP-06', title: 'Med fremdrift' }] }),
      '',
      'application/x-ndjson',
    );
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.stage ?? l.type)).toEqual(['reading', 'checking', 'writing', 'writing', 'result']);
    expect(lines.at(-2)).toEqual({ type: 'progress', stage: 'writing', done: 1, total: 1 });
    expect(lines.at(-1)).toMatchObject({ type: 'result', ok: true, counts: { projects: { created: 1 } } });
  });

  it('fails the whole write when a row was saved by someone else after the file was checked', async () => {
    const [project] = await app.dataSource.query(`SELECT id, version FROM projects WHERE programme_id = $1 AND code = 'IMP-01'`, [
      programmeId,
    ]);
    const empty = { inserts: [], updates: [], unchanged: 0 };
    const plan = {
      organisations: empty,
      partners: empty,
      budget: empty,
      benefits: empty,
      targets: empty,
      measurements: empty,
      projects: {
        inserts: [
          {
            id: '00000000-0000-4000-8000-00000000abcd',
            programme_id: programmeId,
            code: 'IMP-07',
            title: 'Ny',
            description: '',
            phase: 'PROPOSED',
            life_events: [],
            common_components: [],
          },
        ],
        updates: [{ id: project.id, version: project.version - 1, title: 'Forældet' }],
        unchanged: 0,
      },
    } as unknown as ImportPlan;
    const user = {
      id: (await app.as('PROGRAMME_OFFICE')).userId,
      email: 'office@test.invalid',
      name: 'Office',
      role: 'PROGRAMME_OFFICE' as const,
      organisationId: null,
      memberships: [],
    };
    const before = await databaseFingerprint(app);
    await expect(
      runWithContext({ user }, () => app.appDataSource.transaction((m) => writeImportPlan(m, plan, () => undefined))),
    ).rejects.toThrow(ImportConflictError);
    expect(await databaseFingerprint(app)).toEqual(before);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createTestApp, errorOf, type TestApp } from '../../test/test-app.js';
import { addBudgetLine, createProgramme, createWorld } from '../../test/factories.js';
import { databaseFingerprint, upload } from '../modules/imports/__tests__/import-files.js';

// The numbered defects of the hostile test (issue 12), each reproduced from its description.

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code ?? 'OK';

describe('hostile test defects', () => {
  let app: TestApp;
  let dk: string;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
    [{ id: dk }] = await app.dataSource.query(`SELECT id FROM programmes WHERE currency = 'DKK'`);
  });
  afterAll(() => app.close());

  const download = async (url: string, token: string) => {
    const response = await fetch(`${app.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
    expect({ url, status: response.status }).toEqual({ url, status: 200 });
    return Buffer.from(await response.arrayBuffer());
  };

  it('2: fifty parallel sign-ins for one account check at most five passwords', async () => {
    const attempts = Array.from({ length: 50 }, (_, i) =>
      app.anonymous.gql(LOGIN, { email: 'viewer@tvaers.demo', password: `wrong-${i}` }),
    );
    const codes = (await Promise.all(attempts)).map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(45);
    expect(codeOf(await app.anonymous.gql(LOGIN, { email: 'viewer@tvaers.demo', password: 'tvaers-demo' }))).toBe('TOO_MANY_REQUESTS');

    // The address has now made 51 attempts: past its own limit (30), other accounts wait too.
    expect(codeOf(await app.anonymous.gql(LOGIN, { email: 'office@tvaers.demo', password: 'tvaers-demo' }))).toBe('TOO_MANY_REQUESTS');
    await app.dataSource.query(`DELETE FROM login_throttle WHERE key LIKE 'ip:%'`); // as if from another address

    // 30 wrong and the right one at once (the reported attack): five are checked, whichever they are.
    const mixed = [...Array.from({ length: 30 }, (_, i) => `wrong-${i}`), 'tvaers-demo'].map((password) =>
      app.anonymous.gql(LOGIN, { email: 'auditor@tvaers.demo', password }),
    );
    const mixedCodes = (await Promise.all(mixed)).map(codeOf);
    expect(mixedCodes.filter((c) => c !== 'TOO_MANY_REQUESTS')).toHaveLength(5);
    const [row] = await app.dataSource.query(`SELECT attempts FROM login_throttle WHERE key = 'email:viewer@tvaers.demo'`);
    expect(row.attempts).toBeGreaterThanOrEqual(50);
  });

  it('6: a title with non-characters is refused, and text already stored cannot break the XLSX or IATI files', async () => {
    expect(
      errorOf(
        await app.gql(`mutation($p: ID!) { createProject(input: { programmeId: $p, code: "XML-1", title: "ab\\uFFFF\\uFFFE" }) { id } }`, {
          p: dk,
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['input.title'] });
    // A row written before the rule existed (straight into the database) still exports as well-formed XML.
    const [project] = await app.dataSource.query(`SELECT id, title FROM projects WHERE programme_id = $1 ORDER BY code LIMIT 1`, [dk]);
    await app.dataSource.query(`UPDATE projects SET title = $2 WHERE id = $1`, [project.id, 'ab\uFFFF\uFFFE\u0001 gammel titel']);
    try {
      const auditor = await app.as('AUDITOR');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await download(`/exports/programmes/${dk}/portfolio.xlsx?lang=en`, auditor.token)) as never);
      const projects = workbook.worksheets.find((w) => w.name === 'Projects')!;
      expect(projects.rowCount).toBe(36);
      const titles = projects.getColumn(2).values as string[];
      expect(titles).toContain('ab\uFFFD\uFFFD\uFFFD gammel titel');
      const office = await app.as('PROGRAMME_OFFICE');
      const template = new ExcelJS.Workbook();
      await template.xlsx.load((await download(`/imports/programmes/${dk}/template.xlsx?filled=true`, office.token)) as never);
      const dir = await mkdtemp(path.join(os.tmpdir(), 'tvaers-iati-'));
      try {
        const file = path.join(dir, 'iati.xml');
        await writeFile(file, await download(`/exports/programmes/${dk}/iati.xml`, auditor.token));
        if (spawnSync('xmllint', ['--version']).status === 0)
          expect(spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' }).stderr).toBe('');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    } finally {
      await app.dataSource.query(`UPDATE projects SET title = $2 WHERE id = $1`, [project.id, project.title]);
    }
  });

  it('7: text cells a spreadsheet would run as formulas are neutralised in both CSV dialects; amounts stay numbers', async () => {
    const world = await createWorld(app);
    const payloads = ['=HYPERLINK("http://example.invalid","klik")', '+1+2', '-3+4', '@SUM(A1)', '\tTab først'];
    for (const [i, title] of payloads.entries()) {
      await app.ok(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
        input: { programmeId: world.programme.id, code: `CSV-${i}`, title },
      });
    }
    await app.ok(`mutation($input: RecordCostInput!) { recordCost(input: $input) { id } }`, {
      input: {
        projectId: world.project.id,
        date: '2026-03-01',
        payerId: world.lead.id,
        category: 'DEVELOPMENT',
        amount: '-1250.50',
        reference: '=1+1',
      },
    });
    const auditor = await app.as('AUDITOR');
    for (const dialect of ['rfc', 'nordic']) {
      const projects = (
        await download(`/exports/programmes/${world.programme.id}/projects.csv?dialect=${dialect}`, auditor.token)
      ).toString('utf8');
      expect(projects).toContain(`"'=HYPERLINK(""http://example.invalid"",""klik"")"`);
      for (const cell of ["'+1+2", "'-3+4", "'@SUM(A1)", "'\tTab først"]) expect(projects).toContain(cell);
      expect(projects).not.toMatch(/[,;]=HYPERLINK/);
      const costs = (await download(`/exports/programmes/${world.programme.id}/costs.csv?dialect=${dialect}`, auditor.token)).toString(
        'utf8',
      );
      expect(costs).toContain(dialect === 'rfc' ? '-1250.50' : '-1250,50');
      expect(costs).toContain("'=1+1");
    }
  });

  it('8: a partner that funds, pays or receives cannot be removed, and the refusal says what refers to it', async () => {
    const world = await createWorld(app);
    const line = await addBudgetLine(app, world.project.id, world.lead.id, 2026, '1000.00');
    const refused = await app.gql(`mutation($id: ID!, $v: Int!) { removeParticipation(id: $id, version: $v) }`, {
      id: world.leadParticipation.id,
      v: world.leadParticipation.version,
    });
    expect(errorOf(refused).code).toBe('INVALID_TRANSITION');
    expect(errorOf(refused).message).toContain('the funder of budget lines (1)');
    expect(await app.dataSource.query(`SELECT 1 FROM participations WHERE id = $1`, [world.leadParticipation.id])).toHaveLength(1);
    await app.ok(`mutation($id: ID!, $v: Int!) { deleteBudgetLine(id: $id, version: $v) }`, { id: line.id, v: line.version });
    await app.ok(`mutation($id: ID!, $v: Int!) { removeParticipation(id: $id, version: $v) }`, {
      id: world.leadParticipation.id,
      v: world.leadParticipation.version,
    });
  });

  it('10: whatever the API accepts round-trips through the filled template (300 emoji, 99,999,999,999,999.9999)', async () => {
    const emoji = '😀'.repeat(300);
    const { createProject } = await app.ok(`mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`, {
      input: { programmeId: dk, code: 'EMOJI-1', title: emoji },
    });
    const [org] = await app.dataSource.query(`SELECT organisation_id AS id FROM participations LIMIT 1`);
    await app.ok(`mutation($input: AddParticipationInput!) { addParticipation(input: $input) { id } }`, {
      input: { projectId: createProject.id, organisationId: org.id, roles: ['LEAD'] },
    });
    await app.ok(`mutation($input: AddBenefitInput!) { addBenefit(input: $input) { id } }`, {
      input: {
        projectId: createProject.id,
        receiverId: org.id,
        title: 'Målt i antal',
        kind: 'NON_CASH',
        unit: 'COUNT',
        baselineValue: '99999999999999.9999',
        targets: [],
      },
    });
    const office = await app.as('PROGRAMME_OFFICE');
    const file = await download(`/imports/programmes/${dk}/template.xlsx?filled=true`, office.token);
    const before = await databaseFingerprint(app);
    const result = await (await upload(app, office.token, dk, file)).json();
    expect(result).toMatchObject({ ok: true, problems: [] });
    for (const [sheet, counts] of Object.entries(result.counts))
      expect({ sheet, ...counts }).toMatchObject({ sheet, created: 0, updated: 0 });
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('11: only an administrator deletes a programme, and only one without projects', async () => {
    const [{ version }] = await app.dataSource.query(`SELECT version FROM programmes WHERE id = $1`, [dk]);
    const office = await app.as('PROGRAMME_OFFICE');
    const DELETE = `mutation($id: ID!, $v: Int!) { deleteProgramme(id: $id, version: $v) }`;
    expect(errorOf(await office.gql(DELETE, { id: dk, v: version })).code).toBe('FORBIDDEN');
    const refused = errorOf(await app.gql(DELETE, { id: dk, v: version }));
    expect(refused.code).toBe('INVALID_TRANSITION');
    expect(refused.message).toMatch(/still has \d+ projects/);
    expect(await app.dataSource.query(`SELECT 1 FROM programmes WHERE id = $1`, [dk])).toHaveLength(1);
    const empty = await createProgramme(app);
    await app.ok(DELETE, { id: empty.id, v: empty.version });
  });
});

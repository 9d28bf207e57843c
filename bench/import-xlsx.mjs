#!/usr/bin/env node
// Benchmark: importing a 10,000-row XLSX through the API (upload, reading every sheet, checking every
// row against the rules and the database, one transaction of set-based writes with audit events).
// Prints the time of a dry run (checks only), of the import, and of importing the same file again
// (everything unchanged), with the API process's peak memory.
//   npm run bench:import -- --rows 10000
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { openBenchDatabase, startBenchApi } from './support.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
const target = Number(values.rows);

/** A realistic mix: per project 2 partners, 3 budget lines, 1 benefit, 2 targets, ~1 measurement. */
async function workbookWithRows(rows) {
  const perProject = 2 + 3 + 1 + 2 + 1 + 1; // project, partners, budget, benefit, targets, measurement
  const organisations = 50;
  const projects = Math.floor((rows - organisations) / perProject);
  const workbook = new ExcelJS.Workbook();
  const sheet = (name, header) => {
    const worksheet = workbook.addWorksheet(name);
    worksheet.addRow(header);
    return worksheet;
  };
  const orgs = sheet('Organisations', ['Identifier', 'Country', 'Name', 'Sector']);
  // New organisations on every run, so that each run imports 10,000 new rows.
  const run = randomUUID().slice(0, 8).toUpperCase();
  const identifiers = Array.from({ length: organisations }, (_, i) => `B${run}-${String(i).padStart(3, '0')}`);
  identifiers.forEach((id, i) => orgs.addRow([id, 'DK', `Benchkommune ${i}`, i % 5 === 0 ? 'STATE' : 'MUNICIPALITY']));
  const projectSheet = sheet('Projects', ['Project code', 'Title', 'Phase', 'Planned start', 'Planned end', 'Life events']);
  const partners = sheet('Partners', ['Project code', 'Organisation', 'Roles']);
  const budget = sheet('Budget', ['Project code', 'Fiscal year', 'Funder', 'Category', 'Amount']);
  const benefits = sheet('Benefits', ['Project code', 'Benefit', 'Kind', 'Unit', 'Receiver']);
  const targets = sheet('Benefit targets', ['Project code', 'Benefit', 'Fiscal year', 'Target']);
  const measurements = sheet('Measurements', ['Project code', 'Benefit', 'Fiscal year', 'Value', 'Evidence']);
  let count = organisations;
  for (let p = 0; p < projects; p++) {
    const code = `B-${String(p).padStart(5, '0')}`;
    const lead = identifiers[p % organisations];
    const other = identifiers[(p + 7) % organisations];
    projectSheet.addRow([
      code,
      `Benchprojekt ${p}`,
      'EXECUTION',
      new Date(Date.UTC(2025, 0, 1)),
      new Date(Date.UTC(2027, 11, 31)),
      'MOVING_HOUSE',
    ]);
    partners.addRow([code, lead, 'LEAD, CO_FUNDER']);
    partners.addRow([code, other, 'CO_FUNDER, BENEFIT_RECEIVER']);
    for (const [year, funder] of [
      [2025, lead],
      [2026, other],
      [2027, lead],
    ])
      budget.addRow([code, year, funder, 'DEVELOPMENT', 100000 + (p % 97) * 1000.25]);
    benefits.addRow([code, 'Sparede sagsbehandlingstimer', 'CASH_RELEASING', 'HOURS', other]);
    targets.addRow([code, 'Sparede sagsbehandlingstimer', 2026, 1000]);
    targets.addRow([code, 'Sparede sagsbehandlingstimer', 2027, 2500]);
    measurements.addRow([code, 'Sparede sagsbehandlingstimer', 2026, 900 + (p % 50), 'Tidsregistrering']);
    count += perProject;
  }
  return { file: Buffer.from(await workbook.xlsx.writeBuffer()), rows: count };
}

const database = await openBenchDatabase();
const { pool } = database;
try {
  const programmeId = randomUUID();
  await pool.query(
    `INSERT INTO programmes (id, name, currency, period_start_year, period_end_year, funding_envelope, fte_annual_cost, hourly_rate)
     VALUES ($1, $2, 'DKK', 2025, 2027, 300000000, 550000, 400)`,
    [programmeId, `Importbench ${new Date().toISOString()}`],
  );
  let started = Date.now();
  const { file, rows } = await workbookWithRows(target);
  console.log(
    `Workbook: ${rows.toLocaleString('en')} rows, ${(file.length / 1024 / 1024).toFixed(1)} MB, written in ${Date.now() - started} ms`,
  );

  const { app, token, baseUrl } = await startBenchApi(database, 'PROGRAMME_OFFICE');
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const post = async (query) => {
    const begun = process.hrtime.bigint();
    const response = await fetch(`${baseUrl}/imports/programmes/${programmeId}/portfolio.xlsx${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      body: file,
    });
    const result = await response.json();
    if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.problems?.slice(0, 5) ?? result)}`);
    const sum = (field) => Object.values(result.counts).reduce((n, c) => n + c[field], 0);
    return {
      ms: Number(process.hrtime.bigint() - begun) / 1e6,
      created: sum('created'),
      updated: sum('updated'),
      unchanged: sum('unchanged'),
    };
  };

  const dryRun = await post('?dryRun=true');
  const first = await post('');
  const again = await post('');
  clearInterval(sampler);
  const [{ n }] = (await pool.query(`SELECT count(*)::int AS n FROM projects WHERE programme_id = $1`, [programmeId])).rows;
  const events = (
    await pool.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE operation LIKE 'import sha256:%' AND at > now() - interval '10 minutes'`,
    )
  ).rows[0].n;

  const line = (label, r) =>
    console.log(
      `${label.padEnd(30)} ${r.ms.toFixed(0).padStart(7)} ms   created ${r.created}, updated ${r.updated}, unchanged ${r.unchanged}`,
    );
  console.log('');
  line('Check only (dry run)', dryRun);
  line('Import', first);
  line('Same file again', again);
  console.log(
    `\nImport of ${rows.toLocaleString('en')} rows: ${(first.ms / 1000).toFixed(2)} s (${Math.round(rows / (first.ms / 1000)).toLocaleString('en')} rows/s); ${n} projects in the programme; ${events} audit events written`,
  );
  console.log(`Peak RSS of the API process during the three uploads: +${((peak - rssBefore) / 1024 / 1024).toFixed(0)} MB`);
  await app.close();
} finally {
  await database.close();
}

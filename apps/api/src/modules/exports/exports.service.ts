import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { QueryRunner } from 'typeorm';
import { ReadDatabase } from '../../database/read-database.js';
import { currentUser } from '../../auth/request-context.js';
import { NotFoundError } from '../../common/errors/domain-errors.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { PortfolioService } from '../portfolio/portfolio.service.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { BOM, type Column, type CsvDialect, csvLine } from './csv.js';
import { crlfLineEnds, csvCopySql } from './csv-copy.js';
import { ExportStream } from './export-metadata.js';
import { XlsxExport } from './xlsx-export.js';
import { writeBriefing } from './briefing-pdf.js';
import type { BriefingLanguage } from './briefing-labels.js';
import { EXPORT_TABLES } from './export-tables.js';
import { IATI_FOOTER, iatiActivity, type IatiContext, iatiHeader, type IatiOrganisation, type IatiProject } from './iati.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { AuditVerificationModel } from '../audit/audit.model.js';
import { verifyAuditChain } from '../audit/audit.service.js';
import type { ProjectFiguresModel } from '../portfolio/portfolio.model.js';
import { SettlementService } from '../portfolio/settlement.service.js';
import { SimulationService } from '../simulation/simulation.service.js';
import { SIMULATION_DEFAULT_ITERATIONS, SIMULATION_DEFAULT_SEED } from '@tvaers/domain';
import type { SettlementTransferModel } from '../portfolio/settlement.model.js';

const PAGE_SIZE = 5000;

const BUSINESS_CASE_COLUMNS: Column[] = [
  { header: 'code', type: 'text' },
  { header: 'title', type: 'text' },
  { header: 'phase', type: 'text' },
  { header: 'budget', type: 'decimal' },
  { header: 'co_funding', type: 'decimal' },
  { header: 'actual_cost', type: 'decimal' },
  { header: 'forecast_cost', type: 'decimal' },
  { header: 'npv', type: 'decimal' },
  { header: 'realised_npv', type: 'decimal' },
  { header: 'net_benefit', type: 'decimal' },
  { header: 'payback_year', type: 'int' },
  { header: 'realisation_rate', type: 'decimal' },
  { header: 'cost_light', type: 'text' },
  { header: 'schedule_light', type: 'text' },
  { header: 'benefit_light', type: 'text' },
];

const SETTLEMENT_COLUMNS: Column[] = [
  { header: 'group_by', type: 'text' },
  { header: 'from_id', type: 'text' },
  { header: 'from', type: 'text' },
  { header: 'to_id', type: 'text' },
  { header: 'to', type: 'text' },
  { header: 'amount', type: 'decimal' },
];

const SETTLEMENT_GROUPINGS = ['SECTOR', 'ORGANISATION'] as const;

function settlementRow(groupBy: string, t: SettlementTransferModel): (string | number | null)[] {
  return [groupBy, t.from.id, t.from.name, t.to.id, t.to.name, t.amount];
}

const AUDIT_COLUMNS: Column[] = ['sequence', 'at', 'actor', 'operation', 'action', 'entity_type', 'entity_id', 'before', 'after', 'previous_hash', 'hash'].map((header) => ({
  header,
  type: header === 'sequence' ? 'int' : 'text',
}));

const AUDIT_EVENTS_EXPORT_SQL = `SELECT sequence::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, actor_email, operation, action, entity_type, entity_id::text AS entity_id,
              before::text AS before, after::text AS after, previous_hash, hash
         FROM audit_events ORDER BY sequence`;

/** One business-case row in BUSINESS_CASE_COLUMNS order (CSV and XLSX share it). */
function businessCaseRow(p: ProjectFiguresModel): (string | number | null)[] {
  return [p.code, p.title, p.phase, p.budget, p.coFunding, p.actualCost, p.forecastCost, p.npv, p.realisedNpv, p.netBenefit, p.paybackYear, p.realisationRate, p.costRag, p.scheduleRag, p.benefitRag];
}

/** The chain verification in one line, for the X-Audit-Chain header and the XLSX metadata sheet. */
function chainSummary(v: AuditVerificationModel): string {
  return v.ok ? `OK; ${v.checked} events verified` : `BROKEN at sequence ${v.firstBrokenSequence}: ${v.reason}`;
}

/** Pages through `sql` with a server-side cursor on `runner`, which must be in a transaction. */
async function cursorIn(runner: QueryRunner, sql: string, parameters: unknown[], onPage: (rows: Record<string, string | number | null>[]) => Promise<void>): Promise<void> {
  await runner.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${sql}`, parameters);
  for (;;) {
    const page = (await runner.query(`FETCH ${PAGE_SIZE} FROM export_cursor`)) as Record<string, string | number | null>[];
    if (page.length === 0) break;
    await onPage(page);
    if (page.length < PAGE_SIZE) break;
  }
}

/**
 * COPY (`select`) TO STDOUT as CSV on `client`, line ends made CRLF, into `onChunk`, which waits while
 * the client reads slower than we produce (the COPY then waits in PostgreSQL). `parameters` replace
 * $1, $2 … as quoted literals: COPY takes no bind parameters. Returns the number of rows.
 */
async function copyCsvIn(client: pg.PoolClient, select: string, parameters: string[], columns: readonly Column[], dialect: CsvDialect, onChunk: (chunk: Buffer) => Promise<void>): Promise<number> {
  const literal = select.replace(/\$(\d+)/g, (_, n: string) => client.escapeLiteral(parameters[Number(n) - 1] ?? ''));
  const { fields } = await client.query(`SELECT * FROM (${literal}) AS described LIMIT 0`);
  const lineEnds = crlfLineEnds();
  const copy = client.query(copyTo(csvCopySql(literal, fields.map((field) => field.name), columns, dialect)));
  for await (const chunk of copy as AsyncIterable<Buffer>) await onChunk(lineEnds(chunk));
  return Number(copy.rowCount);
}

@Injectable()
export class ExportsService {
  constructor(
    private readonly read: ReadDatabase,
    private readonly portfolio: PortfolioService,
    private readonly settlement: SettlementService,
    private readonly simulation: SimulationService,
  ) {}

  /**
   * Runs `work` on one connection in a read-only REPEATABLE READ transaction: every statement of an
   * export sees the same snapshot. A failure ends the connection rather than return it to the pool in
   * the middle of a cursor or a COPY (released with the error, pg-pool closes it; TypeORM documents the
   * method but types it private).
   */
  private async inSnapshot<T>(work: (runner: QueryRunner, client: pg.PoolClient) => Promise<T>): Promise<T> {
    const runner = this.read.source.createQueryRunner();
    const client = (await runner.connect()) as pg.PoolClient;
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      const result = await work(runner, client);
      await runner.commitTransaction();
      await runner.release();
      return result;
    } catch (error) {
      await (runner as unknown as { releasePostgresConnection(error: Error): Promise<void> }).releasePostgresConnection(error as Error);
      throw error;
    }
  }

  /**
   * Runs `sql` through a server-side cursor in the snapshot and hands over the rows page by page: one
   * sort in PostgreSQL and constant memory here.
   */
  private withCursor(sql: string, parameters: unknown[], onPage: (rows: Record<string, string | number | null>[]) => Promise<void>): Promise<void> {
    return this.inSnapshot((runner) => cursorIn(runner, sql, parameters, onPage));
  }

  /**
   * Streams `select` as CSV written by PostgreSQL (COPY … TO STDOUT) in the snapshot, with the line ends
   * made CRLF, into `onChunk`. Returns the number of rows.
   */
  private copyCsv(select: string, parameters: string[], columns: readonly Column[], dialect: CsvDialect, onChunk: (chunk: Buffer) => Promise<void>): Promise<number> {
    return this.inSnapshot((_runner, client) => copyCsvIn(client, select, parameters, columns, dialect, onChunk));
  }

  private by(): string {
    const user = currentUser();
    return user ? `${user.name} <${user.email}> (${user.role})` : 'unknown';
  }

  /** One portfolio table as CSV, written by PostgreSQL's COPY and streamed (constant memory at any size). */
  async programmeTableCsv(res: Response, programmeId: string, tableName: string, dialect: CsvDialect): Promise<{ rows: number; sha256: string }> {
    const programme = await findOrFail(this.read.source.manager, ProgrammeEntity, 'Programme', programmeId);
    // portfolio.csv (the docs/domain.md name) is the per-project overview: the business-case table.
    if (tableName === 'business-case' || tableName === 'portfolio') return this.businessCaseCsv(res, programme, `${tableName}.csv`, dialect);
    const table = EXPORT_TABLES.find((t) => t.name === tableName);
    if (!table) throw new NotFoundError('Export table', tableName);
    const out = new ExportStream(res, { fileName: `${tableName}.csv`, contentType: 'text/csv; charset=utf-8', generatedBy: this.by(), programme: programme.name, dataAsOf: await this.read.dataAsOfOrNow() });
    await out.write(BOM + csvLine(table.columns.map((c) => c.header), table.columns, dialect));
    const rows = await this.copyCsv(table.sql, [programmeId], table.columns, dialect, (chunk) => out.writeBytes(chunk));
    return { rows, ...out.end() };
  }

  private async businessCaseCsv(res: Response, programme: ProgrammeEntity, fileName: string, dialect: CsvDialect) {
    const { projects } = await this.portfolio.projectFigures(programme.id);
    const out = new ExportStream(res, { fileName, contentType: 'text/csv; charset=utf-8', generatedBy: this.by(), programme: programme.name, dataAsOf: await this.read.dataAsOfOrNow() });
    let text = BOM + csvLine(BUSINESS_CASE_COLUMNS.map((c) => c.header), BUSINESS_CASE_COLUMNS, dialect);
    for (const p of projects) {
      text += csvLine(businessCaseRow(p), BUSINESS_CASE_COLUMNS, dialect);
    }
    await out.write(text);
    return { rows: projects.length, ...out.end() };
  }

  /** The settlement rows of the given groupings (sector first), as the CSV and the XLSX sheet carry them. */
  private async settlementRows(programmeId: string, groupings: readonly ('SECTOR' | 'ORGANISATION')[]): Promise<(string | number | null)[][]> {
    const rows: (string | number | null)[][] = [];
    for (const groupBy of groupings) for (const t of await this.settlement.proposal(programmeId, groupBy)) rows.push(settlementRow(groupBy, t));
    return rows;
  }

  /** The settlement proposal (who compensates whom, net) as CSV: by sector and by organisation, or one of them. */
  async settlementCsv(res: Response, programmeId: string, groupBy: 'SECTOR' | 'ORGANISATION' | undefined, dialect: CsvDialect) {
    const programme = await findOrFail(this.read.source.manager, ProgrammeEntity, 'Programme', programmeId);
    const rows = await this.settlementRows(programmeId, groupBy ? [groupBy] : SETTLEMENT_GROUPINGS);
    const out = new ExportStream(res, { fileName: 'settlement.csv', contentType: 'text/csv; charset=utf-8', generatedBy: this.by(), programme: programme.name, dataAsOf: await this.read.dataAsOfOrNow() });
    await out.write(BOM + csvLine(SETTLEMENT_COLUMNS.map((c) => c.header), SETTLEMENT_COLUMNS, dialect) + rows.map((row) => csvLine(row, SETTLEMENT_COLUMNS, dialect)).join(''));
    return { rows: rows.length, ...out.end() };
  }

  /** The whole audit trail with hashes; the chain verification travels in the X-Audit-Chain header. */
  /**
   * The audit trail, with X-Audit-Chain from a verification in the same snapshot as the rows: on a
   * lagging replica too, the header vouches for exactly the events in the file.
   */
  async auditCsv(res: Response, dialect: CsvDialect) {
    const dataAsOf = await this.read.dataAsOfOrNow();
    return this.inSnapshot(async (runner, client) => {
      res.setHeader('X-Audit-Chain', chainSummary(await verifyAuditChain(runner)));
      const out = new ExportStream(res, { fileName: 'audit.csv', contentType: 'text/csv; charset=utf-8', generatedBy: this.by(), dataAsOf });
      await out.write(BOM + csvLine(AUDIT_COLUMNS.map((c) => c.header), AUDIT_COLUMNS, dialect));
      await copyCsvIn(client, AUDIT_EVENTS_EXPORT_SQL, [], AUDIT_COLUMNS, dialect, (chunk) => out.writeBytes(chunk));
      return out.end();
    });
  }

  /** IATI 2.03 activities of a programme, built in batches of projects (bounded memory). */
  async iatiXml(res: Response, programmeId: string): Promise<{ activities: number; sha256: string }> {
    const programme = await findOrFail(this.read.source.manager, ProgrammeEntity, 'Programme', programmeId);
    const fund = programme.fundOrganisationId ? await this.read.source.manager.findOne(OrganisationEntity, { where: { id: programme.fundOrganisationId } }) : null;
    const country = fund?.country ?? (programme.currency === 'NOK' ? 'NO' : 'DK');
    const generatedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const context: IatiContext = {
      currency: programme.currency,
      language: country === 'NO' ? 'nb' : 'da',
      country,
      reporter: fund ?? { name: programme.name, sector: 'JOINT_BODY', country, identifier: programme.id },
      fiscalYearStartMonth: programme.fiscalYearStartMonth,
      defaultDate: `${programme.periodStartYear}-01-01`,
      generatedAt,
    };
    const out = new ExportStream(res, { fileName: 'iati-activities.xml', contentType: 'application/xml; charset=utf-8', generatedBy: this.by(), programme: programme.name, dataAsOf: await this.read.dataAsOfOrNow() });
    await out.write(iatiHeader(generatedAt));
    let after = '';
    let activities = 0;
    for (;;) {
      const projects: { id: string; code: string; title: string; description: string; phase: string; planned_start: string | null; planned_end: string | null; actual_start: string | null; actual_end: string | null }[] =
        await this.read.source.query(
          `SELECT id, code, title, description, phase, planned_start::text, planned_end::text, actual_start::text, actual_end::text
             FROM projects WHERE programme_id = $1 AND code > $2 ORDER BY code LIMIT 500`,
          [programmeId, after],
        );
      if (projects.length === 0) break;
      const ids = projects.map((p) => p.id);
      const [partners, budgets, costs, benefits, targets, actuals] = await Promise.all([
        this.read.source.query(`SELECT pa.project_id, pa.roles, o.name, o.sector, o.country, o.identifier FROM participations pa JOIN organisations o ON o.id = pa.organisation_id WHERE pa.project_id = ANY($1) ORDER BY o.name`, [ids]),
        this.read.source.query(`SELECT project_id, fiscal_year, sum(amount)::text AS amount FROM budget_lines WHERE project_id = ANY($1) GROUP BY 1, 2 ORDER BY 2`, [ids]),
        this.read.source.query(`SELECT c.project_id, c.date::text AS date, c.amount::text AS amount, o.name, o.sector, o.country, o.identifier FROM cost_actuals c JOIN organisations o ON o.id = c.payer_id WHERE c.project_id = ANY($1) ORDER BY c.date, c.id`, [ids]),
        this.read.source.query(`SELECT id, project_id, title, unit, baseline_value::text AS baseline_value FROM benefits WHERE project_id = ANY($1) AND kind <> 'QUALITATIVE' ORDER BY title, id`, [ids]),
        this.read.source.query(`SELECT t.benefit_id, t.fiscal_year, t.value::text AS value FROM benefit_targets t JOIN benefits b ON b.id = t.benefit_id WHERE b.project_id = ANY($1)`, [ids]),
        this.read.source.query(`SELECT m.benefit_id, m.fiscal_year, m.value::text AS value FROM benefit_measurements m JOIN benefits b ON b.id = m.benefit_id WHERE b.project_id = ANY($1) AND m.status IN ('VALIDATED', 'HARVESTED')`, [ids]),
      ]);
      const byKey = <T extends Record<string, unknown>>(rows: T[], key: string) => {
        const map = new Map<string, T[]>();
        for (const row of rows) map.set(String(row[key]), [...(map.get(String(row[key])) ?? []), row]);
        return map;
      };
      const org = (r: Record<string, unknown>): IatiOrganisation => ({ name: String(r['name']), sector: String(r['sector']), country: String(r['country']), identifier: String(r['identifier']) });
      const partnersOf = byKey(partners, 'project_id');
      const budgetsOf = byKey(budgets, 'project_id');
      const costsOf = byKey(costs, 'project_id');
      const benefitsOf = byKey(benefits, 'project_id');
      const targetsOf = byKey(targets, 'benefit_id');
      const actualsOf = byKey(actuals, 'benefit_id');
      let text = '';
      for (const p of projects) {
        const project: IatiProject = {
          code: p.code,
          title: p.title,
          description: p.description,
          phase: p.phase,
          plannedStart: p.planned_start,
          plannedEnd: p.planned_end,
          actualStart: p.actual_start,
          actualEnd: p.actual_end,
          partners: (partnersOf.get(p.id) ?? []).map((r) => ({ ...org(r), roles: r['roles'] as string[] })),
          budgets: (budgetsOf.get(p.id) ?? []).map((r) => ({ fiscalYear: Number(r['fiscal_year']), amount: String(r['amount']) })),
          costs: (costsOf.get(p.id) ?? []).map((r) => ({ date: String(r['date']), amount: String(r['amount']), payer: org(r) })),
          benefits: (benefitsOf.get(p.id) ?? []).map((b) => ({
            title: String(b['title']),
            unit: String(b['unit']),
            baselineValue: (b['baseline_value'] as string | null) ?? null,
            targets: (targetsOf.get(String(b['id'])) ?? []).map((t) => ({ fiscalYear: Number(t['fiscal_year']), value: String(t['value']) })),
            actuals: (actualsOf.get(String(b['id'])) ?? []).map((a) => ({ fiscalYear: Number(a['fiscal_year']), value: String(a['value']) })),
          })),
        };
        text += iatiActivity(project, context);
      }
      await out.write(text);
      activities += projects.length;
      after = projects[projects.length - 1]!.code;
      if (projects.length < 500) break;
    }
    await out.write(IATI_FOOTER);
    return { activities, ...out.end() };
  }

  /**
   * The portfolio report as one XLSX workbook: a metadata sheet, then every table (the same rows as
   * the CSV exports) and the business case per project.
   */
  async portfolioXlsx(res: Response, programmeId: string): Promise<{ sha256: string }> {
    const programme = await findOrFail(this.read.source.manager, ProgrammeEntity, 'Programme', programmeId);
    const dataAsOf = await this.read.dataAsOfOrNow();
    const out = new ExportStream(res, {
      fileName: 'portfolio.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      generatedBy: this.by(),
      programme: programme.name,
      dataAsOf,
    });
    const workbook = new XlsxExport(out);
    const meta = workbook.sheet('metadata', [
      { header: 'field', type: 'text' },
      { header: 'value', type: 'text' },
    ]);
    for (const [field, value] of [
      ['programme', programme.name],
      ['currency', programme.currency],
      ['generated_at', new Date().toISOString()],
      ['generated_by', this.by()],
      ['data_as_of', dataAsOf.toISOString()],
      ['content_sha256', 'sent as the HTTP trailer X-Content-SHA256 of this download'],
    ]) meta.add([field, value]);
    meta.done();
    for (const table of EXPORT_TABLES) {
      const sheet = workbook.sheet(table.name, table.columns);
      await this.withCursor(table.sql, [programmeId], async (page) => {
        for (const row of page) sheet.add(Object.values(row));
      });
      sheet.done();
    }
    const { projects } = await this.portfolio.projectFigures(programmeId);
    const businessCase = workbook.sheet('business-case', BUSINESS_CASE_COLUMNS);
    for (const p of projects) businessCase.add(businessCaseRow(p));
    businessCase.done();
    const settlement = workbook.sheet('settlement', SETTLEMENT_COLUMNS);
    for (const row of await this.settlementRows(programmeId, SETTLEMENT_GROUPINGS)) settlement.add(row);
    settlement.done();
    await workbook.finish();
    return out.end();
  }

  /** The audit trail as XLSX: the verification result on the metadata sheet, the events with hashes. */
  /** The audit trail as a workbook; its chain verification, like audit.csv's, is of the snapshot it holds. */
  async auditXlsx(res: Response): Promise<{ sha256: string }> {
    const dataAsOf = await this.read.dataAsOfOrNow();
    return this.inSnapshot(async (runner) => {
      const chain = chainSummary(await verifyAuditChain(runner));
      res.setHeader('X-Audit-Chain', chain);
      const out = new ExportStream(res, { fileName: 'audit.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', generatedBy: this.by(), dataAsOf });
      const workbook = new XlsxExport(out);
      const meta = workbook.sheet('metadata', [
        { header: 'field', type: 'text' },
        { header: 'value', type: 'text' },
      ]);
      for (const row of [
        ['generated_at', new Date().toISOString()],
        ['generated_by', this.by()],
        ['chain_verification', chain],
      ]) meta.add(row);
      meta.done();
      const events = workbook.sheet('events', AUDIT_COLUMNS);
      await cursorIn(runner, AUDIT_EVENTS_EXPORT_SQL, [], async (page) => {
        for (const row of page) events.add(Object.values(row));
      });
      events.done();
      await workbook.finish();
      return out.end();
    });
  }

  /** The politicians' PDF briefing in the chosen language. */
  async briefingPdf(res: Response, programmeId: string, language: BriefingLanguage): Promise<{ sha256: string }> {
    const programme = await findOrFail(this.read.source.manager, ProgrammeEntity, 'Programme', programmeId);
    const summary = await this.portfolio.summary(programmeId);
    const simulations = await this.simulation.simulateProgramme(programmeId, SIMULATION_DEFAULT_ITERATIONS, SIMULATION_DEFAULT_SEED);
    const out = new ExportStream(res, { fileName: 'portfolio.pdf', contentType: 'application/pdf', generatedBy: this.by(), programme: programme.name, dataAsOf: await this.read.dataAsOfOrNow() });
    await writeBriefing(out, programme.name, summary, language, simulations);
    return out.end();
  }
}

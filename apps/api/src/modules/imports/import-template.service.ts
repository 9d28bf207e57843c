import { Injectable } from '@nestjs/common';
import { spreadsheetCellOf, utcMidnight } from '@tvaers/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { assertProgrammeRole } from '../../auth/write-scope.js';
import { findOrFail } from '../../common/persistence/versioned-writes.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { TrackEntity } from '../programmes/track.entity.js';
import type { ImportLanguage } from './import-sheets.js';
import { importTemplate, type TemplateRows } from './import-template.js';

const day = (iso: string | null | undefined) => (iso ? utcMidnight(iso) : null);
const amount = (text: string | null | undefined) => (text == null ? null : spreadsheetCellOf(text));

/**
 * The programme's projects in the import layout, so they can be edited in a spreadsheet and imported
 * again. One statement per sheet; amounts go out as numbers (two or four decimals survive a double).
 */
async function programmeRows(manager: EntityManager, programmeId: string, organisations: OrganisationEntity[]): Promise<TemplateRows> {
  // An identifier shared by organisations in two countries is written with its country, as the import reads it.
  const counts = new Map<string, number>();
  for (const o of organisations) counts.set(o.identifier.toLowerCase(), (counts.get(o.identifier.toLowerCase()) ?? 0) + 1);
  const refOf = new Map(
    organisations.map((o) => [o.id, counts.get(o.identifier.toLowerCase())! > 1 ? `${o.country.trim()}:${o.identifier}` : o.identifier]),
  );
  const q = (sql: string) => manager.query(sql, [programmeId]) as Promise<Record<string, string | null>[]>;
  const [projects, partners, budget, benefits, targets, measurements] = [
    await q(`SELECT p.code, p.title, p.description, t.code AS track, p.phase, p.planned_start::text, p.planned_end::text, p.forecast_start::text, p.forecast_end::text,
                    p.actual_start::text, p.actual_end::text, array_to_string(p.life_events, ', ') AS life_events, array_to_string(p.common_components, ', ') AS common_components
               FROM projects p LEFT JOIN tracks t ON t.id = p.track_id WHERE p.programme_id = $1 ORDER BY p.code`),
    await q(
      `SELECT p.code, x.organisation_id, array_to_string(x.roles, ', ') AS roles FROM participations x JOIN projects p ON p.id = x.project_id WHERE p.programme_id = $1 ORDER BY p.code, x.created_at, x.id`,
    ),
    await q(
      `SELECT p.code, x.fiscal_year::text, x.funder_id, x.category, x.amount::text, x.low::text, x.high::text FROM budget_lines x JOIN projects p ON p.id = x.project_id WHERE p.programme_id = $1 ORDER BY p.code, x.fiscal_year, x.category, x.id`,
    ),
    await q(
      `SELECT p.code, x.title, x.kind, x.unit, x.receiver_id, x.owner, x.baseline_value::text, x.measurement_method, x.process, x.per_adopter::text FROM benefits x JOIN projects p ON p.id = x.project_id WHERE p.programme_id = $1 ORDER BY p.code, x.title, x.id`,
    ),
    await q(
      `SELECT p.code, b.title, x.fiscal_year::text, x.value::text, x.low::text, x.high::text FROM benefit_targets x JOIN benefits b ON b.id = x.benefit_id JOIN projects p ON p.id = b.project_id WHERE p.programme_id = $1 ORDER BY p.code, b.title, x.fiscal_year`,
    ),
    await q(
      `SELECT p.code, b.title, x.fiscal_year::text, x.value::text, x.evidence FROM benefit_measurements x JOIN benefits b ON b.id = x.benefit_id JOIN projects p ON p.id = b.project_id WHERE p.programme_id = $1 ORDER BY p.code, b.title, x.fiscal_year`,
    ),
  ];
  return {
    projects: projects.map((r) => ({
      projectCode: r.code,
      title: r.title,
      description: r.description,
      track: r.track,
      phase: r.phase,
      plannedStart: day(r.planned_start),
      plannedEnd: day(r.planned_end),
      forecastStart: day(r.forecast_start),
      forecastEnd: day(r.forecast_end),
      actualStart: day(r.actual_start),
      actualEnd: day(r.actual_end),
      lifeEvents: r.life_events,
      commonComponents: r.common_components,
    })),
    partners: partners.map((r) => ({ projectCode: r.code, organisation: refOf.get(r.organisation_id!), roles: r.roles })),
    budget: budget.map((r) => ({
      projectCode: r.code,
      fiscalYear: Number(r.fiscal_year),
      funder: refOf.get(r.funder_id!),
      category: r.category,
      amount: amount(r.amount),
      low: amount(r.low),
      high: amount(r.high),
    })),
    benefits: benefits.map((r) => ({
      projectCode: r.code,
      benefit: r.title,
      kind: r.kind,
      unit: r.unit,
      receiver: refOf.get(r.receiver_id!),
      owner: r.owner,
      baselineValue: amount(r.baseline_value),
      measurementMethod: r.measurement_method,
      process: r.process,
      perAdopter: amount(r.per_adopter),
    })),
    targets: targets.map((r) => ({
      projectCode: r.code,
      benefit: r.title,
      fiscalYear: Number(r.fiscal_year),
      value: amount(r.value),
      low: amount(r.low),
      high: amount(r.high),
    })),
    measurements: measurements.map((r) => ({
      projectCode: r.code,
      benefit: r.title,
      fiscalYear: Number(r.fiscal_year),
      value: amount(r.value),
      evidence: r.evidence,
    })),
  };
}

@Injectable()
export class ImportTemplateService {
  constructor(private readonly dataSource: DataSource) {}

  /** The empty template, or with `filled` the programme's current projects in it. */
  async template(programmeId: string, language: ImportLanguage, filled = false): Promise<{ file: Buffer; programmeName: string }> {
    assertProgrammeRole(programmeId, ['PROGRAMME_OFFICE']);
    const manager = this.dataSource.manager;
    const programme = await findOrFail(manager, ProgrammeEntity, 'Programme', programmeId);
    const tracks = await manager.find(TrackEntity, { where: { programmeId }, order: { code: 'ASC' } });
    const organisations = await manager.find(OrganisationEntity, { order: { country: 'ASC', name: 'ASC' } });
    const rows = filled ? await programmeRows(manager, programmeId, organisations) : {};
    return { file: await importTemplate(language, programme, tracks, organisations, rows), programmeName: programme.name };
  }
}

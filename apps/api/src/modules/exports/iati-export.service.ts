import { Injectable } from '@nestjs/common';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { DownloadTarget } from './export-metadata.js';
import { ExportSnapshot } from './export-snapshot.js';
import {
  IATI_ACTUALS_SQL,
  IATI_BENEFITS_SQL,
  IATI_BUDGETS_SQL,
  IATI_COSTS_SQL,
  IATI_PARTNERS_SQL,
  IATI_PROJECTS_PAGE_SQL,
  IATI_TARGETS_SQL,
} from './exports.sql.js';
import { IATI_FOOTER, iatiActivity, type IatiContext, iatiHeader, type IatiOrganisation, type IatiProject } from './iati.js';

/** The IATI 2.03 activity file of a programme. */
@Injectable()
export class IatiExportService {
  constructor(private readonly snapshot: ExportSnapshot) {}

  /** IATI 2.03 activities of a programme, built in batches of projects (bounded memory). */
  async iatiXml(res: DownloadTarget, programmeId: string): Promise<{ activities: number; sha256: string }> {
    const programme = await this.snapshot.programme(programmeId);
    const fund = programme.fundOrganisationId
      ? await this.snapshot.read.source.manager.findOne(OrganisationEntity, { where: { id: programme.fundOrganisationId } })
      : null;
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
    const out = await this.snapshot.download(res, {
      fileName: 'iati-activities.xml',
      contentType: 'application/xml; charset=utf-8',
      programme: programme.name,
    });
    await out.write(iatiHeader(generatedAt));
    let after = '';
    let activities = 0;
    for (;;) {
      const projects: {
        id: string;
        code: string;
        title: string;
        description: string;
        phase: string;
        planned_start: string | null;
        planned_end: string | null;
        actual_start: string | null;
        actual_end: string | null;
      }[] = await this.snapshot.read.source.query(IATI_PROJECTS_PAGE_SQL, [programmeId, after]);
      if (projects.length === 0) break;
      const ids = projects.map((p) => p.id);
      const [partners, budgets, costs, benefits, targets, actuals] = await Promise.all([
        this.snapshot.read.source.query(IATI_PARTNERS_SQL, [ids]),
        this.snapshot.read.source.query(IATI_BUDGETS_SQL, [ids]),
        this.snapshot.read.source.query(IATI_COSTS_SQL, [ids]),
        this.snapshot.read.source.query(IATI_BENEFITS_SQL, [ids]),
        this.snapshot.read.source.query(IATI_TARGETS_SQL, [ids]),
        this.snapshot.read.source.query(IATI_ACTUALS_SQL, [ids]),
      ]);
      const byKey = <T extends Record<string, unknown>>(rows: T[], key: string) => {
        const map = new Map<string, T[]>();
        for (const row of rows) map.set(String(row[key]), [...(map.get(String(row[key])) ?? []), row]);
        return map;
      };
      const org = (r: Record<string, unknown>): IatiOrganisation => ({
        name: String(r['name']),
        sector: String(r['sector']),
        country: String(r['country']),
        identifier: String(r['identifier']),
      });
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
            targets: (targetsOf.get(String(b['id'])) ?? []).map((t) => ({
              fiscalYear: Number(t['fiscal_year']),
              value: String(t['value']),
            })),
            actuals: (actualsOf.get(String(b['id'])) ?? []).map((a) => ({
              fiscalYear: Number(a['fiscal_year']),
              value: String(a['value']),
            })),
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
}

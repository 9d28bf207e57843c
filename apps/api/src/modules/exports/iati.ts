// IATI 2.03 activity XML (https://iatistandard.org/en/iati-standard/203/activity-standard/): one
// <iati-activity> per project. Codes used: OrganisationRole 1 funding, 2 accountable, 4 implementing;
// OrganisationType 10 government, 11 local government, 15 other public sector, 70 private sector;
// ActivityStatus 1 pipeline, 2 implementation, 4 closed, 5 cancelled; ActivityDateType 1–4;
// TransactionType 4 expenditure; ResultType 2 outcome; IndicatorMeasure 1 unit, 2 percentage.

import { identifierKind, normaliseRegisterNumber, xmlSafeText } from '@tvaers/domain';

export function xml(text: string | number): string {
  return xmlSafeText(String(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const ORGANISATION_TYPE: Record<string, string> = { STATE: '10', REGION: '11', MUNICIPALITY: '11', JOINT_BODY: '15', PRIVATE: '70' };
const ROLE: Record<string, string> = { CO_FUNDER: '1', LEAD: '2', IMPLEMENTER: '4' };
const STATUS: Record<string, string> = { PROPOSED: '1', APPROVED: '2', EXECUTION: '2', ROLLOUT: '2', CLOSED: '4', CANCELLED: '5' };

/**
 * An organisation identifier in the org-id.guide form: DK-CVR-… for a CVR number, NO-BRC-… for an
 * organisasjonsnummer. A municipality or region code is no register number (org-id.guide lists no
 * register of them), so it is named as Tværs's own, with its country and kind: XI-TVAERS-DK-MUNICIPALITY-751.
 */
export function organisationRef(country: string, identifier: string): string {
  const bare = normaliseRegisterNumber(identifier);
  const kind = country === 'DK' || country === 'NO' ? identifierKind(country, bare) : null;
  if (kind === 'CVR') return `DK-CVR-${bare}`;
  if (kind === 'ORG_NR') return `NO-BRC-${bare}`;
  const what = kind === 'DK_REGION' ? 'REGION' : kind ? 'MUNICIPALITY' : 'ORG';
  return `XI-TVAERS-${country}-${what}-${bare}`;
}

export interface IatiOrganisation {
  name: string;
  sector: string;
  country: string;
  identifier: string;
}

export interface IatiProject {
  code: string;
  title: string;
  description: string;
  phase: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  partners: (IatiOrganisation & { roles: string[] })[];
  budgets: { fiscalYear: number; amount: string }[];
  costs: { date: string; amount: string; payer: IatiOrganisation }[];
  benefits: {
    title: string;
    unit: string;
    baselineValue: string | null;
    targets: { fiscalYear: number; value: string }[];
    actuals: { fiscalYear: number; value: string }[];
  }[];
}

export interface IatiContext {
  currency: string;
  language: string;
  country: string;
  reporter: IatiOrganisation;
  /** First month of the fiscal year (1 = January). */
  fiscalYearStartMonth: number;
  defaultDate: string;
  generatedAt: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The first and last day of a fiscal year that starts in `month`. */
export function fiscalYearPeriod(year: number, month: number): { start: string; end: string } {
  const start = `${year}-${pad(month)}-01`;
  const endYear = month === 1 ? year : year + 1;
  const endMonth = month === 1 ? 12 : month - 1;
  const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
  return { start, end: `${endYear}-${pad(endMonth)}-${pad(lastDay)}` };
}

const narrative = (text: string) => `<narrative>${xml(text)}</narrative>`;
const orgAttributes = (o: IatiOrganisation) =>
  `ref="${xml(organisationRef(o.country, o.identifier))}" type="${ORGANISATION_TYPE[o.sector] ?? '15'}"`;

export function iatiHeader(generatedAt: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${xml(generatedAt)}">\n`;
}

export const IATI_FOOTER = '</iati-activities>\n';

export function iatiActivity(p: IatiProject, c: IatiContext): string {
  const reporterRef = organisationRef(c.reporter.country, c.reporter.identifier);
  const lines: string[] = [];
  lines.push(
    ` <iati-activity last-updated-datetime="${xml(c.generatedAt)}" default-currency="${xml(c.currency)}" xml:lang="${xml(c.language)}">`,
  );
  lines.push(`  <iati-identifier>${xml(`${reporterRef}-${p.code}`)}</iati-identifier>`);
  lines.push(`  <reporting-org ${orgAttributes(c.reporter)}>${narrative(c.reporter.name)}</reporting-org>`);
  lines.push(`  <title>${narrative(p.title)}</title>`);
  lines.push(`  <description type="1">${narrative(p.description || p.title)}</description>`);
  for (const partner of p.partners) {
    for (const role of partner.roles.map((r) => ROLE[r]).filter((r): r is string => r !== undefined)) {
      lines.push(`  <participating-org role="${role}" ${orgAttributes(partner)}>${narrative(partner.name)}</participating-org>`);
    }
  }
  lines.push(`  <activity-status code="${STATUS[p.phase] ?? '2'}"/>`);
  const dates: [string, string | null][] = [
    ['1', p.plannedStart ?? c.defaultDate],
    ['2', p.actualStart],
    ['3', p.plannedEnd],
    ['4', p.actualEnd],
  ];
  for (const [type, date] of dates) if (date) lines.push(`  <activity-date type="${type}" iso-date="${date}"/>`);
  lines.push(`  <recipient-country code="${xml(c.country)}" percentage="100"/>`);
  for (const b of p.budgets) {
    const period = fiscalYearPeriod(b.fiscalYear, c.fiscalYearStartMonth);
    lines.push(
      `  <budget type="1" status="${p.phase === 'PROPOSED' ? '1' : '2'}"><period-start iso-date="${period.start}"/><period-end iso-date="${period.end}"/><value currency="${xml(c.currency)}" value-date="${period.start}">${b.amount}</value></budget>`,
    );
  }
  for (const t of p.costs) {
    lines.push(
      `  <transaction><transaction-type code="4"/><transaction-date iso-date="${t.date}"/><value currency="${xml(c.currency)}" value-date="${t.date}">${t.amount}</value><provider-org ${orgAttributes(t.payer)}>${narrative(t.payer.name)}</provider-org></transaction>`,
    );
  }
  for (const b of p.benefits) {
    const years = [...new Set([...b.targets.map((t) => t.fiscalYear), ...b.actuals.map((a) => a.fiscalYear)])].sort();
    if (years.length === 0) continue;
    lines.push(`  <result type="2" aggregation-status="false"><title>${narrative(b.title)}</title>`);
    lines.push(
      `   <indicator measure="${b.unit === 'PERCENT' ? '2' : '1'}" ascending="true"><title>${narrative(`${b.title} (${b.unit})`)}</title>`,
    );
    if (b.baselineValue !== null) lines.push(`    <baseline year="${years[0]}" value="${b.baselineValue}"/>`);
    for (const year of years) {
      const period = fiscalYearPeriod(year, c.fiscalYearStartMonth);
      const target = b.targets.find((t) => t.fiscalYear === year);
      const actual = b.actuals.find((a) => a.fiscalYear === year);
      lines.push(
        `    <period><period-start iso-date="${period.start}"/><period-end iso-date="${period.end}"/>${target ? `<target value="${target.value}"/>` : ''}${actual ? `<actual value="${actual.value}"/>` : ''}</period>`,
      );
    }
    lines.push('   </indicator>');
    lines.push('  </result>');
  }
  lines.push(' </iati-activity>');
  return `${lines.join('\n')}\n`;
}

import { randomUUID } from 'node:crypto';
import {
  benefitTargetProblem,
  type BenefitUnit,
  benefitUnitProblem,
  benefitValueProblem,
  Decimal,
  entryFiscalYearProblem,
  identifierProblem,
  COUNTRIES,
  type Country,
  type Sector,
  lineAmountProblem,
  processCodeProblem,
  threePointProblem,
} from '@tvaers/domain';
import { PROJECT_CODE, PROJECT_CODE_MESSAGE } from '../projects/project.inputs.js';
import type { OrganisationReference } from './import-cells.js';
import { type CellPlace, ImportProblems } from './import-problems.js';
import { IMPORT_SHEETS, normaliseLabel, type SheetKey } from './import-sheets.js';
import type { ImportState } from './import-state.js';
import type { ImportRow, ImportWorkbook } from './import-workbook.js';

// Checks an import file against the database and plans its writes: which rows to insert, which to
// update (with the version read, for optimistic locking) and which are already as the file says.
// Nothing is written here; any problem means nothing will be.

export type DbRow = Record<string, unknown>;

export interface TableChanges {
  inserts: DbRow[];
  /** Full new values plus `id` and the `version` the plan was made from. */
  updates: DbRow[];
  unchanged: number;
}

export type ImportPlan = Record<SheetKey, TableChanges>;

export interface PlanResult {
  plan: ImportPlan;
  problems: ImportProblems;
}

const DATE_KINDS = ['planned', 'forecast', 'actual'] as const;
/** Project cells that go to the column of the same name (title, description and track are handled apart). */
const PROJECT_CELLS = [
  'phase',
  'plannedStart',
  'plannedEnd',
  'forecastStart',
  'forecastEnd',
  'actualStart',
  'actualEnd',
  'lifeEvents',
  'commonComponents',
];
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const key = (...parts: (string | number)[]) => parts.join('\u0000');
const text = (row: ImportRow, column: string) => row.values[column] as string | null;
const number = (row: ImportRow, column: string) => row.values[column] as number | null;

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b))
    return [...((a as string[]) ?? [])].sort().join(',') === [...((b as string[]) ?? [])].sort().join(',');
  if (typeof a === 'string' && typeof b === 'string' && /^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(b))
    return new Decimal(a).equals(b);
  return (a ?? null) === (b ?? null);
}

function changed(current: DbRow, next: DbRow): boolean {
  return Object.keys(next).some((column) => !sameValue(current[column], next[column]));
}

/** The file's non-blank values over the current ones: a blank cell keeps what is there. */
function merge(current: DbRow, fromFile: DbRow): DbRow {
  const out = { ...current };
  for (const [column, value] of Object.entries(fromFile)) if (value !== null) out[column] = value;
  return out;
}

function columnsOf(entity: object, columns: string[]): DbRow {
  const source = entity as Record<string, unknown>;
  return Object.fromEntries(columns.map((property) => [snake(property), source[property] ?? null]));
}

class Planner {
  readonly problems = new ImportProblems();
  /** Every sheet's changes, empty to begin with (IMPORT_SHEETS has one entry per SheetKey). */
  readonly plan = Object.fromEntries(
    IMPORT_SHEETS.map(({ key: sheet }): [SheetKey, TableChanges] => [sheet, { inserts: [], updates: [], unchanged: 0 }]),
  ) as ImportPlan;

  private readonly organisationsByIdentifier = new Map<string, { id: string; country: string }[]>();
  private readonly projectsByCode = new Map<string, string>();
  private readonly participants = new Map<string, Set<string>>();
  /** Benefits by project and title; an array of more than one means the title is ambiguous. */
  private readonly benefits = new Map<string, string[]>();
  /** Each benefit's unit, as the file or else the database gives it: what its targets and measurements count in. */
  private readonly benefitUnits = new Map<string, BenefitUnit>();

  constructor(
    private readonly state: ImportState,
    private readonly importerId: string | null,
  ) {
    for (const o of state.organisations) this.addOrganisation(o.identifier, o.country, o.id);
    for (const p of state.projects) this.projectsByCode.set(p.code, p.id);
    for (const pa of state.participations) this.participantsOf(pa.projectId).add(pa.organisationId);
    for (const b of state.benefits) {
      this.benefitUnits.set(b.id, b.unit as BenefitUnit);
      const k = key(b.projectId, normaliseLabel(b.title));
      this.benefits.set(k, [...(this.benefits.get(k) ?? []), b.id]);
    }
  }

  /** The programme's bounds for one entry (the API's rule): reports the cell and returns false when broken. */
  private withinBounds(row: ImportRow, fiscalYear: number, amountColumn: string, amountProblem: string | undefined): boolean {
    const yearProblem = entryFiscalYearProblem(fiscalYear, this.state.programme);
    if (yearProblem) this.problems.at(row.place('fiscalYear'), yearProblem);
    if (amountProblem) this.problems.at(row.place(amountColumn), amountProblem);
    return !yearProblem && !amountProblem;
  }

  private benefitValueProblem(benefitId: string, value: string): string | undefined {
    const unit = this.benefitUnits.get(benefitId);
    return unit ? benefitValueProblem(unit, value, this.state.programme) : undefined;
  }

  /** Reports a second row with the same key; returns false for it. */
  private firstOf(seen: Map<string, number>, k: string, row: ImportRow, column: string, what: string): boolean {
    const first = seen.get(k);
    if (first !== undefined) {
      this.problems.at(row.place(column), `${what} appears twice (first on row ${first})`);
      return false;
    }
    seen.set(k, row.row);
    return true;
  }

  private count(sheet: SheetKey, current: DbRow | undefined, next: DbRow, identity: DbRow): void {
    if (!current) this.plan[sheet].inserts.push({ ...identity, ...next });
    else if (changed(current, next)) this.plan[sheet].updates.push({ ...next, id: current.id, version: current.version });
    else this.plan[sheet].unchanged += 1;
  }

  private addOrganisation(identifier: string, country: string, id: string): void {
    const k = identifier.toLowerCase();
    this.organisationsByIdentifier.set(k, [...(this.organisationsByIdentifier.get(k) ?? []), { id, country: country.trim() }]);
  }

  private participantsOf(projectId: string): Set<string> {
    let set = this.participants.get(projectId);
    if (!set) this.participants.set(projectId, (set = new Set()));
    return set;
  }

  private organisation(reference: OrganisationReference | null, place: CellPlace): string | undefined {
    if (!reference) return undefined;
    const matches = (this.organisationsByIdentifier.get(reference.identifier.toLowerCase()) ?? []).filter(
      (o) => !reference.country || o.country === reference.country,
    );
    if (matches.length === 1) return matches[0]!.id;
    if (matches.length === 0)
      this.problems.at(
        place,
        `no organisation has the identifier "${reference.identifier}"${reference.country ? ` in ${reference.country}` : ''}; add it on the Organisations sheet`,
      );
    else
      this.problems.at(
        place,
        `"${reference.identifier}" names organisations in ${matches.map((m) => m.country).join(' and ')}; write it as ${matches[0]!.country}:${reference.identifier}`,
      );
    return undefined;
  }

  private project(row: ImportRow): string | undefined {
    const code = text(row, 'projectCode');
    if (!code) return undefined;
    const id = this.projectsByCode.get(code.toUpperCase());
    if (!id) this.problems.at(row.place('projectCode'), `no project "${code}" in ${this.state.programme.name} or on the Projects sheet`);
    return id;
  }

  private benefit(row: ImportRow): string | undefined {
    const projectId = this.project(row);
    const title = text(row, 'benefit');
    if (!projectId || !title) return undefined;
    const ids = this.benefits.get(key(projectId, normaliseLabel(title))) ?? [];
    if (ids.length === 1) return ids[0];
    if (ids.length === 0)
      this.problems.at(
        row.place('benefit'),
        `project ${text(row, 'projectCode')} has no benefit "${title}" in Tværs or on the Benefits sheet`,
      );
    else
      this.problems.at(
        row.place('benefit'),
        `project ${text(row, 'projectCode')} has ${ids.length} benefits called "${title}"; rename them in the web app first`,
      );
    return undefined;
  }

  organisations(rows: ImportRow[]): void {
    const seen = new Map<string, number>();
    const existing = new Map(this.state.organisations.map((o) => [key(o.country.trim(), o.identifier.toLowerCase()), o]));
    for (const row of rows) {
      const identifier = text(row, 'identifier');
      const country = text(row, 'country');
      if (!identifier || !country) continue;
      const k = key(country, identifier.toLowerCase());
      if (!this.firstOf(seen, k, row, 'identifier', `${country}:${identifier}`)) continue;
      const current = existing.get(k);
      const next = { name: text(row, 'name'), sector: text(row, 'sector') };
      if (!next.name || !next.sector) continue;
      if ((!current || current.sector !== next.sector) && isCountry(country)) {
        const problem = identifierProblem(country, next.sector as Sector, identifier);
        if (problem) {
          this.problems.at(row.place(problem.field), problem.message);
          continue;
        }
      }
      const id = current?.id ?? randomUUID();
      this.count('organisations', current && columnsOf(current, ['id', 'version', 'name', 'sector']), next, { id, country, identifier });
      if (!current) this.addOrganisation(identifier, country, id);
    }
  }

  projects(rows: ImportRow[]): void {
    const seen = new Map<string, number>();
    const existing = new Map(this.state.projects.map((p) => [p.code, p]));
    const tracks = new Map(this.state.tracks.map((t) => [t.code.toUpperCase(), t.id]));
    const fields = ['title', 'description', 'trackId', ...PROJECT_CELLS];
    for (const row of rows) {
      const rawCode = text(row, 'projectCode');
      if (!rawCode) continue;
      const code = rawCode.toUpperCase();
      if (!PROJECT_CODE.test(code)) {
        this.problems.at(row.place('projectCode'), PROJECT_CODE_MESSAGE);
        continue;
      }
      if (!this.firstOf(seen, code, row, 'projectCode', `project ${code}`)) continue;
      const trackCode = text(row, 'track');
      const trackId = trackCode ? tracks.get(trackCode.toUpperCase()) : null;
      if (trackId === undefined) {
        const known = [...tracks.keys()].join(', ') || 'none';
        this.problems.at(row.place('track'), `"${trackCode}" is not a track of ${this.state.programme.name} (its tracks: ${known})`);
      }
      const fromFile: DbRow = { title: text(row, 'title'), description: text(row, 'description'), track_id: trackId ?? null };
      for (const field of PROJECT_CELLS) fromFile[snake(field)] = row.values[field] ?? null;
      const current = existing.get(code);
      const base: DbRow = current
        ? columnsOf(current, fields)
        : {
            title: null,
            description: '',
            track_id: null,
            phase: 'PROPOSED',
            planned_start: null,
            planned_end: null,
            forecast_start: null,
            forecast_end: null,
            actual_start: null,
            actual_end: null,
            life_events: [],
            common_components: [],
          };
      const next = merge(base, fromFile);
      // A new project may start in any phase (registering a running portfolio); an existing one moves
      // only through a gate decision, recorded with who decided and why.
      if (current && next['phase'] !== base['phase']) {
        this.problems.at(
          row.place('phase'),
          `project ${code} is ${String(base['phase'])}; a phase changes only through a gate decision in Tværs, not by import`,
        );
      }
      for (const kind of DATE_KINDS) {
        const start = next[`${kind}_start`] as string | null;
        const end = next[`${kind}_end`] as string | null;
        if (start && end && end < start)
          this.problems.at(
            row.place(row.values[`${kind}End`] ? `${kind}End` : `${kind}Start`),
            `${kind} end ${end} is before ${kind} start ${start}`,
          );
      }
      const id = current?.id ?? randomUUID();
      this.count('projects', current && { ...columnsOf(current, fields), id: current.id, version: current.version }, next, {
        id,
        programme_id: this.state.programme.id,
        code,
      });
      this.projectsByCode.set(code, id);
    }
  }

  partners(rows: ImportRow[]): void {
    const seen = new Map<string, number>();
    const existing = new Map(this.state.participations.map((p) => [key(p.projectId, p.organisationId), p]));
    for (const row of rows) {
      const projectId = this.project(row);
      const organisationId = this.organisation(row.values.organisation as OrganisationReference | null, row.place('organisation'));
      const roles = row.values.roles as string[] | null;
      if (!projectId || !organisationId) continue;
      // Known as a partner from here on even if its roles are wrong, so budget rows that name it are not
      // reported as well: one mistake, one problem.
      this.participantsOf(projectId).add(organisationId);
      if (!roles) continue;
      if (roles.length === 0) {
        this.problems.at(row.place('roles'), 'must name at least one role');
        continue;
      }
      if (!this.firstOf(seen, key(projectId, organisationId), row, 'organisation', 'this partner of the project')) continue;
      const current = existing.get(key(projectId, organisationId));
      this.count(
        'partners',
        current && columnsOf(current, ['id', 'version', 'roles']),
        { roles },
        { id: randomUUID(), project_id: projectId, organisation_id: organisationId },
      );
    }
  }

  budget(rows: ImportRow[]): void {
    const seen = new Map<string, number>();
    const existing = new Map(this.state.budgetLines.map((b) => [key(b.projectId, b.fiscalYear, b.funderId, b.category), b]));
    for (const row of rows) {
      const projectId = this.project(row);
      const funderId = this.organisation(row.values.funder as OrganisationReference | null, row.place('funder'));
      const fiscalYear = number(row, 'fiscalYear');
      const category = text(row, 'category');
      const amount = text(row, 'amount');
      if (!projectId || !funderId || fiscalYear === null || !category || amount === null) continue;
      if (!this.withinBounds(row, fiscalYear, 'amount', lineAmountProblem(amount, this.state.programme))) continue;
      if (!this.participantsOf(projectId).has(funderId)) {
        this.problems.at(row.place('funder'), `does not take part in project ${text(row, 'projectCode')}; add it on the Partners sheet`);
        continue;
      }
      const k = key(projectId, fiscalYear, funderId, category);
      if (!this.firstOf(seen, k, row, 'fiscalYear', `the budget line for ${fiscalYear}, this funder and ${category}`)) continue;
      const current = existing.get(k);
      const range = this.range(row, 'amount', amount, current, (value) => lineAmountProblem(value, this.state.programme));
      if (!range) continue;
      this.count(
        'budget',
        current && columnsOf(current, ['id', 'version', 'amount', 'low', 'high']),
        { amount, ...range },
        { id: randomUUID(), project_id: projectId, fiscal_year: fiscalYear, funder_id: funderId, category },
      );
    }
  }

  /**
   * A row's three-point range: its low and high cells, a blank one keeping what Tværs holds (as every
   * blank cell does). The range must hold around the row's most likely value; a kept range the row
   * does not mention is reported at that value. Undefined when a problem was reported.
   */
  private range(
    row: ImportRow,
    column: string,
    value: string,
    current: { low: string | null; high: string | null } | undefined,
    boundProblem: (bound: string) => string | undefined,
  ): { low: string | null; high: string | null } | undefined {
    const low = text(row, 'low') ?? current?.low ?? null;
    const high = text(row, 'high') ?? current?.high ?? null;
    for (const [side, bound] of [
      ['low', text(row, 'low')],
      ['high', text(row, 'high')],
    ] as const) {
      const problem = bound === null ? undefined : boundProblem(bound);
      if (problem) {
        this.problems.at(row.place(side), problem);
        return undefined;
      }
    }
    const problem = threePointProblem(low, value, high);
    if (!problem) return { low, high };
    if (text(row, problem.field) !== null) this.problems.at(row.place(problem.field), problem.problem);
    else
      this.problems.at(
        row.place(column),
        `is outside the range ${low ?? '–'} to ${high ?? '–'} kept in Tværs (three-point estimate); change the range too`,
      );
    return undefined;
  }

  benefitsSheet(rows: ImportRow[]): void {
    const seen = new Map<string, number>();
    const existing = new Map(this.state.benefits.map((b) => [b.id, b]));
    const fields = ['title', 'kind', 'unit', 'receiverId', 'owner', 'baselineValue', 'measurementMethod', 'process', 'perAdopter'];
    for (const row of rows) {
      const projectId = this.project(row);
      const receiverId = this.organisation(row.values.receiver as OrganisationReference | null, row.place('receiver'));
      const title = text(row, 'benefit');
      const kind = text(row, 'kind');
      const unit = text(row, 'unit');
      if (!projectId || !title) continue;
      const k = key(projectId, normaliseLabel(title));
      if (!this.firstOf(seen, k, row, 'benefit', `benefit "${title}" of project ${text(row, 'projectCode')}`)) continue;
      const ids = this.benefits.get(k) ?? [];
      if (ids.length > 1) {
        this.problems.at(
          row.place('benefit'),
          `project ${text(row, 'projectCode')} has ${ids.length} benefits called "${title}"; rename them in the web app first`,
        );
        continue;
      }
      const current = ids[0] ? existing.get(ids[0]) : undefined;
      const id = current?.id ?? randomUUID();
      // Known from here on even if another cell of the row is wrong, so its targets and measurements
      // are not reported as well.
      this.benefits.set(k, [id]);
      if (!receiverId || !kind || !unit) continue;
      const unitProblem = benefitUnitProblem(kind, unit);
      if (unitProblem) {
        this.problems.at(row.place('unit'), unitProblem);
        continue;
      }
      this.benefitUnits.set(id, unit as BenefitUnit);
      const process = text(row, 'process')?.trim() || null;
      const processProblem = process === null ? undefined : processCodeProblem(process);
      if (processProblem) {
        this.problems.at(row.place('process'), processProblem);
        continue;
      }
      const perAdopter = text(row, 'perAdopter');
      const perAdopterProblem =
        perAdopter === null
          ? undefined
          : (benefitTargetProblem(perAdopter) ?? benefitValueProblem(unit as BenefitUnit, perAdopter, this.state.programme));
      if (perAdopterProblem) {
        this.problems.at(row.place('perAdopter'), perAdopterProblem);
        continue;
      }
      const fromFile: DbRow = {
        title,
        kind,
        unit,
        receiver_id: receiverId,
        owner: text(row, 'owner'),
        baseline_value: text(row, 'baselineValue'),
        measurement_method: text(row, 'measurementMethod'),
        process,
        per_adopter: perAdopter,
      };
      const base = current
        ? columnsOf(current, fields)
        : { owner: '', baseline_value: null, measurement_method: '', process: null, per_adopter: null };
      this.count(
        'benefits',
        current && { ...columnsOf(current, fields), id: current.id, version: current.version },
        merge(base, fromFile),
        { id, project_id: projectId },
      );
    }
  }

  targets(rows: ImportRow[]): void {
    const seen = new Map<string, number>();
    const existing = new Map(this.state.targets.map((t) => [key(t.benefitId, t.fiscalYear), t]));
    for (const row of rows) {
      const benefitId = this.benefit(row);
      const fiscalYear = number(row, 'fiscalYear');
      const value = text(row, 'value');
      if (!benefitId || fiscalYear === null || value === null) continue;
      const valueProblem = benefitTargetProblem(value);
      if (valueProblem) {
        this.problems.at(row.place('value'), valueProblem);
        continue;
      }
      if (!this.withinBounds(row, fiscalYear, 'value', this.benefitValueProblem(benefitId, value))) continue;
      const k = key(benefitId, fiscalYear);
      if (!this.firstOf(seen, k, row, 'fiscalYear', `the target for ${fiscalYear}`)) continue;
      const current = existing.get(k);
      const range = this.range(
        row,
        'value',
        value,
        current,
        (bound) => benefitTargetProblem(bound) ?? this.benefitValueProblem(benefitId, bound),
      );
      if (!range) continue;
      this.count(
        'targets',
        current && columnsOf(current, ['id', 'version', 'value', 'low', 'high']),
        { value, ...range },
        { id: randomUUID(), benefit_id: benefitId, fiscal_year: fiscalYear },
      );
    }
  }

  measurements(rows: ImportRow[]): void {
    const seen = new Map<string, number>();
    const existing = new Map(this.state.measurements.map((m) => [key(m.benefitId, m.fiscalYear), m]));
    for (const row of rows) {
      const benefitId = this.benefit(row);
      const fiscalYear = number(row, 'fiscalYear');
      const value = text(row, 'value');
      if (!benefitId || fiscalYear === null || value === null) continue;
      if (!this.withinBounds(row, fiscalYear, 'value', this.benefitValueProblem(benefitId, value))) continue;
      const k = key(benefitId, fiscalYear);
      if (!this.firstOf(seen, k, row, 'fiscalYear', `the measurement for ${fiscalYear}`)) continue;
      const current = existing.get(k);
      const next = merge(current ? columnsOf(current, ['value', 'evidence']) : { evidence: '' }, {
        value,
        evidence: text(row, 'evidence'),
      });
      if (current && current.status !== 'REPORTED' && changed(columnsOf(current, ['value', 'evidence']), next)) {
        this.problems.at(
          row.place('value'),
          `the ${fiscalYear} measurement is ${current.status} and can no longer be changed; record a correction in a later year instead`,
        );
        continue;
      }
      this.count('measurements', current && columnsOf(current, ['id', 'version', 'value', 'evidence']), next, {
        id: randomUUID(),
        benefit_id: benefitId,
        fiscal_year: fiscalYear,
        status: 'REPORTED',
        reported_by_id: this.importerId,
      });
    }
  }
}

/** Checks every row of the file against the rules and the database state, and plans the writes. */
export function planImport(workbook: ImportWorkbook, state: ImportState, importerId: string | null): PlanResult {
  const planner = new Planner(state, importerId);
  // Sheets in dependency order: later sheets may refer to what earlier ones add.
  planner.organisations(workbook.rows.organisations);
  planner.projects(workbook.rows.projects);
  planner.partners(workbook.rows.partners);
  planner.budget(workbook.rows.budget);
  planner.benefitsSheet(workbook.rows.benefits);
  planner.targets(workbook.rows.targets);
  planner.measurements(workbook.rows.measurements);
  return { plan: planner.plan, problems: planner.problems };
}

/** Every project code the file names on any sheet (upper case), to load only what it touches. */
export function projectCodesIn(workbook: ImportWorkbook): Set<string> {
  const codes = new Set<string>();
  for (const rows of Object.values(workbook.rows))
    for (const row of rows) if (typeof row.values.projectCode === 'string') codes.add(row.values.projectCode.toUpperCase());
  return codes;
}

function isCountry(value: string): value is Country {
  return (COUNTRIES as readonly string[]).includes(value);
}

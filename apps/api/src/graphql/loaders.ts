import type { Response } from 'express';
import DataLoader from 'dataloader';
import { NotFoundError } from '../common/errors/domain-errors.js';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import { preparedQuery } from '../database/prepared-query.js';
import {
  columnsOf,
  type NestedList,
  type NestedRow,
  type OrderBy,
  readableAsJson,
  readNested,
  readRows,
  readRowsWithRelated,
} from '../database/row-reader.js';
import { columnsFor } from './selected-columns.js';
import { BenefitMeasurementEntity } from '../modules/benefits/benefit-measurement.entity.js';
import { BenefitTargetEntity } from '../modules/benefits/benefit-target.entity.js';
import { BenefitEntity } from '../modules/benefits/benefit.entity.js';
import { BudgetLineEntity } from '../modules/budget/budget-line.entity.js';
import { CostActualEntity } from '../modules/budget/cost-actual.entity.js';
import { BaselineEntity } from '../modules/baselines/baseline.entity.js';
import { StatusReportEntity } from '../modules/status-reports/status-report.entity.js';
import { AdoptionEntity } from '../modules/adoptions/adoption.entity.js';
import { MilestoneEntity } from '../modules/milestones/milestone.entity.js';
import { ORGANISATION_ROW, OrganisationEntity, type OrganisationRow } from '../modules/organisations/organisation.entity.js';
import { ProgrammeEntity } from '../modules/programmes/programme.entity.js';
import { TrackEntity } from '../modules/programmes/track.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { ParticipationEntity } from '../modules/projects/participation.entity.js';
import { ProjectEntity } from '../modules/projects/project.entity.js';
import { BenefitForecastEntity } from '../modules/benefits/benefit-forecast.entity.js';
import { RiskEntity } from '../modules/risks/risk.entity.js';
import { ProjectIssueEntity } from '../modules/risks/project-issue.entity.js';
import { GateDecisionEntity } from '../modules/gates/gate-decision.entity.js';
import { BenefitReportEntity } from '../modules/gates/benefit-report.entity.js';
import { AttachmentEntity } from '../modules/attachments/attachment.entity.js';

// Per-request DataLoaders: every nested field is fetched with one `WHERE x IN (…)` per level of the
// query, however many parents the page holds. A new set is created for each request so nothing is
// cached across users or after a mutation.

/** Rows by id; with `properties`, only those columns (the loader's type then says so). */
function byId<T extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<T>,
  properties?: readonly (keyof T & string)[],
) {
  return new DataLoader<string, T | undefined>(async (ids) => {
    const rows = await readRows(ds, entity, 'id', ids, {}, properties);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id));
  });
}

type OrganisationLoader = DataLoader<string, OrganisationRow | undefined>;

function grouped<T extends ObjectLiteral>(keys: readonly string[], rows: T[], key: keyof T & string): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row[key] as string)?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * A per-request loader of child rows by parent key. Given the resolver's `info`, it reads only the
 * columns the query selects (see columnsFor): a list of 50 projects with their measurements then reads
 * 4 columns of 5,000 rows instead of 16, and parses no timestamp nobody asked for. Rows read for a
 * selection carry only those properties; callers without `info` get whole rows.
 */
export interface RowsLoader<T> {
  load(key: string, info?: GraphQLResolveInfo): Promise<T[]>;
  /**
   * The list for `info`'s selection as a part of its parents' statement (readNested), and how to hand
   * the rows read there to this loader; undefined when its rows cannot be read as JSON.
   */
  readAhead(info?: GraphQLResolveInfo): ReadAheadList | undefined;
}

export interface ReadAheadList {
  list: Omit<NestedList, 'children'>;
  /** Primes the loader with a parent's rows, as if it had read them itself (and their organisations). */
  prime(parentKey: string, rows: readonly NestedRow[]): void;
}

type Selections = WeakMap<GraphQLResolveInfo['fieldNodes'], string[] | undefined>;

const selectionsByList = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Map<string, Selections>>>();

/**
 * The columns each selection of a list reads, by the selection's fieldNodes. graphql-js hands every
 * parent of a list the same fieldNodes array, and the compiled queries (compiled-execution.ts) the same
 * one on every request of a query text: a selection is worked out once per query text, not once per
 * parent (1,000 benefits ask for their targets) or per request. Kept per DataSource and list, not per
 * request: a WeakMap per list and request cost the collector more than the lookups saved.
 */
function selectionsOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>, key: string): Selections {
  let byEntity = selectionsByList.get(ds);
  if (!byEntity) selectionsByList.set(ds, (byEntity = new Map()));
  let byKey = byEntity.get(entity);
  if (!byKey) byEntity.set(entity, (byKey = new Map()));
  let selections = byKey.get(key);
  if (!selections) byKey.set(key, (selections = new WeakMap()));
  return selections;
}

interface GroupedOptions<T> {
  withOrganisation?: { foreignKey: keyof T & string; into: OrganisationLoader };
  byId?: string[];
}

/**
 * A class rather than closures: every request makes one per list kind (two dozen), most of which it
 * never uses, and an instance with its methods on the prototype costs a fraction of five closures and a
 * map each. The loaders of a selection are made on first use.
 */
class GroupedRowsLoader<T extends ObjectLiteral> implements RowsLoader<T> {
  private variants: Map<string, DataLoader<string, T[]>> | undefined;
  /** The process-wide selection cache of this list (selectionsOf), found once per request, not per parent. */
  private selections: Selections | undefined;

  constructor(
    private readonly ds: DataSource,
    private readonly entity: EntityTarget<T>,
    private readonly key: keyof T & string,
    private readonly order: OrderBy<T>,
    private readonly options: GroupedOptions<T>,
  ) {}

  load(parent: string, info?: GraphQLResolveInfo): Promise<T[]> {
    return this.variant(info ? this.propertiesFor(info) : undefined).load(parent);
  }

  readAhead(info?: GraphQLResolveInfo): ReadAheadList | undefined {
    const { ds, entity, key, order, options } = this;
    const properties = info ? this.propertiesFor(info) : undefined;
    // The organisation is joined exactly when the loader would join it (see variant).
    const organisation =
      options.withOrganisation && (!properties || properties.includes(options.withOrganisation.foreignKey))
        ? options.withOrganisation
        : undefined;
    if (!readableAsJson(ds, entity as EntityTarget<ObjectLiteral>, properties) || (organisation && !readableAsJson(ds, OrganisationEntity)))
      return undefined;
    return {
      list: {
        entity: entity as EntityTarget<ObjectLiteral>,
        key,
        order: order as OrderBy<ObjectLiteral>,
        properties,
        related: organisation && { foreignKey: organisation.foreignKey, entity: OrganisationEntity, properties: ORGANISATION_ROW },
      },
      prime: (parentKey, rows) => {
        this.variant(properties).prime(
          parentKey,
          rows.map((r) => r.row as T),
        );
        for (const { related } of rows)
          if (organisation && related) organisation.into.prime(related.id as string, related as OrganisationRow);
      },
    };
  }

  private propertiesFor(info: GraphQLResolveInfo): string[] | undefined {
    const selections = (this.selections ??= selectionsOf(this.ds, this.entity as EntityTarget<ObjectLiteral>, this.key));
    if (!selections.has(info.fieldNodes))
      selections.set(
        info.fieldNodes,
        columnsFor(info, columnsOf(this.ds, this.entity as EntityTarget<ObjectLiteral>), [this.key], this.options.byId),
      );
    return selections.get(info.fieldNodes);
  }

  private variant(properties: string[] | undefined): DataLoader<string, T[]> {
    const name = properties?.join(',') ?? '*';
    this.variants ??= new Map();
    let loader = this.variants.get(name);
    if (!loader) {
      const { ds, entity, key, order } = this;
      const organisation = this.options.withOrganisation;
      loader = new DataLoader<string, T[]>(async (keys) => {
        if (!organisation || (properties && !properties.includes(organisation.foreignKey))) {
          return grouped(keys, await readRows(ds, entity, key, keys, order, properties), key);
        }
        const { rows, related } = await readRowsWithRelated(
          ds,
          entity,
          key,
          keys,
          order,
          { foreignKey: organisation.foreignKey, entity: OrganisationEntity, properties: ORGANISATION_ROW },
          properties,
        );
        for (const row of related) organisation.into.prime(row.id, row);
        return grouped(keys, rows, key);
      });
      this.variants.set(name, loader);
    }
    return loader;
  }
}

/**
 * Rows of `entity` grouped by `key`, one statement per batch and selection. `withOrganisation` names the
 * row's organisation (funder, payer, receiver …): when the query asks for it, it is read in the same
 * statement and primed into the organisation loader, so the organisations of a level never cost
 * statements of their own (otherwise how many there were would depend on whether the batches returned
 * in the same I/O event). `byId` names the child lists that are resolved from the row's id.
 */
function groupedBy<T extends ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  key: keyof T & string,
  order: OrderBy<T>,
  options: GroupedOptions<T> = {},
): RowsLoader<T> {
  return new GroupedRowsLoader(ds, entity, key, order, options);
}

/** A project's budget total and actual cost total. */
export interface CostTotals {
  budget: string;
  actualCost: string;
}

/**
 * The budget total (its budget lines summed) and the actual cost total (its costs summed) of each
 * project, in one statement over the maintained per-year rollups: a few rows per project instead of
 * every line and cost, read twice. The rollups change in the statement that changes a line or a cost
 * (rollups.int.spec.ts compares them with a full recomputation), and numeric sums are exact in any
 * grouping, so the totals are those of the lines themselves.
 */
function costTotalsByProject(ds: DataSource) {
  return new DataLoader<string, CostTotals>(async (ids) => {
    const rows = await preparedQuery<{ key: string; budget: string; actual_cost: string }>(
      ds,
      `SELECT project_id AS key, round(COALESCE(SUM(planned_cost), 0), 2)::text AS budget, round(COALESCE(SUM(actual_cost), 0), 2)::text AS actual_cost
         FROM project_year_rollups WHERE project_id = ANY($1::uuid[]) GROUP BY project_id`,
      [ids],
    );
    const totals = new Map(rows.map((r) => [r.key, { budget: r.budget, actualCost: r.actual_cost }]));
    return ids.map((id) => totals.get(id) ?? { budget: '0.00', actualCost: '0.00' });
  });
}

export function createLoaders(ds: DataSource) {
  const organisation: OrganisationLoader = byId<OrganisationRow>(ds, OrganisationEntity, ORGANISATION_ROW);
  return {
    /** Child lists of many parents in one statement (graphql/preload.ts primes the loaders with them). */
    readNested: (parentIds: readonly string[], lists: readonly NestedList[], parentEntity?: EntityTarget<ObjectLiteral>) =>
      readNested(ds, parentIds, lists, parentEntity),
    programme: byId(ds, ProgrammeEntity),
    track: byId(ds, TrackEntity),
    organisation,
    project: byId(ds, ProjectEntity),
    user: byId(ds, UserEntity),
    benefit: byId(ds, BenefitEntity),
    tracksByProgramme: groupedBy(ds, TrackEntity, 'programmeId', { code: 'ASC' }),
    participationsByProject: groupedBy(
      ds,
      ParticipationEntity,
      'projectId',
      { createdAt: 'ASC', id: 'ASC' },
      { withOrganisation: { foreignKey: 'organisationId', into: organisation } },
    ),
    budgetLinesByProject: groupedBy(
      ds,
      BudgetLineEntity,
      'projectId',
      { fiscalYear: 'ASC', category: 'ASC', id: 'ASC' },
      { withOrganisation: { foreignKey: 'funderId', into: organisation } },
    ),
    costActualsByProject: groupedBy(
      ds,
      CostActualEntity,
      'projectId',
      { date: 'ASC', id: 'ASC' },
      { withOrganisation: { foreignKey: 'payerId', into: organisation } },
    ),
    benefitsByProject: groupedBy(
      ds,
      BenefitEntity,
      'projectId',
      { createdAt: 'ASC', id: 'ASC' },
      { withOrganisation: { foreignKey: 'receiverId', into: organisation }, byId: ['targets', 'forecasts', 'measurements', 'overlaps'] },
    ),
    targetsByBenefit: groupedBy(ds, BenefitTargetEntity, 'benefitId', { fiscalYear: 'ASC' }),
    forecastsByBenefit: groupedBy(ds, BenefitForecastEntity, 'benefitId', { fiscalYear: 'ASC' }),
    risksByProject: groupedBy(ds, RiskEntity, 'projectId', { createdAt: 'ASC', id: 'ASC' }),
    issuesByProject: groupedBy(ds, ProjectIssueEntity, 'projectId', { createdAt: 'ASC', id: 'ASC' }),
    gateDecisionsByProject: groupedBy(ds, GateDecisionEntity, 'projectId', { decidedAt: 'DESC', id: 'ASC' }),
    benefitReportsByProject: groupedBy(ds, BenefitReportEntity, 'projectId', { submittedAt: 'DESC' }),
    /** Evidence files by record id (ids are UUIDs, unique across the record kinds). */
    attachmentsByRecord: groupedBy(ds, AttachmentEntity, 'recordId', { uploadedAt: 'ASC', id: 'ASC' }),
    measurementsByBenefit: groupedBy(ds, BenefitMeasurementEntity, 'benefitId', { fiscalYear: 'ASC' }, { byId: ['attachments'] }),
    milestonesByProject: groupedBy(ds, MilestoneEntity, 'projectId', { baselineDate: 'ASC', id: 'ASC' }),
    baselinesByProject: groupedBy(ds, BaselineEntity, 'projectId', { baselineNumber: 'DESC' }),
    statusReportsByProject: groupedBy(ds, StatusReportEntity, 'projectId', { period: 'DESC' }),
    adoptionsByProject: groupedBy(
      ds,
      AdoptionEntity,
      'projectId',
      { createdAt: 'ASC', id: 'ASC' },
      { withOrganisation: { foreignKey: 'organisationId', into: organisation } },
    ),
    costTotalsByProject: costTotalsByProject(ds),
    budgetTotalByProgramme: new DataLoader<string, string>(async (ids) => {
      const rows: { key: string; total: string }[] = await ds.query(
        `SELECT p.programme_id AS key, round(SUM(b.amount), 2)::text AS total
           FROM budget_lines b JOIN projects p ON p.id = b.project_id
          WHERE p.programme_id = ANY($1::uuid[]) GROUP BY p.programme_id`,
        [ids],
      );
      const totals = new Map(rows.map((r) => [r.key, r.total]));
      return ids.map((id) => totals.get(id) ?? '0.00');
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface GraphqlContext {
  loaders: Loaders;
  /** The HTTP response, for headers that describe the answer (X-Data-As-Of). */
  res?: Response;
  /**
   * Per-request loaders that a module builds from its own services (e.g. project figures from the
   * portfolio service): created on first use under `key`, shared by the rest of the request.
   */
  loaderFor: <K, V>(key: string, create: () => DataLoader<K, V>) => DataLoader<K, V>;
}

/** A fresh per-request registry for GraphqlContext.loaderFor. */
export function createLoaderRegistry(): NonNullable<GraphqlContext['loaderFor']> {
  const made = new Map<string, unknown>();
  return <K, V>(key: string, create: () => DataLoader<K, V>) => {
    if (!made.has(key)) made.set(key, create());
    return made.get(key) as DataLoader<K, V>;
  };
}

/** Loads a row that a foreign key guarantees; a miss means it was deleted during the request. */
export async function loadExisting<T>(loader: DataLoader<string, T | undefined>, id: string, label: string): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw new NotFoundError(label, id);
  return row;
}

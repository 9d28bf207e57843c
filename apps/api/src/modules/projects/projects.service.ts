import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { invalidField, InvalidTransitionError } from '../../common/errors/domain-errors.js';
import { type Connection, encodeCursor } from '../../common/graphql/connection.js';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { ProgrammeEntity } from '../programmes/programme.entity.js';
import { TrackEntity } from '../programmes/track.entity.js';
import { ParticipationEntity } from './participation.entity.js';
import { ProjectEntity } from './project.entity.js';
import {
  type AddParticipationInput,
  type CreateProjectInput,
  PAGE_SIZE_MAX,
  type ProjectFilter,
  type ProjectOrder,
  type UpdateParticipationInput,
  type UpdateProjectInput,
} from './project.inputs.js';
import { applyProjectFilter } from './project-scope.js';
import { applyProjectOrder } from './projects.order.js';
import { preparedQuery } from '../../database/prepared-query.js';
import { columnsForFields, columnsOf, entitySelectList } from '../../database/row-reader.js';

type DateFields = Pick<ProjectEntity, 'plannedStart' | 'plannedEnd' | 'forecastStart' | 'forecastEnd' | 'actualStart' | 'actualEnd'>;

function assertDateOrder(dates: Partial<DateFields>): void {
  for (const kind of ['planned', 'forecast', 'actual'] as const) {
    const start = dates[`${kind}Start`];
    const end = dates[`${kind}End`];
    if (start && end && end < start) throw invalidField(`input.${kind}End`, `must not be before ${kind}Start (${start})`);
  }
}

/** What makes an organisation a necessary partner of a project, as counted by PARTICIPATION_USES_SQL. */
const PARTICIPATION_USES: Record<string, string> = {
  budget_lines: 'the funder of budget lines',
  cost_actuals: 'the payer of costs',
  benefits: 'the receiver of benefits',
};
const PARTICIPATION_USES_SQL = `SELECT
  (SELECT count(*)::int FROM budget_lines WHERE project_id = $1 AND funder_id = $2) AS budget_lines,
  (SELECT count(*)::int FROM cost_actuals WHERE project_id = $1 AND payer_id = $2) AS cost_actuals,
  (SELECT count(*)::int FROM benefits WHERE project_id = $1 AND receiver_id = $2) AS benefits`;

/** A project's fields that are read by its id alone (child lists and totals), so need no column of its own. */
const PROJECT_FIELDS_BY_ID = ['participations', 'budgetLines', 'costActuals', 'benefits', 'budgetTotal', 'actualCostTotal'];

@Injectable()
export class ProjectsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The project columns that answer these GraphQL fields, or undefined: a field needs the whole row. */
  columnsForFields(fields: Iterable<string>): string[] | undefined {
    return columnsForFields(fields, columnsOf(this.dataSource, ProjectEntity), ['id'], PROJECT_FIELDS_BY_ID);
  }

  /**
   * A page of the programme's projects, read as plain rows (no entity hydration) in one statement; the
   * total count is a statement of its own, run only when `totalCount` is asked for. Row-level security
   * hides a programme's projects exactly when it hides the programme, so a page with rows shows that
   * the programme is there; only an empty page (or a refused cursor) asks for the programme, so that an
   * unknown or hidden one is NOT_FOUND as before. `fields` (the node's selected GraphQL fields) narrows
   * the columns read to those they need: the list page reads 5 of a project's 20 columns, and parses
   * none of its arrays and timestamps.
   */
  async page(args: {
    programmeId: string;
    filter?: ProjectFilter;
    orderBy?: ProjectOrder;
    first: number;
    after?: string;
    fields?: Iterable<string>;
  }): Promise<Connection<ProjectEntity>> {
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > PAGE_SIZE_MAX) {
      throw invalidField('first', `must be between 1 and ${PAGE_SIZE_MAX}`);
    }
    const filtered = () => {
      const qb = this.dataSource.manager.createQueryBuilder(ProjectEntity, 'p');
      applyProjectFilter(qb, args.programmeId, args.filter);
      return qb;
    };
    const properties = args.fields && this.columnsForFields(args.fields);
    const pageQuery = filtered().select(entitySelectList(this.dataSource, ProjectEntity, 'p', properties));
    try {
      applyProjectOrder(pageQuery, args.orderBy, args.after);
    } catch (error) {
      await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', args.programmeId);
      throw error;
    }
    const rows = await preparedQuery<ProjectEntity & { sort_key: string }>(
      this.dataSource,
      ...pageQuery.limit(args.first + 1).getQueryAndParameters(),
    );
    if (rows.length === 0) await findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', args.programmeId);
    const hasNextPage = rows.length > args.first;
    const edges = rows
      .slice(0, args.first)
      .map(({ sort_key: sortKey, ...node }) => ({ node: node as ProjectEntity, cursor: encodeCursor(sortKey, node.id) }));
    return {
      edges,
      totalCount: async () => {
        const [row] = await preparedQuery<{ count: number }>(
          this.dataSource,
          ...filtered().select('count(*)::int', 'count').getQueryAndParameters(),
        );
        return row!.count; // an aggregate without GROUP BY answers one row
      },
      pageInfo: {
        hasNextPage,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async create(input: CreateProjectInput): Promise<ProjectEntity> {
    assertDateOrder(input);
    return this.dataSource.transaction(async (manager) => {
      await findOrFail(manager, ProgrammeEntity, 'Programme', input.programmeId);
      await this.assertTrackInProgramme(manager, input.trackId, input.programmeId);
      await this.assertCodeFree(manager, input.programmeId, input.code);
      return insertAndReload(manager, ProjectEntity, 'Project', input);
    });
  }

  async update({ id, version, ...patch }: UpdateProjectInput): Promise<ProjectEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, ProjectEntity, 'Project', id);
      assertDateOrder({ ...current, ...patch });
      if (patch.phase && patch.phase !== current.phase) {
        throw new InvalidTransitionError(
          `A project moves from ${current.phase} to another phase only through a gate decision (decideGate), recorded with the checklist and minutes`,
        );
      }
      if (patch.trackId !== undefined) await this.assertTrackInProgramme(manager, patch.trackId, current.programmeId, current.trackId);
      if (patch.code && patch.code !== current.code) await this.assertCodeFree(manager, current.programmeId, patch.code);
      return updateVersioned(manager, ProjectEntity, 'Project', id, version, patch);
    });
  }

  delete(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, ProjectEntity, 'Project', id, version);
  }

  async addParticipation(input: AddParticipationInput): Promise<ParticipationEntity> {
    const manager = this.dataSource.manager;
    await findOrFail(manager, ProjectEntity, 'Project', input.projectId);
    const existing = await manager.findOne(ParticipationEntity, {
      where: { projectId: input.projectId, organisationId: input.organisationId },
    });
    if (existing) throw invalidField('input.organisationId', 'already takes part in this project; update its roles instead');
    return insertAndReload(manager, ParticipationEntity, 'Participation', input);
  }

  updateParticipation({ id, version, roles }: UpdateParticipationInput): Promise<ParticipationEntity> {
    return updateVersioned(this.dataSource.manager, ParticipationEntity, 'Participation', id, version, { roles });
  }

  /**
   * An organisation that funds budget lines, pays costs or receives benefits in the project stays a
   * partner ("a funder must be a partner"); the refusal names what still refers to it. The participation
   * row is locked first, and adding a line locks it too, so no reference can slip in between.
   */
  removeParticipation(id: string, version: number): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(ParticipationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (current) {
        const [uses] = (await manager.query(PARTICIPATION_USES_SQL, [current.projectId, current.organisationId])) as Record<
          string,
          number
        >[];
        const named = Object.entries(PARTICIPATION_USES).flatMap(([column, what]) =>
          uses![column]! > 0 ? [`${what} (${uses![column]})`] : [],
        );
        if (named.length) {
          throw new InvalidTransitionError(
            `The organisation is still ${named.join(', ')} in this project; move or delete those first, then remove the partner`,
          );
        }
      }
      await deleteVersioned(manager, ParticipationEntity, 'Participation', id, version);
    });
  }

  private async assertTrackInProgramme(
    manager: EntityManager,
    trackId: string | null | undefined,
    programmeId: string,
    currentTrackId?: string | null,
  ): Promise<void> {
    if (!trackId) return;
    const track = await manager.findOne(TrackEntity, { where: { id: trackId } });
    if (!track || track.programmeId !== programmeId) throw invalidField('input.trackId', 'is not a track of this programme');
    // Projects already on an archived track keep it; no project joins one.
    if (track.archivedAt && trackId !== currentTrackId) throw invalidField('input.trackId', `track ${track.code} is archived`);
  }

  private async assertCodeFree(manager: EntityManager, programmeId: string, code: string): Promise<void> {
    if (await manager.exists(ProjectEntity, { where: { programmeId, code } })) {
      throw invalidField('input.code', `"${code}" is already used by another project in this programme`);
    }
  }
}

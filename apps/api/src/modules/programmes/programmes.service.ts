import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { DEFAULT_TOLERANCES, tolerancesProblem, withTolerances, type Tolerances } from '@tvaers/domain';
import { tolerancesOf } from './programme-tolerances.js';
import { assertProgrammeOpen, assertProgrammeRole } from '../../auth/write-scope.js';
import { invalidField, InvalidTransitionError } from '../../common/errors/domain-errors.js';
import { deleteVersioned, findOrFail, insertAndReload, updateVersioned } from '../../common/persistence/versioned-writes.js';
import { ProgrammeEntity } from './programme.entity.js';
import type {
  CreateProgrammeInput,
  CreateTrackInput,
  GateChecklistConfigInput,
  UpdateProgrammeInput,
  UpdateTrackInput,
} from './programme.inputs.js';
import { TrackEntity } from './track.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import type { EntityManager } from 'typeorm';

const TRACK_SQL = {
  nextSortOrder: `SELECT COALESCE(max(sort_order) + 1, 0)::int AS next FROM tracks WHERE programme_id = $1`,
  /** Each track of programme $1 to its position in $2 (from 0); only the tracks that move are written. */
  reorder: `
    UPDATE tracks t SET sort_order = o.position - 1, version = t.version + 1, updated_at = now()
      FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
     WHERE t.id = o.id AND t.programme_id = $1 AND t.sort_order <> o.position - 1`,
} as const;

function assertTolerances(tolerances: Tolerances): void {
  const problem = tolerancesProblem(tolerances);
  if (problem) throw invalidField(`input.tolerances.${problem.field}`, problem.message);
}

function assertPeriod(start: number, end: number): void {
  if (end < start) throw invalidField('input.periodEndYear', `must not be before the start year ${start}`);
}

async function assertFundOrganisation(manager: EntityManager, id: string | undefined): Promise<void> {
  if (id && !(await manager.existsBy(OrganisationEntity, { id })))
    throw invalidField('input.fundOrganisationId', 'no organisation has this id');
}

/** The programme's checklists with those given replaced; each phase once, each item once. */
function checklistsOf(
  given: GateChecklistConfigInput[],
  current: ProgrammeEntity['gateChecklists'],
): NonNullable<ProgrammeEntity['gateChecklists']> {
  const next = { ...(current ?? {}) };
  given.forEach((checklist, index) => {
    if (given.findIndex((c) => c.toPhase === checklist.toPhase) !== index)
      throw invalidField(`input.gateChecklists.${index}.toPhase`, `${checklist.toPhase} appears twice`);
    const items = checklist.items.map((item) => item.trim());
    const repeated = items.find((item, i) => items.indexOf(item) !== i);
    if (repeated !== undefined) throw invalidField(`input.gateChecklists.${index}.items`, `"${repeated}" appears twice`);
    if (items.some((item) => !item)) throw invalidField(`input.gateChecklists.${index}.items`, 'must not hold an empty item');
    next[checklist.toPhase] = items;
  });
  return next;
}

@Injectable()
export class ProgrammesService {
  constructor(private readonly dataSource: DataSource) {}

  list(includeArchived = false): Promise<ProgrammeEntity[]> {
    return this.dataSource.manager.find(ProgrammeEntity, {
      where: includeArchived ? {} : { archivedAt: IsNull() },
      order: { periodStartYear: 'DESC', name: 'ASC' },
    });
  }

  get(id: string): Promise<ProgrammeEntity> {
    return findOrFail(this.dataSource.manager, ProgrammeEntity, 'Programme', id);
  }

  async create({ tolerances, gateChecklists, ...input }: CreateProgrammeInput): Promise<ProgrammeEntity> {
    assertPeriod(input.periodStartYear, input.periodEndYear);
    assertTolerances(withTolerances(DEFAULT_TOLERANCES, tolerances ?? {}));
    const manager = this.dataSource.manager;
    await assertFundOrganisation(manager, input.fundOrganisationId);
    return insertAndReload(manager, ProgrammeEntity, 'Programme', {
      ...input,
      ...tolerances,
      ...(gateChecklists && { gateChecklists: checklistsOf(gateChecklists, null) }),
    });
  }

  async update({ id, version, tolerances, gateChecklists, ...patch }: UpdateProgrammeInput): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, ProgrammeEntity, 'Programme', id);
      assertPeriod(patch.periodStartYear ?? current.periodStartYear, patch.periodEndYear ?? current.periodEndYear);
      if (tolerances) assertTolerances(withTolerances(tolerancesOf(current), tolerances));
      await assertFundOrganisation(manager, patch.fundOrganisationId);
      return updateVersioned(manager, ProgrammeEntity, 'Programme', id, version, {
        ...patch,
        ...tolerances,
        ...(gateChecklists && { gateChecklists: checklistsOf(gateChecklists, current.gateChecklists) }),
      });
    });
  }

  delete(id: string, version: number): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      // Locks the programme first, so no project can be added between the count and the delete.
      await manager.findOne(ProgrammeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      const [{ projects, published }] = (await manager.query(
        'SELECT (SELECT count(*)::int FROM projects WHERE programme_id = $1) AS projects, (SELECT count(*)::int FROM open_data_snapshots WHERE programme_id = $1) AS published',
        [id],
      )) as { projects: number; published: number }[];
      if (projects > 0) {
        throw new InvalidTransitionError(
          `The programme still has ${projects} project${projects === 1 ? '' : 's'}; delete or move them first (a programme with projects is kept, not deleted)`,
        );
      }
      // Published history stays public: a programme whose figures were published is kept.
      if (published > 0)
        throw new InvalidTransitionError(
          `The programme has published the figures of ${published} reporting period${published === 1 ? '' : 's'}; it is kept so that they stay public`,
        );
      await deleteVersioned(manager, ProgrammeEntity, 'Programme', id, version);
    });
  }

  /** Archives the programme (kept with all its history, out of the lists) or brings it back. */
  setArchived(id: string, version: number, archived: boolean): Promise<ProgrammeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, ProgrammeEntity, 'Programme', id);
      if (Boolean(current.archivedAt) === archived)
        throw new InvalidTransitionError(`The programme is already ${archived ? 'archived' : 'active'}`);
      return updateVersioned(manager, ProgrammeEntity, 'Programme', id, version, { archivedAt: archived ? new Date() : null });
    });
  }

  async createTrack(input: CreateTrackInput): Promise<TrackEntity> {
    return this.dataSource.transaction(async (manager) => {
      await findOrFail(manager, ProgrammeEntity, 'Programme', input.programmeId);
      if (await manager.existsBy(TrackEntity, { programmeId: input.programmeId, code: input.code }))
        throw invalidField('input.code', 'is already the code of a track in this programme');
      const [{ next }]: { next: number }[] = await manager.query(TRACK_SQL.nextSortOrder, [input.programmeId]);
      return insertAndReload(manager, TrackEntity, 'Track', { ...input, sortOrder: next });
    });
  }

  updateTrack({ id, version, archived, ...patch }: UpdateTrackInput): Promise<TrackEntity> {
    return this.dataSource.transaction(async (manager) => {
      const current = await findOrFail(manager, TrackEntity, 'Track', id);
      if (
        patch.code &&
        patch.code !== current.code &&
        (await manager.existsBy(TrackEntity, { programmeId: current.programmeId, code: patch.code }))
      )
        throw invalidField('input.code', 'is already the code of a track in this programme');
      const archivedAt = archived === undefined || archived === Boolean(current.archivedAt) ? undefined : archived ? new Date() : null;
      return updateVersioned(manager, TrackEntity, 'Track', id, version, { ...patch, archivedAt });
    });
  }

  /** Puts the programme's tracks in the order given, which must name each of them once. */
  reorderTracks(programmeId: string, trackIds: string[]): Promise<TrackEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      await findOrFail(manager, ProgrammeEntity, 'Programme', programmeId);
      // The write below is one statement for all tracks, so it is checked here, once: the role in
      // this programme, and (when anything moves) that the programme is not archived.
      assertProgrammeRole(programmeId, ['PROGRAMME_OFFICE']);
      const tracks = await manager.find(TrackEntity, { where: { programmeId }, lock: { mode: 'pessimistic_write' } });
      const known = new Set(tracks.map((t) => t.id));
      const given = new Set(trackIds);
      if (given.size !== trackIds.length) throw invalidField('input.trackIds', 'names a track twice');
      if (trackIds.some((id) => !known.has(id))) throw invalidField('input.trackIds', 'names a track that is not in this programme');
      if (given.size !== known.size) throw invalidField('input.trackIds', `must name all ${known.size} tracks of the programme`);
      const moved = trackIds.some((id, index) => tracks.find((t) => t.id === id)!.sortOrder !== index);
      if (moved) {
        await assertProgrammeOpen(manager, programmeId);
        // The rows are locked above, so the versions read are the versions written over.
        await manager.query(TRACK_SQL.reorder, [programmeId, trackIds]);
      }
      return manager.find(TrackEntity, { where: { programmeId }, order: { sortOrder: 'ASC', code: 'ASC' } });
    });
  }

  deleteTrack(id: string, version: number): Promise<void> {
    return deleteVersioned(this.dataSource.manager, TrackEntity, 'Track', id, version);
  }
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { LoaderFactories } from '../../graphql/loader-set.js';
import { rowsById, rowsGroupedBy } from '../../graphql/loaders.js';
import { ProgrammeEntity } from './programme.entity.js';
import { TrackEntity } from './track.entity.js';

export const programmeLoaders = {
  programme: (ds) => rowsById(ds, ProgrammeEntity),
  track: (ds) => rowsById(ds, TrackEntity),
  tracksByProgramme: (ds) => rowsGroupedBy(ds, TrackEntity, 'programmeId', { sortOrder: 'ASC', code: 'ASC' }),
  /** Each programme's budget: its projects' budget lines summed. */
  budgetTotalByProgramme: (ds: DataSource) =>
    new DataLoader<string, string>(async (ids) => {
      const rows: { key: string; total: string }[] = await ds.query(
        `SELECT p.programme_id AS key, round(SUM(b.amount), 2)::text AS total
           FROM budget_lines b JOIN projects p ON p.id = b.project_id
          WHERE p.programme_id = ANY($1::uuid[]) GROUP BY p.programme_id`,
        [ids],
      );
      const totals = new Map(rows.map((r) => [r.key, r.total]));
      return ids.map((id) => totals.get(id) ?? '0.00');
    }),
} satisfies LoaderFactories;

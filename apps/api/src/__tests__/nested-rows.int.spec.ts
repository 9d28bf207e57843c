import { createLoaders, LOADER_FACTORIES } from '../loaders.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { readNested, readRows, readRowsWithRelated } from '../database/row-reader.js';
import { ProjectEntity } from '../modules/projects/project.entity.js';
import { BenefitEntity } from '../modules/benefits/benefit.entity.js';

// A project's page reads its nested lists as JSON in one statement (readNested) and primes the loaders
// with them; a row read that way must be the row the loader reads itself: numeric and dates as text,
// timestamps as Date to the millisecond, arrays, jsonb and nulls as they are.

describe('readNested gives every child list exactly as its loader reads it', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ demoData: true });
  });
  afterAll(() => app.close());

  it('for every list loader, with all columns, organisations joined', async () => {
    const ds = app.dataSource;
    const loaders = createLoaders(ds);
    const nobody = '00000000-0000-4000-8000-000000000000';
    let compared = 0;
    for (const name of Object.keys(LOADER_FACTORIES) as (keyof typeof LOADER_FACTORIES)[]) {
      const loader = loaders[name];
      if (!('readAhead' in loader)) continue;
      const readAhead = loader.readAhead();
      // Evidence files' content is bytea, which JSON would turn into text: that loader reads on its own.
      if (name === 'attachmentsByRecord') {
        expect(readAhead).toBeUndefined();
        continue;
      }
      expect({ name, readAhead: Boolean(readAhead) }).toEqual({ name, readAhead: true });
      const { entity, key, order, related } = readAhead!.list;
      const metadata = ds.getMetadata(entity);
      const keys: string[] = (
        await ds.query(
          `SELECT DISTINCT ${metadata.findColumnWithPropertyName(key)!.databaseName}::text AS key FROM "${metadata.tablePath}"`,
        )
      ).map((r: { key: string }) => r.key);
      const nested = await readNested(ds, [...keys, nobody], [{ ...readAhead!.list, children: [] }]);
      const expected = related
        ? await readRowsWithRelated(ds, entity, key, keys, order, related)
        : { rows: await readRows(ds, entity, key, keys, order), related: [] };
      for (const parent of keys) {
        const rows = nested.get(parent)!.lists[0]!;
        expect({ name, rows: rows.map((r) => r.row) }).toEqual({ name, rows: expected.rows.filter((row) => row[key] === parent) });
        for (const row of rows)
          if (related) expect(row.related).toEqual(expected.related.find((o) => o.id === row.row[related.foreignKey]));
        compared += rows.length;
      }
      expect(nested.get(nobody)).toEqual({ lists: [[]] });
      // One parent takes the scalar form (`= $1`, not `= ANY($1)`; see keyMatch): the same rows.
      for (const parent of keys.slice(0, 3)) {
        const single = await readNested(ds, [parent], [{ ...readAhead!.list, children: [] }]);
        expect({ name, single: [...single] }).toEqual({ name, single: [[parent, nested.get(parent)]] });
        expect({ name, rows: await readRows(ds, entity, key, [parent], order) }).toEqual({
          name,
          rows: expected.rows.filter((row) => row[key] === parent),
        });
      }
      expect(await readNested(ds, [nobody], [{ ...readAhead!.list, children: [] }])).toEqual(new Map([[nobody, { lists: [[]] }]]));
    }
    // The demo portfolio has rows in the lists the project page reads.
    expect(compared).toBeGreaterThan(100);
  });

  it("with the parents' own rows exactly as the by-id loader reads them, and nothing for an unknown id", async () => {
    const ds = app.dataSource;
    const loaders = createLoaders(ds);
    const ids: string[] = (await ds.query(`SELECT id::text AS id FROM projects ORDER BY code LIMIT 5`)).map((r: { id: string }) => r.id);
    const nobody = '00000000-0000-4000-8000-000000000000';
    const list = { ...loaders.benefitsByProject.readAhead()!.list, children: [] };
    for (const asked of [[ids[0]!], [...ids, nobody], [nobody]]) {
      const nested = await readNested(ds, asked, [list], ProjectEntity);
      const known = asked.filter((id) => id !== nobody);
      expect([...nested.keys()].sort()).toEqual([...known].sort());
      const expectedRows = await readRows(ds, ProjectEntity, 'id', known);
      for (const id of known) {
        expect(nested.get(id)!.row).toEqual(expectedRows.find((row) => row.id === id));
        expect(nested.get(id)!.lists[0]!.map((r) => r.row)).toEqual(
          await readRows(ds, BenefitEntity, 'projectId', [id], list.order as never),
        );
      }
    }
  });
});

import { createLoaders } from '../../graphql/loaders.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { readNested, readRows, readRowsWithRelated } from '../row-reader.js';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity.js';

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
    for (const [name, loader] of Object.entries(loaders)) {
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
      const keys: string[] = (await ds.query(`SELECT DISTINCT ${metadata.findColumnWithPropertyName(key)!.databaseName}::text AS key FROM "${metadata.tablePath}"`)).map((r: { key: string }) => r.key);
      const nested = await readNested(ds, [...keys, nobody], [{ ...readAhead!.list, children: [] }]);
      const expected = related
        ? await readRowsWithRelated(ds, entity, key, keys, order, { foreignKey: related.foreignKey, entity: OrganisationEntity })
        : { rows: await readRows(ds, entity, key, keys, order), related: [] };
      for (const parent of keys) {
        const rows = nested.get(parent)![0]!;
        expect({ name, rows: rows.map((r) => r.row) }).toEqual({ name, rows: expected.rows.filter((row) => row[key] === parent) });
        for (const row of rows) if (related) expect(row.related).toEqual(expected.related.find((o) => o.id === row.row[related.foreignKey]));
        compared += rows.length;
      }
      expect(nested.get(nobody)).toEqual([[]]);
    }
    // The demo portfolio has rows in the lists the project page reads.
    expect(compared).toBeGreaterThan(100);
  });
});

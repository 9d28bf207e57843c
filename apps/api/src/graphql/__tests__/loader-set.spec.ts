import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { loaderSet, loadersMade } from '../loader-set.js';
import { releaseLoaders } from '../loaders.js';

// A request's loaders are made on first use, once per request, with the loaders they depend on; the
// ones never used are never made, and emptying a request's loaders empties those it made.

const ds = { name: 'test data source' } as unknown as DataSource;

function countingFactories() {
  const made: string[] = [];
  const factories = {
    organisation: (source: DataSource) => {
      made.push(`organisation from ${(source as unknown as { name: string }).name}`);
      return new DataLoader<string, string>(async (ids) => ids.map((id) => `organisation ${id}`));
    },
    budgetLines: (_: DataSource, { organisation }: { organisation: DataLoader<string, string> }) => {
      made.push('budgetLines');
      return { organisation };
    },
    unused: () => {
      made.push('unused');
      return new DataLoader<string, string>(async (ids) => ids);
    },
  };
  return { made, create: loaderSet(factories) };
}

describe('loaderSet', () => {
  it('makes a loader on first use, with the data source and the loaders it depends on', () => {
    const { made, create } = countingFactories();
    const loaders = create(ds);
    expect(made).toEqual([]);
    expect(loaders.budgetLines.organisation).toBe(loaders.organisation);
    expect(loaders.budgetLines).toBe(loaders.budgetLines);
    expect(made).toEqual(['organisation from test data source', 'budgetLines']);
  });

  it('gives each request its own loaders', async () => {
    const { made, create } = countingFactories();
    const first = create(ds);
    const second = create(ds);
    expect(first.organisation).not.toBe(second.organisation);
    first.organisation.prime('1', 'primed');
    expect(await first.organisation.load('1')).toBe('primed');
    expect(await second.organisation.load('1')).toBe('organisation 1');
    expect(made).toEqual(['organisation from test data source', 'organisation from test data source']);
  });

  it('empties the loaders a request made, and makes none while doing so', async () => {
    const { made, create } = countingFactories();
    const loaders = create(ds);
    loaders.organisation.prime('1', 'primed');
    releaseLoaders(loadersMade(loaders));
    expect(await loaders.organisation.load('1')).toBe('organisation 1');
    expect(made).toEqual(['organisation from test data source']);
  });
});

import type { DataSource } from 'typeorm';

/**
 * How to make each of a request's loaders: from the data source and the request's other loaders (a
 * list that primes organisations asks for `organisation`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each factory names the loaders it needs; loaderSet checks them
export type LoaderFactories = Record<string, (ds: DataSource, loaders: any) => unknown>;

/** A request's loaders, one per factory. */
export type LoaderSet<F extends LoaderFactories> = { readonly [K in keyof F]: ReturnType<F[K]> };

const made = Symbol('loaders made for this request');
const dataSource = Symbol('data source');

interface LoaderSetState {
  [made]: Map<string, unknown>;
  [dataSource]: DataSource;
}

/**
 * A request's loaders, each made on first use. Most requests use a few of the ~30 (`{ __typename }`
 * none); making all of them for every request doubled the time of a small query's young-generation
 * collections (one client, 8,000 `{ __typename }`: 53 → 43 scavenges, 500 → 250–285 ms). The getters
 * are made once, on a shared prototype, so a request allocates one object and one map.
 */
export function loaderSet<F extends LoaderFactories>(
  factories: F & { [K in keyof F]: (ds: DataSource, loaders: LoaderSet<F>) => unknown },
): (ds: DataSource) => LoaderSet<F> {
  const prototype: object = Object.create(null);
  for (const [name, create] of Object.entries(factories)) {
    Object.defineProperty(prototype, name, {
      enumerable: true,
      get(this: LoaderSetState) {
        let loader = this[made].get(name);
        if (loader === undefined) {
          loader = create(this[dataSource], this);
          this[made].set(name, loader);
        }
        return loader;
      },
    });
  }
  return (ds) => {
    const loaders = Object.create(prototype) as LoaderSetState;
    loaders[made] = new Map();
    loaders[dataSource] = ds;
    return loaders as unknown as LoaderSet<F>;
  };
}

/** The loaders a request has made so far (all of a plain object's values, for sets not made by loaderSet). */
export function loadersMade(loaders: object): Iterable<unknown> {
  return made in loaders ? (loaders as LoaderSetState)[made].values() : Object.values(loaders);
}

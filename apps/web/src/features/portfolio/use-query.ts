import { useEffect, useState } from 'react';
import { graphql } from '../../lib/graphql';

export type QueryState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; data: T };

/** Runs a GraphQL query when its inputs change; aborts the previous request. */
export function useQuery<T>(query: string, variables: Record<string, unknown> | undefined, enabled = true): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const key = JSON.stringify(variables ?? {});
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    graphql<T, Record<string, unknown>>(query, JSON.parse(key) as Record<string, unknown>, controller.signal)
      .then((data) => setState({ status: 'ok', data }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [query, key, enabled]);
  return state;
}

import { startTransition, useCallback, useEffect, useState } from 'react';
import type { TypedDocument } from '../generated/graphql';
import { GraphqlError, request } from './graphql';

export type QueryState<T> =
  { status: 'loading'; data?: T } | { status: 'error'; error: GraphqlError; data?: T } | { status: 'ok'; data: T };

/**
 * Runs a query when its variables change (aborting the previous request) and on reload(); the last
 * data stays visible while a reload runs, so pages do not flicker after a save.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  enabled = true,
): QueryState<TResult> & { reload: () => void } {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(variables ?? {});
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data }));
    request(document, JSON.parse(key) as TVariables, controller.signal)
      // A transition: React draws a large answer (the dashboard) in slices that let the browser respond
      // in between, instead of one long task.
      .then((data) => startTransition(() => setState({ status: 'ok', data })))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof GraphqlError ? error : new GraphqlError(String(error), undefined);
        setState((previous) => ({ status: 'error', error: failure, data: previous.data }));
      });
    return () => controller.abort();
  }, [document, key, enabled, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

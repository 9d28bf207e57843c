import { keepPreviousData, useQuery as useTanstackQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { TypedDocument } from '../generated/graphql';
import { GraphqlError, request } from './graphql';

export type QueryState<T> =
  { status: 'loading'; data?: T } | { status: 'error'; error: GraphqlError; data?: T } | { status: 'ok'; data: T };

/**
 * A GraphQL query through the page's TanStack Query cache (lib/query-client.ts): the same query and
 * variables share one request and one answer; the last data stays visible while a reload runs or the
 * variables change, so pages do not flicker after a save; reload() asks the server again and settles
 * once the new answer is in the cache.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  enabled = true,
): QueryState<TResult> & { reload: () => Promise<void> } {
  const query = useTanstackQuery({
    queryKey: [document, variables ?? {}],
    queryFn: ({ signal }) => request(document, variables, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
  const { refetch } = query;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  if (query.isError) {
    const error = query.error instanceof GraphqlError ? query.error : new GraphqlError(String(query.error), undefined);
    return { status: 'error', error, data: query.data, reload };
  }
  if (query.isFetching || query.data === undefined) return { status: 'loading', data: query.data, reload };
  return { status: 'ok', data: query.data, reload };
}

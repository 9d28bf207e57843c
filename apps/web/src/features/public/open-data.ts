import { useEffect, useState } from 'react';

export type { OpenDataFeed } from '@tvaers/domain/open-data-feed';

export type PublicState<T> = { status: 'loading' } | { status: 'error'; notFound: boolean } | { status: 'ok'; data: T };

/** GETs a public JSON document (no sign-in, no token), again when the URL changes. */
export function usePublicJson<T>(url: string | null): PublicState<T> {
  const [state, setState] = useState<PublicState<T>>({ status: 'loading' });
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetch(url, { signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return setState({ status: 'error', notFound: response.status === 404 || response.status === 400 });
        setState({ status: 'ok', data: (await response.json()) as T });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ status: 'error', notFound: false });
      });
    return () => controller.abort();
  }, [url]);
  return state;
}

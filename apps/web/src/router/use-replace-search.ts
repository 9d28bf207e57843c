import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';

/**
 * The current page's query string and a setter that rewrites it in place: a filter or a search box
 * replaces the history entry (the back button leaves the page instead of undoing keystrokes), keeps the
 * scroll position, and never asks about unsaved changes. `S` is the page's search type (router/search.ts).
 */
export function useReplaceSearch<S extends object>(): [S, (update: (previous: S) => S) => void] {
  const current = useSearch({ strict: false });
  const search = current as S;
  const navigate = useNavigate();
  const replace = useCallback(
    (update: (previous: S) => S) =>
      void navigate({ to: '.', search: ((previous: S) => update(previous)) as never, replace: true, resetScroll: false }),
    [navigate],
  );
  return [search, replace];
}

// The one TanStack Query cache of the page: answers are shared by every component that asks the same
// query with the same variables (one request, not one per component), kept while other pages are
// open, and marked stale after any mutation so that what is on screen follows what was saved.
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (NOT_FOUND, FORBIDDEN) does not get better by asking again; the page offers a retry.
      retry: false,
      refetchOnWindowFocus: false,
      // Seconds during which a page opened again shows its cached answer without asking.
      staleTime: 30_000,
    },
  },
});

/** After a mutation: every cached answer may be out of date; those on screen are fetched again. */
export function invalidateAfterMutation(): void {
  void queryClient.invalidateQueries();
}

/** On sign-out (or when the server ends the session): nothing of one user's answers stays for the next. */
export function forgetAllAnswers(): void {
  queryClient.clear();
}

import { ProgrammesDocument, type ProgrammesQuery } from '../../generated/graphql';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useQuery } from '../../lib/use-query';

const root = getRouteApi('__root__');

/**
 * All programmes the user may see, archived ones too (read-only, for the record), and the one chosen in
 * the URL (?programme=), else the first that is not archived.
 */
export function useProgrammes(enabled = true) {
  const state = useQuery(ProgrammesDocument, {}, enabled);
  const programmes: ProgrammesQuery['programmes'] = state.data?.programmes ?? [];
  const chosen = root.useSearch({ select: (search) => search.programme });
  const programme = programmes.find((p) => p.id === chosen) ?? programmes.find((p) => !p.archivedAt) ?? programmes[0];
  return { state, programmes, programme };
}

/**
 * A page about one programme's record (a project) names that programme in the URL, so the header is
 * about it: the role shown, the menu, and the notice of an archived programme. A project opened by its
 * address alone, or from another programme's page, would otherwise show the first programme's.
 * The URL is replaced, not added to: the back button leaves the page.
 */
export function useProgrammeOfPage(programmeId: string | undefined): void {
  const chosen = root.useSearch({ select: (search) => search.programme });
  const navigate = useNavigate();
  useEffect(() => {
    if (programmeId && chosen !== programmeId)
      void navigate({
        to: '.',
        search: ((previous: object) => ({ ...previous, programme: programmeId })) as never,
        replace: true,
        resetScroll: false,
      });
  }, [programmeId, chosen, navigate]);
}

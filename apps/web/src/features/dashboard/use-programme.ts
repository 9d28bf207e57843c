import { ProgrammesDocument, type ProgrammesQuery } from '../../generated/graphql';
import { getRouteApi } from '@tanstack/react-router';
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

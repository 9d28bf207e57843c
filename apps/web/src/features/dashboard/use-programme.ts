import { ProgrammesDocument, type ProgrammesQuery } from '../../generated/graphql';
import { useLocation } from '../../lib/router';
import { useQuery } from '../../lib/use-query';

/** All programmes the user may see and the one chosen in the URL (?programme=), else the first. */
export function useProgrammes(enabled = true) {
  const state = useQuery(ProgrammesDocument, {}, enabled);
  const { params } = useLocation();
  const programmes: ProgrammesQuery['programmes'] = state.data?.programmes ?? [];
  const programme = programmes.find((p) => p.id === params.get('programme')) ?? programmes[0];
  return { state, programmes, programme };
}

import { ProgrammesDocument, type ProgrammesQuery } from '../../generated/graphql';
import { useLocation } from '../../lib/router';
import { useQuery } from '../../lib/use-query';

/** All programmes and the one chosen in the URL (?programme=), else the first. */
export function useProgrammes() {
  const state = useQuery(ProgrammesDocument, {});
  const { params } = useLocation();
  const programmes: ProgrammesQuery['programmes'] = state.data?.programmes ?? [];
  const programme = programmes.find((p) => p.id === params.get('programme')) ?? programmes[0];
  return { state, programmes, programme };
}

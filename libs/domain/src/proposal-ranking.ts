import { Decimal } from './decimal.js';

/** A proposal to rank: its planned NPV and the programme co-funding it asks for. */
export interface Proposal {
  code: string;
  npv: Decimal.Value;
  coFunding: Decimal.Value;
}

/**
 * NPV per krone of programme co-funding (the Norwegian co-funding scheme's ranking figure); undefined
 * when the proposal asks for no co-funding, since the ratio would be meaningless.
 */
export function npvPerKrone(npv: Decimal.Value, coFunding: Decimal.Value): Decimal | undefined {
  const asked = new Decimal(coFunding);
  return asked.greaterThan(0) ? new Decimal(npv).dividedBy(asked) : undefined;
}

/**
 * Proposals best first by NPV per krone; those asking for no co-funding last; ties by code so the
 * order is stable between runs.
 */
export function rankProposals<T extends Proposal>(proposals: readonly T[]): { proposal: T; npvPerKrone: Decimal | undefined }[] {
  return proposals
    .map((proposal) => ({ proposal, npvPerKrone: npvPerKrone(proposal.npv, proposal.coFunding) }))
    .sort((a, b) => {
      if (a.npvPerKrone === undefined || b.npvPerKrone === undefined) {
        if (a.npvPerKrone !== b.npvPerKrone) return a.npvPerKrone === undefined ? 1 : -1;
      } else {
        const byValue = b.npvPerKrone.comparedTo(a.npvPerKrone);
        if (byValue !== 0) return byValue;
      }
      return a.proposal.code.localeCompare(b.proposal.code);
    });
}

import { Decimal } from './decimal.js';

// Wrong-pocket settlement: the matrix says that payer i funds M[i][j] of receiver j's savings. Between
// two parties a and b the flows run both ways, so only the difference needs to change hands: b
// compensates a by M[a][b] − M[b][a] when that is positive, a compensates b otherwise. A party's own
// savings (the diagonal) need no settlement.

export interface PocketFlow {
  payer: string;
  receiver: string;
  amount: Decimal.Value;
}

export interface SettlementTransfer {
  /** Who pays the compensation: the party whose savings the other funded (net). */
  from: string;
  /** Who receives it: the party that funded the other's savings (net). */
  to: string;
  amount: Decimal;
}

/**
 * One transfer per pair of parties with a non-zero net flow, largest first (then by the parties, so the
 * order is stable). Σ transfers = Σ over pairs |M[a][b] − M[b][a]|, and each party's net position
 * (received − paid) equals what it funds for others minus what others fund for it.
 */
export function settlementProposal(flows: PocketFlow[]): SettlementTransfer[] {
  const net = new Map<string, { a: string; b: string; amount: Decimal }>();
  for (const flow of flows) {
    if (flow.payer === flow.receiver) continue;
    // Key the unordered pair; `amount` is what b owes a (a funded b's savings).
    const [a, b] = flow.payer < flow.receiver ? [flow.payer, flow.receiver] : [flow.receiver, flow.payer];
    const entry = net.get(`${a}\u0000${b}`) ?? { a, b, amount: new Decimal(0) };
    entry.amount = flow.payer === a ? entry.amount.plus(flow.amount) : entry.amount.minus(flow.amount);
    net.set(`${a}\u0000${b}`, entry);
  }
  return [...net.values()]
    .filter((e) => !e.amount.isZero())
    .map((e) => (e.amount.isPositive() ? { from: e.b, to: e.a, amount: e.amount } : { from: e.a, to: e.b, amount: e.amount.negated() }))
    .sort((x, y) => y.amount.comparedTo(x.amount) || x.from.localeCompare(y.from) || x.to.localeCompare(y.to));
}

/** A party's net position: compensation received − compensation paid. */
export function settlementPosition(transfers: SettlementTransfer[], party: string): Decimal {
  return transfers.reduce((sum, t) => (t.to === party ? sum.plus(t.amount) : t.from === party ? sum.minus(t.amount) : sum), new Decimal(0));
}

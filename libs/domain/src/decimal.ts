import { Decimal } from 'decimal.js';

// The one decimal.js configuration of the domain; every rule imports Decimal from here so it applies.
// 40 significant digits: sums and NPVs of amounts up to 10^14 stay exact far below the øre, and
// divisions (shares, discount factors) round only around the 25th decimal.
Decimal.set({ precision: 40 });

export { Decimal };

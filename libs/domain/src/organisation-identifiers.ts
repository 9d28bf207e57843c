// Check digits of the public registers' numbers. A typo in a CVR or an organisasjonsnummer
// otherwise lands silently in IATI exports and the partner lists.

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];
const ORG_NR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0);
}

/** Danish CVR number: 8 digits, no leading 0, weighted sum divisible by 11. */
export function isValidCvr(value: string): boolean {
  if (!/^[1-9][0-9]{7}$/.test(value)) return false;
  return weightedSum(value, CVR_WEIGHTS) % 11 === 0;
}

/** Norwegian organisasjonsnummer: 9 digits, the last a mod-11 check digit (a remainder of 1 means no valid number). */
export function isValidOrgNr(value: string): boolean {
  if (!/^[0-9]{9}$/.test(value)) return false;
  const remainder = weightedSum(value, ORG_NR_WEIGHTS) % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(value[8]);
}

/** Spaces and dots as people type them ("29 19 09 25", "974.760.673") removed. */
export function normaliseRegisterNumber(value: string): string {
  return value.replace(/[\s.]/g, '');
}

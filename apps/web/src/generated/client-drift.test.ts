import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateFromDisk, OUTPUT } from '../../codegen/generate-client.mjs';

describe('generated GraphQL client', () => {
  it('matches schema.gql and the operations (run npm run client:generate after changing either)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(generateFromDisk());
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '../repo-root.js';

describe('findRepoRoot', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'tvaers-root-'));
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'tvaers' }));
    // A library's own package.json on the way up must not be taken for the root.
    mkdirSync(path.join(root, 'libs/domain'), { recursive: true });
    writeFileSync(path.join(root, 'libs/domain/package.json'), JSON.stringify({ name: '@tvaers/domain' }));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the root from the compiled main and from a tool one folder deeper', () => {
    for (const depth of ['dist/api/apps/api/src', 'dist/api/apps/api/src/tools', 'libs/domain']) {
      mkdirSync(path.join(root, depth), { recursive: true });
      expect(findRepoRoot(path.join(root, depth))).toBe(root);
    }
  });

  it('says so when it is run outside the repository', () => {
    expect(() => findRepoRoot(tmpdir())).toThrow(/no Tværs package.json/);
  });
});

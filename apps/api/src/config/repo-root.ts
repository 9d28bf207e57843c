import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository (or image) root: the nearest folder above `from` whose package.json is Tværs's own.
 * Counting `..` from a compiled file breaks as soon as the file sits one folder deeper (the tools did,
 * and wrote their data under dist/.data).
 */
export function findRepoRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'tvaers') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no Tværs package.json above ${from}`);
  }
}

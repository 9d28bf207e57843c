import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Not import.meta.dirname: Jest's module runner (a test imports this file) leaves it undefined.
const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Node flags `npm start` runs the API with (package.json's start script, between `node` and the
 * entry point), so that everything else that starts the API (the bench servers, the HA test cluster,
 * the zip-bomb test's capped process) reads them from the one place instead of repeating them; the
 * Dockerfile's CMD and the Kubernetes Deployment are checked against them by a test
 * (kubernetes-manifests.int.spec.ts).
 * @returns {string[]}
 */
export function startNodeFlags() {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const command = /(?:^|&&\s*)node\s+((?:--\S+\s+)*)dist\/api\/apps\/api\/src\/main\.js/.exec(scripts.start);
  if (!command)
    throw new Error(
      'package.json: `npm start` no longer ends in `node [flags] dist/api/apps/api/src/main.js`; update scripts/start-flags.mjs',
    );
  return command[1].split(/\s+/).filter(Boolean);
}

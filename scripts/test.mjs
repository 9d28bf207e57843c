#!/usr/bin/env node
// `npm test`: every tier in order, failing fast, with one closing line of counts.
//   1. lint (module boundaries, no focused tests) and type checks
//   2. build (the e2e tier and the schema generator use the built app), then the web bundle budget
//   3. unit: libs/domain (Jest) and apps/web (Vitest)
//   4. integration: apps/api against a real PostgreSQL (embedded, or DATABASE_URL)
//   5. e2e: the built app in Debian Chromium (skipped with a warning outside CI when Chromium is missing)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, command, args, { env = {}, count } = {}) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
    const started = Date.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const forward = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('close', (code) => {
      if (count) count(output.replace(/\u001b\[[0-9;]*m/g, ''));
      console.log(`${code === 0 ? '✔' : '✖'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      if (code !== 0) {
        totals.failed = Math.max(totals.failed, 1);
        console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
        process.exit(code ?? 1);
      }
      resolve();
    });
  });
}

/** Jest: "Tests:       3 failed, 88 passed, 91 total". */
function jestCounts(text) {
  const line = text.match(/^Tests:\s+(.*)$/m)?.[1] ?? '';
  totals.passed += Number(line.match(/(\d+) passed/)?.[1] ?? 0);
  totals.failed += Number(line.match(/(\d+) failed/)?.[1] ?? 0);
  totals.skipped += Number(line.match(/(\d+) skipped/)?.[1] ?? 0);
}

/** Vitest: "Tests  4 passed (4)". */
function vitestCounts(text) {
  const line = text.match(/^\s*Tests\s+(.*)$/m)?.[1] ?? '';
  totals.passed += Number(line.match(/(\d+) passed/)?.[1] ?? 0);
  totals.failed += Number(line.match(/(\d+) failed/)?.[1] ?? 0);
}

/** node --test: "# pass 2" / "# fail 0" / "# skipped 0". */
function nodeTestCounts(text) {
  totals.passed += Number(text.match(/^# pass (\d+)/m)?.[1] ?? 0);
  totals.failed += Number(text.match(/^# fail (\d+)/m)?.[1] ?? 0);
  totals.skipped += Number(text.match(/^# skipped (\d+)/m)?.[1] ?? 0);
}

const npx = (...args) => ['npx', ['--no-install', ...args]];
const jest = (config) => [process.execPath, ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', '-c', config, '--ci']];

await run('lint', 'npm', ['run', '--silent', 'lint']);
await run('type check', ...npx('nx', 'run-many', '-t', 'typecheck', '--outputStyle=static', '--skip-nx-cache'));
await run('build', ...npx('nx', 'run-many', '-t', 'build', '--outputStyle=static'));
await run('budget: initial JavaScript ≤ 250 KB gzip', process.execPath, ['scripts/check-bundle-size.mjs'], {
  count: () => (totals.passed += 1),
});
await run('unit: libs/domain', ...jest('libs/domain/jest.config.js'), { count: jestCounts });
await run('unit: apps/web', ...npx('vitest', 'run', '--config', 'apps/web/vite.config.ts'), { count: vitestCounts });
await run('integration: apps/api on PostgreSQL', ...jest('apps/api/jest.config.js'), { count: jestCounts });
if (existsSync(chromium)) {
  mkdirSync('test-results', { recursive: true });
  // The files by name: since Node 21, `node --test <directory>` no longer looks inside the directory.
  const e2eFiles = readdirSync('apps/web/e2e')
    .filter((name) => name.endsWith('.test.mjs'))
    .map((name) => `apps/web/e2e/${name}`);
  await run(
    'e2e: Chromium',
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=test-results/e2e.tap',
      ...e2eFiles,
    ],
    {
      count: () => undefined,
    },
  );
  const { readFile } = await import('node:fs/promises');
  nodeTestCounts(await readFile('test-results/e2e.tap', 'utf8'));
} else if (ci) {
  console.error(`\n✖ e2e: Chromium not found at ${chromium}; CI must run it (.ci/run installs it).`);
  totals.failed += 1;
} else {
  console.warn(`\n⚠ e2e skipped: Chromium not found at ${chromium}. Install it with: apt-get install -y chromium`);
}

console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);

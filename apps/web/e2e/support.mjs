// E2E support: starts the built app (API + web) on a fresh embedded PostgreSQL with the demo
// portfolio, and a headless Debian Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const artifactsDir = path.join(repoRoot, 'test-results', 'e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable() {
  return existsSync(CHROMIUM);
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** @param {{ port?: number, env?: Record<string, string> }} [options] extra environment, e.g. single sign-on */
export async function startApp(options = {}) {
  const main = path.join(repoRoot, 'dist/api/apps/api/src/main.js');
  if (!existsSync(main) || !existsSync(path.join(repoRoot, 'dist/web/index.html'))) {
    throw new Error('Build the app first: npm run build');
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tvaers-e2e-'));
  const port = options.port ?? (await freePort());
  const env = { ...process.env, PORT: String(port), TVAERS_DATA_DIR: dataDir, ...options.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited early:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the app was not ready within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    baseUrl,
    dataDir,
    /** The app's process (e.g. to send it a signal). */
    process: child,
    output: () => output,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The API tests' OpenID Connect provider (apps/api/test/oidc-provider.js, on oidc-provider) in a child
 * process: the same provider, started the way any other service of a journey is.
 * @param {{ redirectUri: string, postLogoutRedirectUri: string, accounts: { email: string, name: string }[] }} config
 */
export async function startOidcProvider(config) {
  const module = path.join(repoRoot, 'apps/api/test/oidc-provider.js');
  const script = `import(${JSON.stringify(module)}).then((m) => m.startTestProvider(JSON.parse(process.env.PROVIDER))).then((p) => console.log(JSON.stringify({ issuer: p.issuer, clientId: p.clientId, clientSecret: p.clientSecret })))`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, PROVIDER: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started = await new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk) => resolve(JSON.parse(String(chunk))));
    child.once('exit', (code) => reject(new Error(`the OpenID Connect provider exited (${code})`)));
  });
  return {
    ...started,
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A headless Chromium with a fresh, empty profile folder (a persistent context owns --user-data-dir). */
export async function launchBrowser(viewport = { width: 1366, height: 900 }) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'tvaers-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'da-DK',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await mkdir(artifactsDir, { recursive: true });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

const axeSource = await readFile(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA violations on the page as it is now, one line each. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not block
  // (a <script> tag would be refused: the app allows no inline scripts, and the tests keep it so).
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Signs in through the sign-in page (shown for any address until someone is signed in). */
export async function signIn(page, baseUrl, email, password = 'tvaers-demo') {
  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Log ind' }).waitFor();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('button', { name: 'Log ud' }).waitFor();
}

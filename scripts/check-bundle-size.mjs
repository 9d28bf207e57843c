#!/usr/bin/env node
// Budget: the JavaScript of a first visit must stay within 250 KB gzip. A first visit is counted from
// the build's manifest as every chunk the page needs before it can show itself: the entry and its
// static imports (what index.html preloads), the language the visitor reads (the largest of the
// three), and for each kind of visitor the chunks that page loads at once:
//   signed out:  the sign-in page
//   signed in:   the dashboard with its charts (every role; the office's forms on it load when opened)
// Pages reached by a link are not counted; they load when opened.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 250 * 1024;
const dist = path.resolve(import.meta.dirname, '../dist/web');
let manifest;
try {
  manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
} catch {
  throw new Error('no dist/web/.vite/manifest.json; build first');
}

/** The chunk files a module needs before it runs: its own and its static imports', transitively. */
function needs(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build manifest (renamed or no longer loaded on its own?)`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) needs(imported, files);
  return files;
}

const gzipped = new Map();
const size = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(dist, file))).length);
  return gzipped.get(file);
};
const total = (files) => [...files].reduce((sum, file) => sum + size(file), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const languages = ['src/i18n/da.ts', 'src/i18n/nb.ts', 'src/i18n/en.ts'];
const largestLanguage = languages.reduce((a, b) => (total(needs(a)) >= total(needs(b)) ? a : b));
const visits = {
  'signed out (sign-in page)': ['src/features/auth/SignInPage.tsx'],
  'signed in (dashboard)': ['src/features/dashboard/DashboardPage.tsx'],
};

const base = needs(entry);
console.log(`entry and its static imports: ${kb(total(base))} gzip`);
for (const file of [...base].sort()) console.log(`  ${file}: ${kb(size(file))}`);
console.log(
  `largest language (${path.basename(largestLanguage)}): ${kb(total([...needs(largestLanguage)].filter((file) => !base.has(file))))}`,
);
let worst = 0;
for (const [visit, modules] of Object.entries(visits)) {
  const files = new Set(base);
  for (const key of [largestLanguage, ...modules]) for (const file of needs(key)) files.add(file);
  const bytes = total(files);
  worst = Math.max(worst, bytes);
  console.log(`first visit, ${visit}: ${kb(bytes)} gzip`);
}
console.log(`largest first visit: ${kb(worst)} gzip (budget ${LIMIT / 1024} KB)`);
if (worst > LIMIT) {
  console.error('✖ over the budget: lazy-load more, or drop a dependency');
  process.exit(1);
}

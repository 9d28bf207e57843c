#!/usr/bin/env node
// Budget: the JavaScript a first visit downloads (the entry chunk and what index.html preloads)
// must stay within 250 KB gzip. Lazily loaded pages are not counted; they load when opened.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const LIMIT = 250 * 1024;
const dist = path.resolve(import.meta.dirname, '../dist/web');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
if (files.length === 0) throw new Error('no script found in dist/web/index.html; build first');
let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(path.join(dist, file.replace(/^\//, '')))).length;
  total += size;
  console.log(`  ${file}: ${(size / 1024).toFixed(1)} KB gzip`);
}
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${LIMIT / 1024} KB)`);
if (total > LIMIT) {
  console.error('✖ over the budget: lazy-load more, or drop a dependency');
  process.exit(1);
}

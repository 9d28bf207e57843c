#!/usr/bin/env node
// Verifies a Tværs audit trail export (audit.csv) with plain Node.js, no dependencies: recomputes every
// event's SHA-256 from the exported fields in the canonical form of docs/audit-trail.md, checks that each
// event links to the one before it, then checks the signed checkpoints: each Ed25519 signature under the
// published keys, and that the chain passes through each one.
//   node verify-audit.mjs audit.csv [more-checkpoints.csv ...] [audit-keys.json]
// Checkpoints and keys are read from audit-checkpoints.csv and audit-keys.json beside audit.csv, and from
// any further files given (checkpoints kept earlier, the key from /.well-known/tvaers-audit-key).
// Prints OK with the number of events and the last hash, or the first broken sequence; exits 0 or 1.
import { createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The hashed fields in the canonical key order (PostgreSQL jsonb: shorter keys first, then bytewise).
// Form 1 (events before issue 21) hashes the actor's e-mail; form 2 hashes "form" and not the e-mail.
const KEY_ORDER = {
  1: ['at', 'after', 'action', 'before', 'actorId', 'entityId', 'sequence', 'operation', 'actorEmail', 'entityType'],
  2: ['at', 'form', 'after', 'action', 'before', 'actorId', 'entityId', 'sequence', 'operation', 'entityType'],
};
const ZERO_HASH = '0'.repeat(64);
const ESCAPES = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A JSON string as PostgreSQL writes it: only quotes, backslashes and control characters escaped. */
const jsonString = (text) =>
  `"${[...text].map((c) => ESCAPES[c] ?? (c.charCodeAt(0) < 0x20 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"`;

/** Undoes the export's spreadsheet guard: a text cell that begins with ' had one ' added. */
const textCell = (cell) => (cell.startsWith("'") ? cell.slice(1) : cell);

/** RFC 4180 CSV: quoted fields may hold the delimiter, quotes ("") and line breaks. */
function parseCsv(text, delimiter) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) (row.push(field), (field = ''));
    else if (c === '\n') (row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = ''));
    else field += c;
  }
  if (field !== '' || row.length) (row.push(field), rows.push(row));
  return rows;
}

function canonical(r) {
  const form = r.form || '1';
  const values = {
    at: jsonString(r.at),
    form,
    after: textCell(r.after) || 'null',
    action: jsonString(r.action),
    before: textCell(r.before) || 'null',
    actorId: r.actor_id ? jsonString(r.actor_id) : 'null',
    entityId: r.entity_id ? jsonString(r.entity_id) : 'null',
    sequence: r.sequence,
    operation: jsonString(textCell(r.operation)),
    actorEmail: jsonString(textCell(r.actor)),
    entityType: jsonString(r.entity_type),
  };
  return `{${KEY_ORDER[form].map((key) => `"${key}": ${values[key]}`).join(', ')}}`;
}

function readCsv(text) {
  text = text.replace(/^\uFEFF/, '');
  const header = text.slice(0, text.indexOf('\n'));
  const delimiter = header.split(';').length > header.split(',').length ? ';' : ',';
  const [names, ...lines] = parseCsv(text, delimiter);
  return lines.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
}

/** The first problem with the signed checkpoints (keys: keyId → raw public key, base64), or undefined. */
function checkCheckpoints(events, checkpoints, keys) {
  const last = Math.max(0, ...[...events.keys()].map(Number));
  for (const c of checkpoints) {
    const where = `checkpoint at sequence ${c.sequence} signed ${c.signed_at}`;
    const message = Buffer.from(['tvaers-audit-checkpoint-v1', c.sequence, c.hash, c.signed_at].join('\n'), 'utf8');
    const raw = keys.get(c.key_id);
    if (!raw) return `${where}: signed by key ${c.key_id}, which is not among the published keys`;
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw, 'base64').toString('base64url') },
      format: 'jwk',
    });
    if (!verifySignature(null, message, key, Buffer.from(c.signature, 'base64')))
      return `${where}: the signature does not verify (the checkpoint was altered or forged)`;
    if (Number(c.sequence) > last) return `${where}: the export ends at sequence ${last}, so signed events were removed from the end`;
    const event = events.get(c.sequence);
    if (event && event.hash !== c.hash)
      return `sequence ${c.sequence}: the chain does not pass through the ${where} (the history was rewritten)`;
  }
  return undefined;
}

export function verify(text, checkpoints = [], keys = new Map()) {
  const rows = readCsv(text);
  let previous;
  for (const row of rows) {
    const sequence = row.sequence;
    if (!previous && sequence !== '1' && row.previous_hash === ZERO_HASH)
      return [false, `sequence ${sequence}: a first event must have sequence 1`];
    const expectedPrevious = previous ? previous.hash : sequence === '1' ? ZERO_HASH : row.previous_hash;
    if (previous && Number(sequence) !== Number(previous.sequence) + 1)
      return [false, `sequence ${sequence} follows ${previous.sequence}: events are missing or out of order`];
    if (row.previous_hash !== expectedPrevious)
      return [false, `sequence ${sequence}: previous_hash does not match the hash of the event before it (an event is missing or changed)`];
    if (!KEY_ORDER[row.form || '1']) return [false, `sequence ${sequence}: unknown canonical form ${row.form}`];
    const computed = createHash('sha256')
      .update(row.previous_hash + canonical(row), 'utf8')
      .digest('hex');
    if (computed !== row.hash) return [false, `sequence ${sequence}: the hash does not match the event's fields (computed ${computed})`];
    previous = row;
  }
  const problem = checkCheckpoints(new Map(rows.map((r) => [r.sequence, r])), checkpoints, keys);
  if (problem) return [false, problem];
  const signed = checkpoints.length
    ? `; ${checkpoints.length} signed checkpoints verified, the newest at sequence ${Math.max(...checkpoints.map((c) => Number(c.sequence)))}`
    : '; no signed checkpoints given';
  if (!previous) return [true, `OK: no events${signed}`];
  return [true, `OK: ${rows.length} events (sequence ${rows[0].sequence} to ${previous.sequence}), last hash ${previous.hash}${signed}`];
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (process.argv.length < 3) {
    console.error('usage: node verify-audit.mjs audit.csv [checkpoints.csv ...] [audit-keys.json]');
    process.exit(2);
  }
  const folder = path.dirname(path.resolve(process.argv[2]));
  const beside = ['audit-checkpoints.csv', 'audit-keys.json'].map((name) => path.join(folder, name)).filter((f) => existsSync(f));
  const checkpoints = [];
  const keys = new Map();
  for (const file of [...beside, ...process.argv.slice(3)]) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) for (const k of JSON.parse(text).keys) keys.set(k.keyId, k.publicKey);
    else checkpoints.push(...readCsv(text));
  }
  const [ok, message] = verify(readFileSync(process.argv[2], 'utf8'), checkpoints, keys);
  console.log(ok ? message : `BROKEN: ${message}`);
  process.exit(ok ? 0 : 1);
}

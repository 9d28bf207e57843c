#!/usr/bin/env node
// Verifies a Tværs audit trail export (audit.csv) with plain Node.js, no dependencies: recomputes every
// event's SHA-256 from the exported fields in the canonical form of docs/audit-trail.md and checks that
// each event links to the one before it.
//   node verify-audit.mjs audit.csv
// Prints OK with the number of events and the last hash, or the first broken sequence; exits 0 or 1.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The ten hashed fields in the canonical key order (PostgreSQL jsonb: shorter keys first, then bytewise).
const KEY_ORDER = ['at', 'after', 'action', 'before', 'actorId', 'entityId', 'sequence', 'operation', 'actorEmail', 'entityType'];
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
  const values = {
    at: jsonString(r.at),
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
  return `{${KEY_ORDER.map((key) => `"${key}": ${values[key]}`).join(', ')}}`;
}

export function verify(text) {
  text = text.replace(/^\uFEFF/, '');
  const header = text.slice(0, text.indexOf('\n'));
  const delimiter = header.split(';').length > header.split(',').length ? ';' : ',';
  const [names, ...lines] = parseCsv(text, delimiter);
  const rows = lines.map((cells) => Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ''])));
  let previous;
  for (const row of rows) {
    const sequence = row.sequence;
    if (!previous && sequence !== '1' && row.previous_hash === ZERO_HASH)
      return [false, `sequence ${sequence}: a first event must have sequence 1`];
    const expectedPrevious = previous ? previous.hash : sequence === '1' ? ZERO_HASH : row.previous_hash;
    // Sequence numbers only grow; gaps are normal (a rolled-back transaction uses a number up).
    if (previous && Number(sequence) <= Number(previous.sequence))
      return [false, `sequence ${sequence} follows ${previous.sequence}: out of order`];
    if (row.previous_hash !== expectedPrevious)
      return [false, `sequence ${sequence}: previous_hash does not match the hash of the event before it (an event is missing or changed)`];
    const computed = createHash('sha256')
      .update(row.previous_hash + canonical(row), 'utf8')
      .digest('hex');
    if (computed !== row.hash) return [false, `sequence ${sequence}: the hash does not match the event's fields (computed ${computed})`];
    previous = row;
  }
  if (!previous) return [true, 'OK: no events'];
  return [true, `OK: ${rows.length} events (sequence ${rows[0].sequence} to ${previous.sequence}), last hash ${previous.hash}`];
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  if (process.argv.length !== 3) {
    console.error('usage: node verify-audit.mjs audit.csv');
    process.exit(2);
  }
  const [ok, message] = verify(readFileSync(process.argv[2], 'utf8'));
  console.log(ok ? message : `BROKEN: ${message}`);
  process.exit(ok ? 0 : 1);
}

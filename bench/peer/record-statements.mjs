#!/usr/bin/env node
// The bench peer (server.mjs) with every statement it sends appended to the file RECORD_STATEMENTS as
// one JSON line {text, values}: bench/statement-cpu.mjs replays PostGraphile's own SQL.
//   RECORD_STATEMENTS=/tmp/peer.jsonl node bench/peer/record-statements.mjs <database url>
import { appendFileSync } from 'node:fs';
import pg from 'pg';

const file = process.env.RECORD_STATEMENTS;
if (!file) throw new Error('RECORD_STATEMENTS names the file to append the statements to');
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function recorded(config, values, callback) {
  const text = typeof config === 'string' ? config : config?.text;
  if (text) appendFileSync(file, `${JSON.stringify({ text, values: typeof config === 'string' ? values : (config.values ?? values) })}\n`);
  return query.call(this, config, values, callback);
};
await import('./server.mjs');

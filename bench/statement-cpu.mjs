#!/usr/bin/env node
// A project page's statement in PostgreSQL alone, four ways, in one run: the statement Tværs's API
// sends for bench:peer's `detail` query, executed as the database owner (no row-level security), as
// the app's role for a VIEWER member (policies in force), and so with the policies as they were before
// they read the session's programmes from a view (migration SessionProgrammesView; the policies are
// altered for that window and put back after it), and the statement PostGraphile 5 sends for the same page, as the owner. Both statements are recorded from the running servers, not written here.
// Each form runs as a named prepared statement on one connection for the same random projects; per
// execution the bench prints the backend's CPU (from /proc: user + system) and the p50 round trip,
// in interleaved rounds. Tværs's statement must answer the same for the owner and the member first.
//   npm run bench:statement -- --rounds 5 --executions 3000
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  ensureScaleProgramme,
  graphqlRequest,
  loadAverage,
  openBenchDatabase,
  percentile,
  spawnServer,
  startBenchApi,
} from './support.mjs';
import { SIDES } from './peer-queries.mjs';

const { values } = parseArgs({
  options: {
    projects: { type: 'string', default: '10000' },
    measurements: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '5' },
    executions: { type: 'string', default: '3000' },
  },
});
const rounds = Number(values.rounds);
const executions = Number(values.executions);

/** The statements `send` makes the client of this process send, recorded by wrapping pg's query. */
async function recorded(send) {
  const statements = [];
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function recording(config, params, callback) {
    if (typeof config === 'object' && config?.text) statements.push({ text: config.text, values: config.values ?? params });
    else if (typeof config === 'string') statements.push({ text: config, values: params });
    return query.call(this, config, params, callback);
  };
  try {
    await send();
  } finally {
    pg.Client.prototype.query = query;
  }
  return statements;
}

/** The one statement of a page that reads the project with its lists (the one naming benefit_measurements). */
function pageStatement(statements, side) {
  const page = statements.filter((s) => s.text.includes('benefit_measurements'));
  if (page.length !== 1) throw new Error(`${side}: expected one statement reading the page, found ${page.length}`);
  return page[0].text;
}

const database = await openBenchDatabase();
const client = new pg.Client({ connectionString: database.url, options: '-c work_mem=32MB' });
/** Puts the policies back as the migrations left them; set once they are read. */
let restorePolicies = async () => undefined;
try {
  const programmeId = await ensureScaleProgramme(database, Number(values.projects), Number(values.measurements));
  const ids = (
    await database.pool.query('SELECT id FROM projects WHERE programme_id = $1 ORDER BY random() LIMIT 200', [programmeId])
  ).rows.map((r) => r.id);

  // Tværs: the API in this process, as bench:peer's VIEWER member; its first request for a project warms
  // its caches, the second is the page's statement as every later request sends it.
  const tvaers = await startBenchApi(database, 'VIEWER');
  const askTvaers = (id) => graphqlRequest(`${tvaers.baseUrl}/graphql`, tvaers.token, { query: SIDES.tvaers.detail, variables: { id } });
  await askTvaers(ids[0]);
  const ours = pageStatement(await recorded(() => askTvaers(ids[1])), 'Tværs');
  const [{ user_id: memberId }] = (await database.pool.query(`SELECT id AS user_id FROM users WHERE email = 'bench-viewer@tvaers.invalid'`))
    .rows;
  await tvaers.app.close();

  // PostGraphile: its server with its statements recorded to a file.
  const file = path.join(tmpdir(), `tvaers-peer-statements-${process.pid}.jsonl`);
  let theirs;
  try {
    const peer = await spawnServer('peer/record-statements.mjs', [database.url], { env: { RECORD_STATEMENTS: file } });
    try {
      await graphqlRequest(peer.url, undefined, { query: SIDES.peer.detail, variables: { id: ids[1] } });
    } finally {
      await peer.stop();
    }
    const statements = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    theirs = pageStatement(statements, 'PostGraphile');
  } finally {
    rmSync(file, { force: true });
  }

  await client.connect();
  const [{ pid }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
  const backendCpuMs = () => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  };
  const asOwner = () =>
    client.query(`SELECT set_config('role', 'none', false), set_config('tvaers.user_id', '', false), set_config('tvaers.role', '', false)`);
  const asMember = () =>
    client.query(
      `SELECT set_config('role', 'tvaers_app', false), set_config('tvaers.user_id', $1, false), set_config('tvaers.role', 'MEMBER', false)`,
      [memberId],
    );
  // The policies as they were before the SessionProgrammesView migration called tvaers_my_programmes()
  // where they now read the view.
  const policies = (
    await client.query(
      `SELECT polname, polrelid::regclass::text AS tab, pg_get_expr(polqual, polrelid) AS qual FROM pg_policy WHERE polname LIKE '%\\_of\\_my\\_programmes'`,
    )
  ).rows;
  const VIEW = 'ARRAY( SELECT tvaers_session_programmes.programme_id\n   FROM tvaers_session_programmes)';
  // Each statement runs on its own, as the API's do (no transaction around them), so the old policies are
  // set for that form's window and put back after it, also when the run fails.
  const setPolicies = async (withFunction) => {
    await asOwner();
    for (const { polname, tab, qual } of policies) {
      if (!qual.includes(VIEW)) throw new Error(`${polname}: the policy no longer reads the view as expected: ${qual}`);
      await client.query(
        `ALTER POLICY ${polname} ON ${tab} USING (${withFunction ? qual.replace(VIEW, '(SELECT tvaers_my_programmes())::uuid[]') : qual})`,
      );
    }
  };
  restorePolicies = () => setPolicies(false);
  const asMemberWithFunction = async () => {
    await setPolicies(true);
    await asMember();
  };
  const FORMS = {
    'Tværs, owner': { text: ours, session: asOwner },
    'Tværs, member (row-level security)': { text: ours, session: asMember },
    'Tværs, member, policies calling the function': { text: ours, session: asMemberWithFunction, end: () => restorePolicies() },
    'PostGraphile, owner': { text: theirs, session: asOwner },
  };

  // Same answer for the owner and the member, or the member's statement would be doing less.
  for (const id of ids.slice(0, 20)) {
    await asOwner();
    const owner = JSON.stringify((await client.query(ours, [id])).rows);
    await asMember();
    const member = JSON.stringify((await client.query(ours, [id])).rows);
    if (owner !== member) throw new Error(`project ${id}: the member's answer differs from the owner's`);
  }
  await asOwner();
  console.log('Same rows: the owner and the member get the same answer to Tværs’s statement for 20 projects.');

  const results = Object.fromEntries(Object.keys(FORMS).map((name) => [name, []]));
  for (let round = 1; round <= rounds; round++) {
    const names = Object.keys(FORMS);
    const order = round % 2 ? names : [...names].reverse();
    for (const name of order) {
      const form = FORMS[name];
      await form.session();
      const statement = { name: `page_${round}_${names.indexOf(name)}`, text: form.text };
      for (let i = 0; i < 200; i++) await client.query({ ...statement, values: [ids[i % ids.length]] }); // plan cached, pages warm
      const load = await loadAverage();
      const latencies = [];
      const before = backendCpuMs();
      for (let i = 0; i < executions; i++) {
        const started = performance.now();
        await client.query({ ...statement, values: [ids[i % ids.length]] });
        latencies.push(performance.now() - started);
      }
      const cpu = (backendCpuMs() - before) / executions;
      await client.query(`DEALLOCATE ${statement.name}`);
      await form.end?.();
      results[name].push({ cpu, p50: percentile(latencies, 50) });
      console.log(
        `round ${round} ${name.padEnd(46)} PostgreSQL CPU ${cpu.toFixed(3)} ms, p50 ${percentile(latencies, 50).toFixed(3)} ms per execution (load ${load})`,
      );
    }
  }
  console.log('\nMedian over rounds, per execution');
  for (const [name, figures] of Object.entries(results)) {
    const cpu = percentile(
      figures.map((f) => f.cpu),
      50,
    );
    const p50 = percentile(
      figures.map((f) => f.p50),
      50,
    );
    console.log(`${name.padEnd(46)} PostgreSQL CPU ${cpu.toFixed(3)} ms, p50 ${p50.toFixed(3)} ms`);
  }
} finally {
  await restorePolicies().catch((error) => console.error(`The policies could not be put back: ${error.message}`));
  await client.end().catch(() => undefined);
  await database.close();
}

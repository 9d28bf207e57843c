// The cluster test's traffic: writers create projects with codes nobody else uses, readers ask for the
// project list, all through one URL (the front HAProxy). Every request is recorded with its outcome,
// so the test can say afterwards which writes were acknowledged and how the failures looked.
import { sleep } from './processes.mjs';

/** A request without an answer after this long counts as a hang. */
export const REQUEST_TIMEOUT_MS = 15_000;

const CREATE = 'mutation FailoverWrite($input: CreateProjectInput!) { createProject(input: $input) { id code } }';
const LIST =
  'query FailoverRead($programmeId: ID!) { projects(programmeId: $programmeId, first: 20) { totalCount edges { node { id code } } } }';

/** One GraphQL POST; resolves to { status, body } or throws on a network error or timeout. */
export async function graphql(url, token, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = { unparsed: text.slice(0, 200) };
  }
  return { status: response.status, body };
}

export async function signIn(url, email, password) {
  const { status, body } = await graphql(
    url,
    undefined,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  const token = body.data?.login?.token;
  if (!token) throw new Error(`sign-in as ${email} failed: HTTP ${status} ${JSON.stringify(body).slice(0, 200)}`);
  return token;
}

/**
 * Starts `writers` + `readers` closed loops against `url`. Outcomes: `ok` (HTTP 200 without errors),
 * `unavailable` (HTTP 503 with code SERVICE_UNAVAILABLE: the clean refusal a client may retry),
 * `closed` (the connection closed before any answer: what HAProxy does to a keep-alive client whose
 * request was in flight on a process that died), `failed` (anything else: a 500, another code, another
 * network error, or no answer in time).
 */
export function startWorkload({ url, token, programmeId, writers, readers, codePrefix }) {
  const records = [];
  let stopping = false;
  let written = 0;

  async function request(kind) {
    const code = kind === 'write' ? `${codePrefix}-${String(++written).padStart(6, '0')}` : undefined;
    const record = { kind, key: code, startedAt: Date.now() };
    try {
      const { status, body } =
        kind === 'write'
          ? await graphql(url, token, CREATE, { input: { programmeId, code, title: `Failover test ${code}` } })
          : await graphql(url, token, LIST, { programmeId });
      record.status = status;
      record.errorCode = body.errors?.[0]?.extensions?.code;
      record.outcome =
        status === 200 && body.data && !body.errors
          ? 'ok'
          : status === 503 && record.errorCode === 'SERVICE_UNAVAILABLE'
            ? 'unavailable'
            : 'failed';
      if (record.outcome === 'failed') record.detail = JSON.stringify(body).slice(0, 300);
    } catch (error) {
      record.status = 0;
      record.outcome = error.cause?.code === 'UND_ERR_SOCKET' ? 'closed' : 'failed';
      record.detail =
        error.name === 'TimeoutError'
          ? `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`
          : `${error.name}: ${error.message}${error.cause ? ` (${error.cause.code ?? ''} ${error.cause.message})` : ''}`;
    }
    record.endedAt = Date.now();
    records.push(record);
    // A real client backs off a little after a refusal instead of hammering the load balancer.
    if (record.outcome !== 'ok') await sleep(200);
  }

  async function loop(kind) {
    while (!stopping) await request(kind);
  }
  const loops = [...Array(writers).fill('write'), ...Array(readers).fill('read')].map(loop);

  return {
    records,
    /** The first write that started at or after `time` and was acknowledged. */
    firstAcknowledgedWriteAfter: (time) => records.find((r) => r.kind === 'write' && r.outcome === 'ok' && r.startedAt >= time),
    /** Lets the requests in flight finish, then resolves to every record. */
    async stop() {
      stopping = true;
      await Promise.all(loops);
      return records;
    },
  };
}

/** Counts of the records by kind and outcome, and the failures worth showing. */
export function summarise(records) {
  const count = (kind, outcome) => records.filter((r) => r.kind === kind && r.outcome === outcome).length;
  const failures = records.filter((r) => r.outcome === 'failed');
  const tally = (kind) => ({
    ok: count(kind, 'ok'),
    unavailable: count(kind, 'unavailable'),
    closed: count(kind, 'closed'),
    failed: count(kind, 'failed'),
  });
  return {
    writes: tally('write'),
    reads: tally('read'),
    failures: failures
      .slice(0, 10)
      .map((r) =>
        `${r.kind} ${r.key ?? ''} at ${new Date(r.startedAt).toISOString().slice(11, 23)}–${new Date(r.endedAt).toISOString().slice(11, 23)}: HTTP ${r.status} ${r.errorCode ?? ''} ${r.detail ?? ''}`.trim(),
      ),
    failureCount: failures.length,
  };
}

/**
 * Compares the writes the clients saw acknowledged with the rows in the database (`found`: code →
 * number of rows). Lost: acknowledged but not there. Duplicated: there more than once. Unacknowledged
 * but written: the commit happened, its answer did not reach the client (allowed; reported).
 */
export function reconcile(records, found) {
  const acknowledged = new Set(records.filter((r) => r.kind === 'write' && r.outcome === 'ok').map((r) => r.key));
  const unacknowledged = new Set(records.filter((r) => r.kind === 'write' && r.outcome !== 'ok').map((r) => r.key));
  const lost = [...acknowledged].filter((code) => !found.has(code));
  const duplicated = [...found].filter(([, rows]) => rows > 1).map(([code]) => code);
  const strangers = [...found.keys()].filter((code) => !acknowledged.has(code) && !unacknowledged.has(code));
  const writtenWithoutAnswer = [...unacknowledged].filter((code) => found.has(code)).length;
  return { acknowledged: acknowledged.size, found: found.size, lost, duplicated, strangers, writtenWithoutAnswer };
}

import pg from 'pg';

// pg's promise form, `client.query(text, values)`, makes its Query without a callback and then stores
// the one that settles the promise into it (`query.callback = …`). On Node 24 that late store of a
// closure kept each request's objects (the closure's resolve function leads to the awaiting request)
// alive through every young-generation collection until the next full one: a 40-line server making
// one query per request copied 371 KB per scavenge, against 2 KB when pg got the callback with the
// query; the API on a project's page 640 KB against 26 KB (README, "No request outlives its answer in
// the young generation"). This client gives pg the callback when the query is made, as pg's own
// callback form does, and answers with the same promise. The pool makes its connections with it
// (data-source.ts, `extra.Client`).

type Settle = (error: Error | null, result?: pg.QueryResult) => void;
type UntypedQuery = (this: pg.Client, config: unknown, values?: unknown, callback?: unknown) => unknown;

function query(this: pg.Client, config: unknown, values?: unknown, callback?: unknown): unknown {
  // Read at each call: tracing (instrumentation-pg) wraps pg's method after this module is loaded.
  const pgQuery = pg.Client.prototype.query as UntypedQuery;
  const isObject = typeof config === 'object' && config !== null;
  if (typeof values === 'function' || typeof callback === 'function' || (isObject && ('submit' in config || 'callback' in config)))
    return pgQuery.call(this, config, values, callback);
  return new Promise<pg.QueryResult>((resolve, reject) => {
    const settle: Settle = (error, result) => (error ? reject(error) : resolve(result!));
    // pg puts the callback into its own copy of a config object (utils.normalizeQueryConfig).
    pgQuery.call(this, config, values, settle);
  }).catch((error: Error) => {
    // As pg's promise form: the stack leads back to the awaiting caller, not to the socket's read.
    Error.captureStackTrace(error);
    throw error;
  });
}

/** pg's Client, whose promise-returning queries hand pg their callback up front (see above). */
export class CallbackFirstClient extends pg.Client {}
CallbackFirstClient.prototype.query = query as pg.Client['query'];

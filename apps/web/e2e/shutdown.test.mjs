// SIGTERM to the built app (npm start's process, embedded PostgreSQL): readiness turns 503, a request
// in flight still gets its answer, then the app and its database stop and the process exits 0.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startApp } from './support.mjs';

describe('graceful shutdown of the built app on SIGTERM', () => {
  let app;
  before(async () => {
    app = await startApp({ env: { SHUTDOWN_DRAIN_SECONDS: '1', SHUTDOWN_TIMEOUT_SECONDS: '10' } });
  });
  after(() => app?.stop());

  it('drains, answers the request in flight, stops the database and exits 0', async () => {
    const body = JSON.stringify({ query: '{ signInOptions { passwordLogin } }' });
    const request = http.request(`${app.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    const answer = new Promise((resolve, reject) => {
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode, text }));
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 5));
    await new Promise((resolve) => setTimeout(resolve, 100));

    const exited = new Promise((resolve) => app.process.once('exit', (code) => resolve(code)));
    app.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ready = await fetch(`${app.baseUrl}/health/ready`);
    assert.equal(ready.status, 503);
    assert.equal((await ready.json()).status, 'draining');
    assert.equal((await fetch(`${app.baseUrl}/health/live`)).status, 200);

    request.end(body.slice(5));
    const { status, text } = await answer;
    assert.equal(status, 200);
    assert.equal(JSON.parse(text).data.signInOptions.passwordLogin, true);

    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('still running after 15 s'), 15_000))]);
    assert.equal(code, 0, app.output());
    assert.match(app.output(), /draining: readiness answers 503 for 1000 ms[\s\S]*closed: no request in flight/);
    assert.equal(existsSync(path.join(app.dataDir, 'postgres', 'postmaster.pid')), false, 'the embedded PostgreSQL stopped');
  });
});

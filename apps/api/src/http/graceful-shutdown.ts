import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Injectable, type INestApplication, type NestMiddleware } from '@nestjs/common';

// Stopping without failing the requests a load balancer already sent (SIGTERM from Kubernetes, systemd
// or a rolling update): readiness answers 503 first, so the balancer takes the process out; after the
// drain delay no new connection is accepted and the requests in flight finish, up to a time limit; then
// the app closes (the database pool, the job queue) and the process can exit.

/** Whether this process is shutting down. One per app; /health/ready and the middleware below read it. */
@Injectable()
export class ShutdownState {
  draining = false;
}

/** While draining, every answer asks the client to close its connection, so keep-alive clients move on. */
@Injectable()
export class DrainingConnectionMiddleware implements NestMiddleware {
  constructor(private readonly state: ShutdownState) {}

  use(_request: unknown, response: { setHeader(name: string, value: string): void }, next: () => void): void {
    if (this.state.draining) response.setHeader('connection', 'close');
    next();
  }
}

export interface ShutdownOptions {
  /** How long readiness answers 503 before new connections are refused (SHUTDOWN_DRAIN_SECONDS). */
  drainMs: number;
  /** How long requests in flight may take to finish after that (SHUTDOWN_TIMEOUT_SECONDS). */
  timeoutMs: number;
  log: (message: string) => void;
}

/** Drains and closes `app`; resolves when it is closed, with whether requests were cut off at the limit. */
export async function shutDownGracefully(app: INestApplication, options: ShutdownOptions): Promise<{ cutOff: boolean }> {
  app.get(ShutdownState).draining = true;
  options.log(`draining: readiness answers 503 for ${options.drainMs} ms`);
  await sleep(options.drainMs);
  const server = app.getHttpServer() as Server;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'limit'>((resolve) => {
    timer = setTimeout(() => resolve('limit'), options.timeoutMs);
  });
  const cutOff = (await Promise.race([closed, limit])) === 'limit';
  clearTimeout(timer);
  if (cutOff) {
    options.log(`requests still running after ${options.timeoutMs} ms: their connections are closed`);
    server.closeAllConnections();
    await closed;
  }
  await app.close();
  options.log('closed: no request in flight, database pool and jobs stopped');
  return { cutOff };
}

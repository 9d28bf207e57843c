import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { runWithContext } from '../../auth/request-context.js';

// Prometheus metrics of this process (GET /metrics). Each app has its own registry, so that several
// apps in one process (the tests) do not share counters. Node's own metrics (event-loop lag, memory,
// GC) are the process's: they are collected once per process into a registry of their own, because
// each collection starts observers that nothing stops (an app per test file made later test files
// several times slower). Labels are bounded: route templates, GraphQL operation names and error
// codes, never a URL, an id or a user.

/** Seconds: a project page takes milliseconds, a 1,000,000-row export tens of seconds. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

let processRegistry: Registry | undefined;

function nodeMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'tvaers_' });
  }
  return processRegistry;
}

@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'tvaers_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'tvaers_graphql_operation_duration_seconds',
    help: 'GraphQL operations by type and operation name (anonymous when unnamed).',
    labelNames: ['type', 'operation'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'tvaers_graphql_errors_total',
    help: 'Errors in GraphQL answers, by the code clients see (NOT_FOUND, BAD_USER_INPUT …).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly exports = new Counter({
    name: 'tvaers_exports_total',
    help: 'Exports answered (HTTP 2xx), by route template.',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });

  readonly imports = new Counter({
    name: 'tvaers_imports_total',
    help: 'Spreadsheet imports by outcome (HTTP 2xx: written; otherwise refused).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor(dataSource: DataSource) {
    // The driver is PostgreSQL's (the only one configured); its pg pool is the public `master` field.
    const pool = (): PgPool | undefined => (dataSource.driver as PostgresDriver).master as PgPool | undefined;
    new Gauge({
      name: 'tvaers_db_pool_connections',
      help: 'Database pool connections: in use, idle, and requests waiting for one.',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'in_use' }, p.totalCount - p.idleCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
    new Gauge({
      name: 'tvaers_audit_events',
      help: 'Events in the audit trail (its highest sequence number).',
      registers: [this.registry],
      async collect() {
        // The trail is readable by the app role; reading it needs no user (a SYSTEM read).
        const rows: { last: string }[] = await runWithContext({ system: true, operation: 'metrics' }, () =>
          dataSource.query('SELECT coalesce(max(sequence), 0)::text AS last FROM audit_events'),
        );
        this.set(Number(rows[0]?.last ?? 0));
      },
    });
  }

  /** The exposition text, and its content type. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    const text = [await nodeMetrics().metrics(), await this.registry.metrics()].map((part) => part.trimEnd()).join('\n') + '\n';
    return { contentType: this.registry.contentType, text };
  }
}

import { Logger } from '@nestjs/common';
import pg from 'pg';

/** Notified at the commit of any change to users, memberships or ended sessions (see the SignedInUserChanges migration). */
const CHANNEL = 'tvaers_signed_in_users';
const MAX_ENTRIES = 10_000;
/**
 * A safety net only (changes are notified): an entry is looked up again after this long all the same.
 * It bounds how long a change can go unnoticed when the listening connection is dead without knowing it
 * (a network partition that TCP has not reported yet).
 */
const MAX_AGE_MS = 10_000;
const RECONNECT_MS = [500, 1_000, 2_000, 5_000];

/**
 * The signed-in users this process has looked up, by user and session, so that a request does not
 * cost a statement to learn who sent it. It is only used while a connection LISTENs for changes: a
 * change committed anywhere empties it in every process, and while that connection is down (a
 * failover, a restart) every request looks its user up again, as before. A lookup that was under way
 * when a change arrived is not kept, so it cannot bring back what the change removed.
 */
export class SignedInUserCache<T> {
  private readonly logger = new Logger('SignedInUsers');
  private readonly entries = new Map<string, { value: Promise<T>; storedAt: number }>();
  private listener: pg.Client | undefined;
  private stopped = false;
  private attempts = 0;
  private reconnect: NodeJS.Timeout | undefined;

  constructor(private readonly databaseUrl: string) {}

  /** Whether entries are served: only while changes would reach this process. */
  get active(): boolean {
    return this.listener !== undefined;
  }

  async start(): Promise<void> {
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnect);
    const listener = this.listener;
    this.listener = undefined;
    this.invalidate();
    await listener?.end().catch(() => undefined);
  }

  /**
   * The entry for `key`, or what `load` answers. Requests that arrive while a lookup is under way share
   * it (after a change, a hundred requests of one user cost one lookup, not a hundred). A change clears
   * the entries, lookups under way included, so none can bring back what the change removed.
   */
  get(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.active) return load();
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.storedAt < MAX_AGE_MS) return hit.value;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const entry = { value: load(), storedAt: Date.now() };
    this.entries.set(key, entry);
    // A failed lookup (the database away) is not kept: the next request asks again.
    entry.value.catch(() => this.entries.get(key) === entry && this.entries.delete(key));
    return entry.value;
  }

  /** Forgets every entry, and any lookup under way (a change was notified, or this process made one). */
  invalidate(): void {
    this.entries.clear();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'tvaers-signed-in-users',
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    client.on('notification', () => this.invalidate());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.retryLater(error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    // Changes made while nobody listened are unknown: start empty.
    this.invalidate();
    this.listener = client;
    if (this.attempts > 0) this.logger.log('listening for changes to signed-in users again; their lookups are kept again');
    this.attempts = 0;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (client !== this.listener) return;
    this.listener = undefined;
    this.invalidate();
    if (this.stopped) return;
    void client.end().catch(() => undefined);
    this.retryLater(error ?? new Error('the connection ended'));
  }

  private retryLater(error: unknown): void {
    if (this.stopped) return;
    if (this.attempts === 0)
      this.logger.warn(
        `not listening for changes to signed-in users (${error instanceof Error ? error.message : String(error)}): every request looks its user up until it listens again`,
      );
    const delay = RECONNECT_MS[Math.min(this.attempts++, RECONNECT_MS.length - 1)];
    this.reconnect = setTimeout(() => void this.listen(), delay);
    this.reconnect.unref();
  }
}

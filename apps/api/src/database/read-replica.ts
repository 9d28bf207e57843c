import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** How often the replica is asked whether it answers; also how long reads stay on the primary after it fails. */
export const REPLICA_PROBE_MS = 5_000;
/** A replica that has not answered `SELECT 1` in this long counts as down. */
const PROBE_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The read replica's pool and whether it answers. A replica is a convenience, never a dependency: the
 * API starts while it is down, and while it is down (or not yet connected) the heavy reads go to the
 * primary, checked again every few seconds. A request that was already on the replica when it failed
 * answers 503 like any unreachable database; the next ones go to the primary.
 */
export class ReadReplica {
  private readonly logger = new Logger('ReadReplica');
  private dataSource: DataSource | undefined;
  private connecting: Promise<DataSource> | undefined;
  private state: 'unknown' | 'answering' | 'unreachable' = 'unknown';
  private timer: NodeJS.Timeout | undefined;
  private probing: Promise<void> | undefined;

  constructor(
    private readonly connect: () => Promise<DataSource>,
    private readonly probeMs = REPLICA_PROBE_MS,
  ) {}

  /** The replica when it answered the last probe; undefined sends the read to the primary. */
  get current(): DataSource | undefined {
    return this.state === 'answering' ? this.dataSource : undefined;
  }

  /** Connects (or notes that it cannot yet) and keeps probing; never throws. */
  async start(): Promise<void> {
    await this.probe();
    this.timer = setInterval(() => void this.probe(), this.probeMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.probing;
    const dataSource = this.dataSource ?? (await this.connecting?.catch(() => undefined));
    if (dataSource?.isInitialized) await dataSource.destroy();
  }

  private probe(): Promise<void> {
    this.probing ??= (async () => {
      try {
        // A connection attempt that outlives the timeout is kept, not dropped: the next probe uses it.
        this.connecting ??= this.connect().then(
          (dataSource) => (this.dataSource = dataSource),
          (error: unknown) => {
            this.connecting = undefined;
            throw error;
          },
        );
        const dataSource = this.dataSource ?? (await withTimeout(this.connecting, PROBE_TIMEOUT_MS * 3));
        await withTimeout(dataSource.query('SELECT 1'), PROBE_TIMEOUT_MS);
        this.changeState('answering');
      } catch (error) {
        this.changeState('unreachable', error);
      } finally {
        this.probing = undefined;
      }
    })();
    return this.probing;
  }

  private changeState(state: 'answering' | 'unreachable', error?: unknown): void {
    if (state === this.state) return;
    this.state = state;
    if (state === 'answering') this.logger.log('read replica answers: dashboards, exports and the public feed read from it');
    else
      this.logger.warn(
        `read replica unreachable (${error instanceof Error ? error.message : String(error)}): reading from the primary until it answers`,
      );
  }
}

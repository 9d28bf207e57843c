import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentContext } from '../auth/request-context.js';
import type { ReadReplica } from './read-replica.js';

/** Nest token of the ReadReplica; absent when DATABASE_READ_URL is not set. */
export const READ_REPLICA = Symbol('READ_REPLICA');

// The newest data a read there includes: on a primary, everything committed (now); on a standby, the
// commit time of the last transaction it replayed. That is a lower bound: a replica that is current
// but has seen no write for an hour says an hour ago, never newer than it is.
const DATA_AS_OF_SQL = `SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_xact_replay_timestamp() ELSE now() END AS as_of`;

/**
 * Where the heavy reads go (dashboards, exports, the public feed): the read replica when one is
 * configured (DATABASE_READ_URL) and answering, else the primary. A request that writes (a GraphQL
 * mutation) reads from the primary throughout, so it never decides on data older than what it is
 * changing.
 */
@Injectable()
export class ReadDatabase implements OnModuleInit, OnModuleDestroy {
  constructor(
    private readonly primary: DataSource,
    @Optional() @Inject(READ_REPLICA) private readonly replica?: ReadReplica,
  ) {}

  get source(): DataSource {
    const replica = this.replica?.current;
    return replica && !currentContext()?.operation?.startsWith('mutation') ? replica : this.primary;
  }

  /** How fresh `source` is, when it is the replica; undefined when reads go to the primary (live). */
  async dataAsOf(): Promise<Date | undefined> {
    const source = this.source;
    if (source === this.primary) return undefined;
    const [row] = (await source.query(DATA_AS_OF_SQL)) as { as_of: Date | null }[];
    return row?.as_of ?? undefined;
  }

  /** The time the data read is current up to: the replica's as above, now on the primary (files carry it). */
  async dataAsOfOrNow(): Promise<Date> {
    return (await this.dataAsOf()) ?? new Date();
  }

  async onModuleInit(): Promise<void> {
    await this.replica?.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.replica?.stop();
  }
}

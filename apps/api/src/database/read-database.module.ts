import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ReadDatabase, READ_REPLICA } from './read-database.js';
import { ReadReplica, REPLICA_PROBE_MS } from './read-replica.js';
import { applySessionContext } from './session-context.js';

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

/** ReadDatabase for every module; with `replicaUrl`, a second pool on the read replica (probed every `probeMs`). */
@Global()
@Module({})
export class ReadDatabaseModule {
  static with(replicaUrl: string | undefined, probeMs = REPLICA_PROBE_MS): DynamicModule {
    return {
      module: ReadDatabaseModule,
      providers: [
        ...(replicaUrl
          ? [
              {
                provide: READ_REPLICA,
                // The primary's options (entities, naming, pool) on the replica's URL, and the same session
                // settings as the primary's pool: row-level security holds on the replica too.
                inject: [DataSource],
                useFactory: (primary: DataSource) =>
                  new ReadReplica(async () => {
                    const options: PostgresConnectionOptions = { ...(primary.options as PostgresConnectionOptions), url: replicaUrl };
                    return applySessionContext(await new DataSource({ ...options, applicationName: 'tvaers-read' }).initialize());
                  }, probeMs),
              },
            ]
          : []),
        ReadDatabase,
      ],
      exports: [ReadDatabase],
    };
  }
}

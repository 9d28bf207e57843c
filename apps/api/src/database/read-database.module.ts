import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';
import { ReadDatabase, READ_REPLICA } from './read-database.js';
import { ReadReplica, REPLICA_PROBE_MS } from './read-replica.js';
import { applySessionContext } from './session-context.js';

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
                // The same session settings as the primary's pool: row-level security holds on the replica too.
                useFactory: () =>
                  new ReadReplica(
                    async () =>
                      applySessionContext(
                        await new DataSource(dataSourceOptions(replicaUrl, { applicationName: 'tvaers-read' })).initialize(),
                      ),
                    probeMs,
                  ),
              },
            ]
          : []),
        ReadDatabase,
      ],
      exports: [ReadDatabase],
    };
  }
}

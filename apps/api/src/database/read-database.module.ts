import { type DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';
import { ReadDatabase, REPLICA_DATA_SOURCE } from './read-database.js';
import { applySessionContext } from './session-context.js';

/** ReadDatabase for every module; with `replicaUrl`, a second pool on the read replica. */
@Global()
@Module({})
export class ReadDatabaseModule {
  static with(replicaUrl: string | undefined): DynamicModule {
    return {
      module: ReadDatabaseModule,
      providers: [
        ...(replicaUrl
          ? [{
              provide: REPLICA_DATA_SOURCE,
              // The same session settings as the primary's pool: row-level security holds on the replica too.
              useFactory: async () => applySessionContext(await new DataSource(dataSourceOptions(replicaUrl, { applicationName: 'tvaers-read' })).initialize()),
            }]
          : []),
        ReadDatabase,
      ],
      exports: [ReadDatabase],
    };
  }
}

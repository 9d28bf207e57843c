import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type Logger } from 'typeorm';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter.js';
import { InputValidationPipe } from './common/validation/input-validation.pipe.js';
import { dataSourceOptions } from './database/data-source.js';
import { graphqlConfig } from './graphql/graphql-config.js';
import { AdoptionModule } from './modules/adoption/adoption.module.js';
import { BenefitsModule } from './modules/benefits/benefits.module.js';
import { BusinessCaseModule } from './modules/business-case/business-case.module.js';
import { PortfolioModule } from './modules/portfolio/portfolio.module.js';
import { BaselinesModule } from './modules/baselines/baselines.module.js';
import { StatusReportsModule } from './modules/status-reports/status-reports.module.js';
import { BudgetModule } from './modules/budget/budget.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MilestonesModule } from './modules/milestones/milestones.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { ProgrammesModule } from './modules/programmes/programmes.module.js';
import { ProjectsModule } from './modules/projects/projects.module.js';

export interface AppModuleOptions {
  databaseUrl: string;
  production: boolean;
  /** Tests pass a logger that counts SQL statements. */
  sqlLogger?: Logger;
}

/** The domain modules; exported so the schema generator can build the schema without a database. */
export const DOMAIN_MODULES = [
  ProgrammesModule,
  OrganisationsModule,
  ProjectsModule,
  BudgetModule,
  BenefitsModule,
  MilestonesModule,
  AdoptionModule,
  BusinessCaseModule,
  PortfolioModule,
  BaselinesModule,
  StatusReportsModule,
];

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, { logger: options.sqlLogger })),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => graphqlConfig(dataSource, options),
        }),
        HealthModule,
        ...DOMAIN_MODULES,
      ],
      providers: [
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}

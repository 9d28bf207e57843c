import { type DynamicModule, Global, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { AUTH_CONFIG, type AuthConfig } from './auth/auth-config.js';
import { AuthContextMiddleware } from './auth/auth-context.middleware.js';
import { RolesGuard } from './auth/roles.guard.js';
import { securityHeaders } from './http/security-headers.js';
import { ReadDatabaseModule } from './database/read-database.module.js';
import { LoggingModule, type LoggingOptions, RequestLogMiddleware } from './modules/logging/logging.module.js';
import { applySessionContext } from './database/session-context.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AUDIT_CONFIG, type AuditConfig, DEFAULT_AUDIT_CONFIG } from './modules/audit/audit-config.js';
import { UsersModule } from './modules/users/users.module.js';
import { MembershipsModule } from './modules/memberships/memberships.module.js';
import { SignInModule } from './modules/sign-in/sign-in.module.js';
import { ExportsModule } from './modules/exports/exports.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { GraphqlExceptionFilter } from './common/errors/graphql-exception.filter.js';
import { InputValidationPipe } from './common/validation/input-validation.pipe.js';
import { dataSourceOptions } from './data-source.js';
import { graphqlConfig, graphqlRequestContext } from './graphql/graphql-config.js';
import { GRAPHQL_HTTP_OPTIONS, type GraphqlHttpOptions, GraphqlHttpServer } from './graphql/graphql-http.server.js';
import { createLoaders } from './loaders.js';
import { PRELOAD_EDGES } from './modules/projects/project-preload-edges.js';
import { AdoptionModule } from './modules/adoptions/adoption.module.js';
import { BenefitsModule } from './modules/benefits/benefits.module.js';
import { BusinessCaseModule } from './modules/business-case/business-case.module.js';
import { OpenDataModule } from './modules/open-data/open-data.module.js';
import { SimulationModule } from './modules/simulation/simulation.module.js';
import { PortfolioModule } from './modules/portfolio/portfolio.module.js';
import { BaselinesModule } from './modules/baselines/baselines.module.js';
import { StatusReportsModule } from './modules/status-reports/status-reports.module.js';
import { BudgetModule } from './modules/budget/budget.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MilestonesModule } from './modules/milestones/milestones.module.js';
import { OrganisationsModule } from './modules/organisations/organisations.module.js';
import { ProgrammesModule } from './modules/programmes/programmes.module.js';
import { ProjectsModule } from './modules/projects/projects.module.js';
import { RisksModule } from './modules/risks/risks.module.js';
import { GatesModule } from './modules/gates/gates.module.js';
import { ReportingModule } from './modules/reporting/reporting.module.js';
import type { JobsConfig } from './modules/reporting/jobs-config.js';
import { AttachmentsModule } from './modules/attachments/attachments.module.js';
import { DrainingConnectionMiddleware } from './http/graceful-shutdown.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';
import { HttpMetricsMiddleware } from './modules/metrics/http-metrics.middleware.js';

export interface AppModuleOptions {
  databaseUrl: string;
  /** Dashboards, exports and the public feed read here (DATABASE_READ_URL); unset: the primary. */
  readDatabaseUrl?: string;
  /** How often the replica is probed (tests shorten it; default 5 s). */
  readReplicaProbeMs?: number;
  production: boolean;
  /** Tests pass a logger that counts SQL statements. */
  sqlLogger?: Logger;
  auth: AuthConfig;
  /** The job queue and mail; off unless given (tests start it where they test it). */
  jobs?: JobsConfig;
  /** Bearer token for GET /metrics (METRICS_TOKEN); unset: open outside production, off in production. */
  metricsToken?: string;
  /** Request ids always; JSON log lines (pino) when the format is json (default: text). */
  logging?: LoggingOptions;
  /** The audit checkpoints' signing key and intervals; unset: a key made for this process. */
  audit?: AuditConfig;
  /** 'interpreted' runs operations through graphql-js (a test compares both; default: compiled). */
  graphqlExecution?: 'compiled' | 'interpreted';
  /**
   * 'express' serves POST /graphql through Express like every other route (needed with CORS, which
   * Express adds; a test compares both); default: directly on the HTTP server (graphql-http.server.ts).
   */
  graphqlHttp?: 'direct' | 'express';
}

const NO_JOBS: JobsConfig = {
  enabled: false,
  smtpUrl: undefined,
  mailFrom: 'Tværs <noreply@localhost>',
  publicUrl: 'http://localhost:3000',
};

/** Token settings for whoever needs them (the users service, export routes). */
@Global()
@Module({})
class AuthConfigModule {
  static with(auth: AuthConfig): DynamicModule {
    return { module: AuthConfigModule, providers: [{ provide: AUTH_CONFIG, useValue: auth }], exports: [AUTH_CONFIG] };
  }
}

/** How audit checkpoints are signed, for the audit module (absent when the schema is generated). */
@Global()
@Module({})
class AuditConfigModule {
  static with(audit: AuditConfig): DynamicModule {
    return { module: AuditConfigModule, providers: [{ provide: AUDIT_CONFIG, useValue: audit }], exports: [AUDIT_CONFIG] };
  }
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
  SimulationModule,
  OpenDataModule,
  BaselinesModule,
  StatusReportsModule,
  RisksModule,
  GatesModule,
  UsersModule,
  MembershipsModule,
  SignInModule,
  AuditModule,
  ExportsModule,
  ImportsModule,
];

@Module({})
export class AppModule implements NestModule {
  private static production = false;

  static forRoot(options: AppModuleOptions): DynamicModule {
    AppModule.production = options.production;
    return {
      module: AppModule,
      imports: [
        LoggingModule.with(options.logging ?? { format: 'text' }),
        AuthConfigModule.with(options.auth),
        AuditConfigModule.with(options.audit ?? DEFAULT_AUDIT_CONFIG),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(options.databaseUrl, { logger: options.sqlLogger }),
          // Every connection works as tvaers_app with the request's user in its session settings.
          dataSourceFactory: async (dataSourceOptions?: DataSourceOptions) =>
            applySessionContext(await new DataSource(dataSourceOptions!).initialize()),
        }),
        ReadDatabaseModule.with(options.readDatabaseUrl, options.readReplicaProbeMs),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) =>
            graphqlConfig(
              dataSource,
              { createLoaders, preloadEdges: PRELOAD_EDGES },
              { production: options.production, execution: options.graphqlExecution ?? 'compiled' },
            ),
        }),
        HealthModule,
        MetricsModule.with({ token: options.metricsToken, production: options.production }),
        ...DOMAIN_MODULES,
        ReportingModule.with(options.jobs ?? NO_JOBS, options.databaseUrl),
        AttachmentsModule,
      ],
      providers: [
        AuthContextMiddleware,
        DrainingConnectionMiddleware,
        GraphqlHttpServer,
        {
          provide: GRAPHQL_HTTP_OPTIONS,
          inject: [DataSource, RequestLogMiddleware, HttpMetricsMiddleware, DrainingConnectionMiddleware],
          useFactory: (
            dataSource: DataSource,
            requestLog: RequestLogMiddleware,
            metrics: HttpMetricsMiddleware,
            draining: DrainingConnectionMiddleware,
          ): GraphqlHttpOptions => ({
            direct: options.graphqlHttp !== 'express',
            // As configure() below and LoggingModule apply them to every route.
            middlewares: [requestLog, metrics, { use: securityHeaders(options.production) }, draining],
            context: graphqlRequestContext(dataSource, createLoaders),
          }),
        },
        { provide: APP_PIPE, useClass: InputValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_GUARD, useClass: RolesGuard },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(HttpMetricsMiddleware, securityHeaders(AppModule.production), DrainingConnectionMiddleware, AuthContextMiddleware)
      .forRoutes('*path');
  }
}

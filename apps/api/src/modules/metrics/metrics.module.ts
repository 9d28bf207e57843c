import { type DynamicModule, Global, Module } from '@nestjs/common';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin.js';
import { HttpMetricsMiddleware } from './http-metrics.middleware.js';
import { METRICS_CONFIG, type MetricsConfig } from './metrics-config.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';

@Global()
@Module({})
export class MetricsModule {
  static with(config: MetricsConfig): DynamicModule {
    return {
      module: MetricsModule,
      controllers: [MetricsController],
      providers: [MetricsService, GraphqlMetricsPlugin, HttpMetricsMiddleware, { provide: METRICS_CONFIG, useValue: config }],
      exports: [MetricsService, HttpMetricsMiddleware],
    };
  }
}

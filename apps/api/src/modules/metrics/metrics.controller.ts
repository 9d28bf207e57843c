import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Headers, Inject, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { Allow, PUBLIC } from '../../auth/allow.decorator.js';
import { METRICS_CONFIG, type MetricsConfig } from './metrics-config.js';
import { MetricsService } from './metrics.service.js';

/**
 * Prometheus scrape endpoint. Not a user's route: with METRICS_TOKEN set it answers only that bearer
 * token; in production without one it is off (404), since the figures describe the service's load.
 */
@Allow(PUBLIC)
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(METRICS_CONFIG) private readonly config: MetricsConfig,
  ) {}

  @Get()
  @Header('cache-control', 'no-store')
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res() response: { type(t: string): { send(body: string): void } },
  ): Promise<void> {
    if (this.config.token) {
      const given = Buffer.from(authorization?.startsWith('Bearer ') ? authorization.slice(7) : '');
      const expected = Buffer.from(this.config.token);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new UnauthorizedException('metrics need the METRICS_TOKEN bearer token');
    } else if (this.config.production) {
      throw new NotFoundException();
    }
    const { contentType, text } = await this.metrics.scrape();
    response.type(contentType).send(text);
  }
}

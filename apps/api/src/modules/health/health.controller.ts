import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Allow, PUBLIC } from '../../auth/allow.decorator.js';
import { ShutdownState } from '../../http/graceful-shutdown.js';

/** Probes for load balancers and orchestrators: open to anyone, reveal nothing. */
@Allow(PUBLIC)
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly shutdown: ShutdownState,
  ) {}

  /** The process is up. */
  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** The database answers and the process is not shutting down: ready for traffic. */
  @Get('ready')
  async ready(): Promise<{ status: string; database: string }> {
    if (this.shutdown.draining) throw new ServiceUnavailableException({ status: 'draining', database: 'not checked' });
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable', database: 'down' });
    }
  }
}

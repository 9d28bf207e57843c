import { Global, Module } from '@nestjs/common';
import { ShutdownState } from '../../http/graceful-shutdown.js';
import { HealthController } from './health.controller.js';

@Global()
@Module({ controllers: [HealthController], providers: [ShutdownState], exports: [ShutdownState] })
export class HealthModule {}

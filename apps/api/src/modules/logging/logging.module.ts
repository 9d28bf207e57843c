import { Injectable, type LoggerService, type MiddlewareConsumer, Module, type NestMiddleware, type DynamicModule } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import pino, { type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { requestId, requestLogOptions } from './request-log.js';

// pino and pino-http directly: nestjs-pino (4 and 5) is CommonJS that require()s Nest 12's ES
// modules, which needs Node 22.12's require(esm) and does not load under Jest at all.

export interface LoggingOptions {
  /** json: one JSON line per request and per log message (pino); text: Nest's console lines, no request lines. */
  format: 'json' | 'text';
  /** Where JSON lines go (tests capture them); default stdout. */
  destination?: NodeJS.WritableStream;
  /** The logger main.ts already writes its start-up lines with, so every line has one shape. */
  logger?: AppLogger;
}

/** The app's pino logger (silent in text mode, where Nest's console logger speaks). */
@Injectable()
export class AppLogger implements LoggerService {
  readonly pino: Logger;
  /** The request-line logger in JSON mode; in text mode there are no request lines to write. */
  readonly http: HttpLogger | undefined;

  constructor(options: Omit<LoggingOptions, 'logger'>) {
    this.pino = pino(
      { level: options.format === 'json' ? 'info' : 'silent', base: { service: 'tvaers' } },
      options.destination ?? process.stdout,
    );
    // Not in text mode: pino-http would still make two child loggers per request for lines that are never written.
    this.http = options.format === 'json' ? pinoHttp({ logger: this.pino, ...requestLogOptions() }) : undefined;
  }

  // Nest's LoggerService: (message, ...optionalParams) where the last string is the context (class name).
  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.pino.error({ context: context ?? stackOrContext, ...(context ? { stack: stackOrContext } : {}) }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
}

/** Gives every request its id (X-Request-Id, in and out) and, in JSON mode, its log line. */
@Injectable()
export class RequestLogMiddleware implements NestMiddleware {
  constructor(private readonly logger: AppLogger) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (this.logger.http) return this.logger.http(req, res, next);
    requestId(req, res);
    next();
  }
}

@Module({})
export class LoggingModule {
  static with(options: LoggingOptions): DynamicModule {
    return {
      module: LoggingModule,
      global: true,
      providers: [{ provide: AppLogger, useValue: options.logger ?? new AppLogger(options) }, RequestLogMiddleware],
      exports: [AppLogger, RequestLogMiddleware],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestLogMiddleware).forRoutes('*path');
  }
}

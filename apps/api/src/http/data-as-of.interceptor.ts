import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import { ReadDatabase } from '../database/read-database.js';
import { exposeHeaders } from './expose-headers.js';

/**
 * On a read from the replica, says in `X-Data-As-Of` how fresh the data is (see ReadDatabase). Taken
 * before the read, so the answer holds at least everything up to that time. Nothing on the primary:
 * its reads are live. (Exports and the open-data feed set the header themselves, with their files.)
 */
@Injectable()
export class DataAsOfInterceptor implements NestInterceptor {
  constructor(private readonly read: ReadDatabase) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const asOf = await this.read.dataAsOf();
    const res =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ res?: Response }>().res
        : context.switchToHttp().getResponse<Response>();
    if (asOf && res && !res.headersSent) {
      res.setHeader('X-Data-As-Of', asOf.toISOString());
      exposeHeaders(res, 'X-Data-As-Of');
    }
    return next.handle();
  }
}

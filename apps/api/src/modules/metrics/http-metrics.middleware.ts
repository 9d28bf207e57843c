import { Injectable, type NestMiddleware } from '@nestjs/common';
import { MetricsService } from './metrics.service.js';

interface Request {
  method: string;
  url?: string;
  /** Set by Express; absent on a request served without it (graphql/graphql-http.server.ts). */
  baseUrl?: string;
  route?: { path: string };
}
interface Response {
  statusCode: number;
  once(event: 'finish', listener: () => void): void;
}

/** Times every request; the route is its template (`/exports/programmes/:id/portfolio.xlsx`), never its URL. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(request: Request, response: Response, next: () => void): void {
    const end = this.metrics.httpDuration.startTimer();
    response.once('finish', () => {
      // Express sets `route` when a controller route matched; Apollo is mounted at its path (baseUrl), or
      // served without Express at exactly that URL; anything else (the web app's files, unknown paths)
      // is one label.
      const route = request.route?.path ?? ((request.baseUrl ?? request.url) === '/graphql' ? '/graphql' : 'other');
      const status = response.statusCode;
      end({ method: request.method, route, status: String(status) });
      const ok = status >= 200 && status < 300;
      if (route.startsWith('/exports/') && ok) this.metrics.exports.inc({ route });
      if (route.startsWith('/imports/') && request.method === 'POST') this.metrics.imports.inc({ outcome: ok ? 'written' : 'refused' });
    });
    next();
  }
}

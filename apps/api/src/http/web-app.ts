import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { securityHeaders } from './security-headers.js';

const API_PREFIXES = ['/graphql', '/health', '/exports', '/imports', '/auth', '/attachments', '/metrics', '/.well-known'];

/** Whether a path belongs to the API (a test checks every controller route), never to the web app's pages. */
export function isApiPath(requestPath: string): boolean {
  return API_PREFIXES.some((prefix) => requestPath === prefix || requestPath.startsWith(`${prefix}/`));
}

/**
 * Serves the built React app at `/` with a fallback to index.html for client-side routes, so a shared
 * dashboard link opens directly. API paths are never shadowed.
 */
export function serveWebApp(app: NestExpressApplication, webDist: string, production = false): boolean {
  const index = path.join(webDist, 'index.html');
  if (!existsSync(index)) return false;
  // The page and its assets get the same security headers (CSP above all) as the API.
  app.use(securityHeaders(production));
  app.useStaticAssets(webDist, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, file) => file.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, PUBLIC } from '../../auth/allow.decorator.js';
import { NotFoundError } from '../../common/errors/domain-errors.js';
import { OidcService, SignInRefusedError } from './oidc.service.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain page for a refused sign-in (the browser arrives here from the provider, not from the app). */
function refusalPage(message: string): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Log ind mislykkedes · Sign-in failed — Tværs</title></head>
<body><main><h1>Log ind mislykkedes · Sign-in failed</h1><p>${escapeHtml(message)}</p><p><a href="/">Til log ind · Back to sign-in</a></p></main></body></html>`;
}

@Allow(PUBLIC)
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  /** Sends the browser to the organisation's sign-in service (authorization code flow with PKCE). */
  @Get('login')
  async login(@Res() res: Response): Promise<void> {
    await this.answer(res, () => this.oidc.start());
  }

  /** The provider sends the browser back here; on success it continues to the web app with a one-time code. */
  @Get('callback')
  async callback(@Query() query: Record<string, string>, @Res() res: Response): Promise<void> {
    await this.answer(res, () => this.oidc.callback(query));
  }

  private async answer(res: Response, target: () => Promise<string>): Promise<void> {
    try {
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, await target());
    } catch (error) {
      if (error instanceof SignInRefusedError) res.status(403).type('html').send(refusalPage(error.message));
      else if (error instanceof NotFoundError)
        res
          .status(404)
          .type('html')
          .send(refusalPage('Single sign-on is not set up for this Tværs. Sign in with your e-mail and password.'));
      else throw error;
    }
  }
}

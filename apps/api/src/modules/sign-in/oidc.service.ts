import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { AUTH_CONFIG, type AuthConfig, type OidcConfig } from '../../auth/auth-config.js';
import { runWithContext } from '../../auth/request-context.js';
import { DomainError, invalidField, NotFoundError } from '../../common/errors/domain-errors.js';
import { insertAndReload } from '../../common/persistence/versioned-writes.js';
import { UserEntity } from '../users/user.entity.js';
import { UsersService } from '../users/users.service.js';

// Single sign-on with OpenID Connect, through openid-client (a certified relying party): the
// authorization code flow with PKCE (S256), state and nonce; openid-client checks the ID token's
// signature, issuer, audience, expiry and nonce. Half-done sign-ins and the one-time code that hands the
// session to the web app live in PostgreSQL, so any API process may receive the provider's callback.

/** A sign-in the provider or Tværs refused; the callback shows it to the person as a page. */
export class SignInRefusedError extends DomainError {
  readonly code = 'SIGN_IN_REFUSED';
}

const STARTED_SIGN_IN_MINUTES = 10;
const SIGN_IN_CODE_SECONDS = 120;

/** The rows of DELETE … RETURNING: TypeORM answers such statements with [rows, affected count]. */
async function deleted<T>(dataSource: DataSource, sql: string, parameters: unknown[]): Promise<T[]> {
  const [rows] = (await dataSource.query(sql, parameters)) as [T[], number];
  return rows;
}

/** Plain http is accepted only for a provider on this machine (tests, a local provider). */
function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

@Injectable()
export class OidcService {
  private readonly logger = new Logger('SingleSignOn');
  private configuration: Promise<oidc.Configuration> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    @Inject(AUTH_CONFIG) private readonly auth: AuthConfig,
  ) {}

  get settings(): OidcConfig | undefined {
    return this.auth.oidc;
  }

  private get redirectUri(): string {
    return `${this.required().publicUrl}/auth/oidc/callback`;
  }

  private required(): OidcConfig {
    if (!this.auth.oidc) throw new NotFoundError('Single sign-on', 'configuration');
    return this.auth.oidc;
  }

  /** The provider's metadata, fetched once (and again after a failure). */
  private config(): Promise<oidc.Configuration> {
    const settings = this.required();
    const issuer = new URL(settings.issuerUrl);
    // client_secret_basic is OpenID Connect's default way to present the secret at the token endpoint.
    this.configuration ??= oidc
      .discovery(
        issuer,
        settings.clientId,
        undefined,
        oidc.ClientSecretBasic(settings.clientSecret),
        isLoopback(issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        this.configuration = undefined;
        this.logger.error(`discovery at ${settings.issuerUrl} failed: ${error instanceof Error ? error.message : String(error)}`);
        throw new SignInRefusedError('The sign-in service of your organisation cannot be reached right now; try again in a moment.');
      });
    return this.configuration;
  }

  /** Starts a sign-in: the URL of the provider's authorization endpoint to send the browser to. */
  async start(): Promise<string> {
    const config = await this.config();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    await this.dataSource.query(`DELETE FROM oidc_sign_ins WHERE created_at < now() - make_interval(mins => $1)`, [
      STARTED_SIGN_IN_MINUTES,
    ]);
    await this.dataSource.query(`INSERT INTO oidc_sign_ins (state, code_verifier, nonce) VALUES ($1, $2, $3)`, [
      state,
      codeVerifier,
      nonce,
    ]);
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return url.href;
  }

  /**
   * The provider's callback: checks it against the started sign-in (used once), exchanges the code,
   * finds the user by verified e-mail, and returns where to send the browser with a one-time code.
   */
  async callback(query: Record<string, string>): Promise<string> {
    const settings = this.required();
    const state = typeof query['state'] === 'string' ? query['state'] : '';
    const [started] = await deleted<{ code_verifier: string; nonce: string }>(
      this.dataSource,
      `DELETE FROM oidc_sign_ins WHERE state = $1 AND created_at >= now() - make_interval(mins => $2) RETURNING code_verifier, nonce`,
      [state, STARTED_SIGN_IN_MINUTES],
    );
    if (!started) throw new SignInRefusedError('This sign-in has expired or was already used. Start again from the sign-in page.');
    if (query['error'])
      throw new SignInRefusedError(
        `Your organisation's sign-in service refused the sign-in: ${query['error_description'] ?? query['error']}`,
      );
    const config = await this.config();
    // The URL the provider called, built from PUBLIC_URL (never from the request's Host header).
    const current = new URL(this.redirectUri);
    for (const [key, value] of Object.entries(query)) current.searchParams.set(key, value);
    let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
    let claims: Record<string, unknown>;
    try {
      tokens = await oidc.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: started.code_verifier,
        expectedState: state,
        expectedNonce: started.nonce,
        idTokenExpected: true,
      });
      // The ID token identifies the person (sub); many providers give e-mail only at the userinfo
      // endpoint, whose answer openid-client checks belongs to the same sub.
      claims = { ...tokens.claims()! };
      if (typeof claims['email'] !== 'string')
        claims = { ...claims, ...(await oidc.fetchUserInfo(config, tokens.access_token, String(claims['sub']))) };
    } catch (error) {
      const detail = error as { message?: string; error?: string; error_description?: string };
      this.logger.warn(
        `code exchange refused: ${detail.message ?? String(error)}${detail.error ? ` (${detail.error}: ${detail.error_description ?? ''})` : ''}`,
      );
      throw new SignInRefusedError('The answer from the sign-in service could not be verified. Start again from the sign-in page.');
    }
    const email = typeof claims['email'] === 'string' ? claims['email'].trim() : '';
    if (!email || claims['email_verified'] !== true)
      throw new SignInRefusedError('Your organisation did not confirm an e-mail address for you, so Tværs cannot tell who you are.');
    let user = await this.dataSource.manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) = lower(:email)', { email })
      .getOne();
    if (!user) {
      if (!settings.autoProvision)
        throw new SignInRefusedError(`No one with the e-mail ${email} uses Tværs yet. Ask your programme office to invite you.`);
      const name = typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim().slice(0, 200) : email;
      // Recorded in the audit trail as the system's act, naming the sign-on.
      user = await runWithContext({ system: true, operation: 'single sign-on: first sign-in' }, () =>
        insertAndReload(this.dataSource.manager, UserEntity, 'User', {
          email,
          name,
          role: 'VIEWER',
          organisationId: null,
          passwordHash: null,
        }),
      );
      this.logger.log(`created ${email} on first sign-on, without memberships`);
    }
    if (!user.active) throw new SignInRefusedError('Your access to Tværs has been closed. Ask your programme office.');
    const code = randomBytes(32).toString('base64url');
    await this.dataSource.query(`INSERT INTO sign_in_codes (code, user_id, id_token) VALUES ($1, $2, $3)`, [
      code,
      user.id,
      tokens.id_token ?? null,
    ]);
    return `${settings.publicUrl}/?signin=${code}`;
  }

  /** The web app exchanges the one-time code of a callback for a session, once, within two minutes. */
  async complete(code: string) {
    const [row] = await deleted<{ user_id: string; id_token: string | null }>(
      this.dataSource,
      `DELETE FROM sign_in_codes WHERE code = $1 AND created_at >= now() - make_interval(secs => $2) RETURNING user_id, id_token`,
      [code, SIGN_IN_CODE_SECONDS],
    );
    await this.dataSource.query(`DELETE FROM sign_in_codes WHERE created_at < now() - make_interval(secs => $1)`, [SIGN_IN_CODE_SECONDS]);
    if (!row) throw invalidField('code', 'is not a current sign-in code; start the sign-in again');
    const user = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: row.user_id });
    const session = this.users.session(user);
    if (row.id_token) {
      await this.dataSource.query(`INSERT INTO oidc_sessions (session_id, id_token, expires_at) VALUES ($1, $2, $3)`, [
        session.sessionId,
        row.id_token,
        session.expiresAt,
      ]);
    }
    return session;
  }

  /** Where to send the browser to end the provider's session too, when it offers that. */
  async endSessionUrl(sessionId: string): Promise<string | null> {
    const [row] = await deleted<{ id_token: string }>(
      this.dataSource,
      `DELETE FROM oidc_sessions WHERE session_id = $1 RETURNING id_token`,
      [sessionId],
    );
    await this.dataSource.query(`DELETE FROM oidc_sessions WHERE expires_at < now()`);
    if (!row || !this.auth.oidc) return null;
    const config = await this.config().catch(() => undefined);
    if (!config?.serverMetadata().end_session_endpoint) return null;
    return oidc.buildEndSessionUrl(config, { id_token_hint: row.id_token, post_logout_redirect_uri: `${this.auth.oidc.publicUrl}/` }).href;
  }
}

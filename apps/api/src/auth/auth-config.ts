/** Single sign-on through an OpenID Connect provider (OIDC_* and PUBLIC_URL). */
export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** Where users reach Tværs; the provider sends them back to `${publicUrl}/auth/oidc/callback`. */
  publicUrl: string;
  /** Shown on the sign-in button: "Log ind med <displayName>". */
  displayName: string;
  /** Create a user without memberships for an unknown, verified e-mail (else refuse the sign-in). */
  autoProvision: boolean;
}

/** Sign-in settings the app is built with (see config/app-config.ts). */
export interface AuthConfig {
  tokenSecret: string;
  /** Session token lifetime. */
  sessionSeconds: number;
  /** Whether e-mail and password sign-in is offered (PASSWORD_LOGIN, default true). */
  passwordLogin?: boolean;
  oidc?: OidcConfig;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
export const INVITATION_SECONDS = 7 * 24 * 3600;

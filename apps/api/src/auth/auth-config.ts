/** Token settings the app is built with (see config/app-config.ts). */
export interface AuthConfig {
  tokenSecret: string;
  /** Session token lifetime. */
  sessionSeconds: number;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
export const INVITATION_SECONDS = 7 * 24 * 3600;

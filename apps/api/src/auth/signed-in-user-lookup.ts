import type { AuthUser } from './request-context.js';

/**
 * Who a bearer token belongs to: the users module answers (UsersService), the auth middleware asks.
 * An injection token of the core, so that auth/ does not reach into a module.
 */
export abstract class SignedInUserLookup {
  /** The token's user, or undefined for a token that is unknown, expired, revoked or of a deactivated user. */
  abstract fromToken(token: string): Promise<AuthUser | undefined>;
}

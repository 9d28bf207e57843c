import { AsyncLocalStorage } from 'node:async_hooks';
import type { UserRole } from '@tvaers/domain';

/** The signed-in user as the API sees them for one request. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  /** The partner's organisation (PARTNER only). */
  organisationId: string | null;
}

/**
 * Per-request context, carried by AsyncLocalStorage through every await: the user and the GraphQL
 * operation. The database layer copies it into session settings (audit actor, row-level security).
 */
export interface RequestContext {
  user?: AuthUser;
  /** Seeding and start-up work run as SYSTEM; requests without a user as nobody. */
  system?: boolean;
  operation?: string;
  ip?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentUser(): AuthUser | undefined {
  return storage.getStore()?.user;
}

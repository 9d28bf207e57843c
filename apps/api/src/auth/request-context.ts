import { AsyncLocalStorage } from 'node:async_hooks';
import type { MembershipRole, UserRole } from '@tvaers/domain';

/** A user's role in one programme. */
export interface ProgrammeMembership {
  programmeId: string;
  role: MembershipRole;
  /** The organisation a PARTNER acts for. */
  organisationId: string | null;
}

/** The signed-in user as the API sees them for one request. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  /** The user's platform role: ADMIN is platform-wide; any other role means nothing beyond the memberships. */
  role: UserRole;
  /** The partner's organisation (PARTNER only). */
  organisationId: string | null;
  /** Where the user has rights, and which. A programme without a membership is invisible to them. */
  memberships: ProgrammeMembership[];
  /** The session this request came with (its id and expiry, seconds since 1970), for signing out. */
  session?: { id: string; expiresAt: number };
}

/** A platform administrator (users.role ADMIN): every programme, every operation ADMIN is allowed. */
export function isAdmin(user: AuthUser | undefined): boolean {
  return user?.role === 'ADMIN';
}

/** The user's membership in a programme, if any (an administrator needs none). */
export function membershipIn(user: AuthUser, programmeId: string): ProgrammeMembership | undefined {
  return user.memberships.find((m) => m.programmeId === programmeId);
}

/**
 * Per-request context, carried by AsyncLocalStorage through every await: the user and the GraphQL
 * operation. The database layer copies it into session settings (audit actor, row-level security).
 */
export interface RequestContext {
  user?: AuthUser;
  /** Seeding and start-up work run as SYSTEM; requests without a user as nobody. */
  system?: boolean;
  /** The open-data reader: every programme, but only what is published (approved status reports). */
  publicReader?: boolean;
  /**
   * Work whose statements depend on no session setting (the sign-in lookup, a SECURITY DEFINER
   * function): it runs on whatever settings its connection holds, so it never switches them.
   */
  anySession?: boolean;
  operation?: string;
  ip?: string;
  /**
   * The roles the running operation's @Allow admits (set by the guard). A membership writes only with
   * a role listed here: a partner of a project may not approve or delete it just because another
   * operation lets partners edit it.
   */
  allowedRoles?: readonly string[];
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Where the auth middleware leaves the request's context (user, operation) for the log line and the trace. */
export const CONTEXT_ON_REQUEST = Symbol('tvaers.requestContext');

export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentUser(): AuthUser | undefined {
  return storage.getStore()?.user;
}

/** The signed-in user's membership in a programme; undefined for ADMIN (who needs none) and for nobody. */
export function currentMembershipIn(programmeId: string): ProgrammeMembership | undefined {
  const user = currentUser();
  return user && !isAdmin(user) ? membershipIn(user, programmeId) : undefined;
}

// The signed-in session, kept in localStorage so every tab of the browser shares it (a shared link
// opened in a new tab stays signed in). The token expires on the server's clock; we drop it then.
import { useSyncExternalStore } from 'react';
import { PROGRAMME_EDITOR_ROLES, PROJECT_EDITOR_ROLES } from '@tvaers/domain/roles';
import type { LoginMutation, UserRole } from '../generated/graphql';
import { forgetAllAnswers } from './query-client';

type SessionUser = LoginMutation['login']['user'];

export interface Session {
  token: string;
  expiresAt: string;
  /**
   * As the sign-in answered (the SessionUser fragment). ADMIN is platform-wide; for everyone else the
   * role comes from the membership in a programme. A session saved before memberships has none.
   */
  user: Omit<SessionUser, 'memberships'> & Partial<Pick<SessionUser, 'memberships'>>;
}

const KEY = 'tvaers.session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

function read(): Session | null {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    return null;
  }
  if (raw !== cached.raw) {
    let session: Session | null = null;
    try {
      session = raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      session = null;
    }
    cached = { raw, session };
  }
  const session = cached.session;
  return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
}

export function currentSession(): Session | null {
  return read();
}

export function saveSession(session: Session | null): void {
  // Another user (or nobody) from now on: no answer fetched for the previous one may be shown.
  if (session?.token !== read()?.token) forgetAllAnswers();
  try {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
  } catch {
    // storage unavailable: the session lasts until the page is closed
  }
  listeners.forEach((l) => l());
}

if (typeof window !== 'undefined') window.addEventListener('storage', (e) => e.key === KEY && listeners.forEach((l) => l()));

export function useSession(): Session | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => null,
  );
}

/** The programme the page is about: the one chosen in the URL (?programme=), else the user's first. */
export function currentProgrammeId(session: Session | null): string | undefined {
  const chosen = typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('programme');
  return chosen ?? session?.user.memberships?.[0]?.programmeId;
}

/** What the user is in a programme: ADMIN everywhere, else the role of that programme's membership. */
export function roleIn(session: Session | null, programmeId = currentProgrammeId(session)): UserRole | undefined {
  if (!session) return undefined;
  if (session.user.role === 'ADMIN') return 'ADMIN';
  // A session saved before memberships existed carries only the role.
  if (!session.user.memberships) return session.user.role;
  return session.user.memberships.find((m) => m.programmeId === programmeId)?.role;
}

const has = (roles: readonly UserRole[]) => (s: Session | null, programmeId?: string) => {
  const role = roleIn(s, programmeId);
  return !!role && roles.includes(role);
};

/**
 * What a write check needs of a programme: an archived programme is read-only for everyone, whatever
 * their role (the API refuses its writes). The check takes the programme, not its id, so that no page
 * can ask without knowing whether it is archived.
 */
export interface ProgrammeStatus {
  id: string;
  archivedAt: string | null;
}

const writes = (roles: readonly UserRole[]) => (s: Session | null, programme: ProgrammeStatus | undefined) =>
  !!programme && !programme.archivedAt && has(roles)(s, programme.id);

/** What the signed-in user may do; the role groups are the API's own (libs/domain roles.ts). */
export const can = {
  /** Change a programme's projects (their benefits, costs, risks, reports). */
  editProjects: writes(PROJECT_EDITOR_ROLES),
  /** Add projects and do the programme office's work in a programme (gates, rounds, reviews). */
  createProjects: writes(PROGRAMME_EDITOR_ROLES),
  /** A programme's own settings, archived or not (restoring it is one of them): ADMIN or its office. */
  administerProgramme: has(PROGRAMME_EDITOR_ROLES),
  readAudit: has(['ADMIN', 'PROGRAMME_OFFICE', 'AUDITOR']),
  verifyAudit: has(['ADMIN', 'AUDITOR']),
  /** The programme's members: ADMIN, or the programme's own office. */
  manageUsers: has(PROGRAMME_EDITOR_ROLES),
  /** Every user of the platform (and their platform role): ADMIN only. */
  managePlatform: (s: Session | null) => s?.user.role === 'ADMIN',
  /** Programme settings, tracks and the organisation register: ADMIN, or the office of any programme. */
  administerProgrammes: (s: Session | null) =>
    s?.user.role === 'ADMIN' || Boolean(s?.user.memberships?.some((m) => m.role === 'PROGRAMME_OFFICE')),
};

// The signed-in session, kept in localStorage so every tab of the browser shares it (a shared link
// opened in a new tab stays signed in). The token expires on the server's clock; we drop it then.
import { useSyncExternalStore } from 'react';
import type { UserRole } from '../generated/graphql';

export interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; email: string; name: string; role: UserRole; organisationId: string | null };
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

const EDITORS: UserRole[] = ['ADMIN', 'PROGRAMME_OFFICE', 'PARTNER'];
export const can = {
  editProjects: (s: Session | null) => !!s && EDITORS.includes(s.user.role),
  createProjects: (s: Session | null) => !!s && (s.user.role === 'ADMIN' || s.user.role === 'PROGRAMME_OFFICE'),
  readAudit: (s: Session | null) => !!s && ['ADMIN', 'PROGRAMME_OFFICE', 'AUDITOR'].includes(s.user.role),
  verifyAudit: (s: Session | null) => !!s && ['ADMIN', 'AUDITOR'].includes(s.user.role),
  manageUsers: (s: Session | null) => s?.user.role === 'ADMIN',
};

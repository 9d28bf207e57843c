// A small history router: the path picks the page, the query string holds filters so any view can be
// shared as a link. Navigation asks before leaving a form with unsaved changes.
import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const snapshot = () => window.location.pathname + window.location.search;

/** Forms with unsaved changes, and the question to ask before leaving them. */
const dirtyForms = new Set<symbol>();
let leaveQuestion = 'Leave without saving?';
export function setLeaveQuestion(question: string): void {
  leaveQuestion = question;
}
function mayLeave(): boolean {
  return dirtyForms.size === 0 || window.confirm(leaveQuestion);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (!options.replace && !mayLeave()) return;
  if (!options.replace) dirtyForms.clear();
  window.history[options.replace ? 'replaceState' : 'pushState'](null, '', to);
  notify();
  if (!options.replace) window.scrollTo(0, 0);
}

export function useLocation(): { pathname: string; params: URLSearchParams } {
  const current = useSyncExternalStore(subscribe, snapshot, () => '/');
  const url = new URL(current, 'http://local');
  return { pathname: url.pathname, params: url.searchParams };
}

/** Replaces the query string (filters), keeping the path; empty values are dropped. */
export function setParams(update: Record<string, string | string[] | null | undefined>): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(update)) {
    params.delete(key);
    for (const v of Array.isArray(value) ? value : value ? [value] : []) params.append(key, v);
  }
  const query = params.toString();
  navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace: true });
}

export function Link({ to, onClick, ...props }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...props} />;
}

/** Marks the calling form dirty while `dirty` holds: in-app navigation asks, closing the tab warns. */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const token = Symbol('form');
    dirtyForms.add(token);
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      dirtyForms.delete(token);
      window.removeEventListener('beforeunload', warn);
    };
  }, [dirty]);
}

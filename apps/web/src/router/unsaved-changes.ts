import { useBlocker } from '@tanstack/react-router';
import { useEffect } from 'react';

// Forms with unsaved changes. One blocker for the whole app (in App) asks once, however many forms
// are dirty; a replacing navigation (a filter, a page swapped for the record just saved) never asks.

const dirtyForms = new Set<symbol>();

/** Marks the calling form dirty while `dirty` holds: leaving the page asks first, closing the tab warns. */
export function useUnsavedChanges(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const token = Symbol('form');
    dirtyForms.add(token);
    return () => {
      dirtyForms.delete(token);
    };
  }, [dirty]);
}

/** The app's one blocker: `question` is asked before leaving while any form has unsaved changes. */
export function useLeaveGuard(question: string): void {
  useBlocker({
    shouldBlockFn: ({ action }) => action !== 'REPLACE' && dirtyForms.size > 0 && !window.confirm(question),
    enableBeforeUnload: () => dirtyForms.size > 0,
  });
}

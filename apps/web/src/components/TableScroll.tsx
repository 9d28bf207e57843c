import type { ReactNode } from 'react';

/**
 * A horizontally scrollable table container. It is focusable and named, so keyboard users can scroll
 * wide tables on a phone (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

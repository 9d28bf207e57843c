import { type RefObject, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

// Charts are drawn one per task. A Recharts chart settles in several synchronous passes after its
// first render (its parts register in the chart's store from layout effects), which React cannot
// slice; three charts coming into view together made one task of ~280 ms, the dashboard's total
// blocking time. Each chart now draws in a task of its own, with the browser free to paint and answer
// input in between.
const waiting: (() => void)[] = [];
let scheduled = false;

function drawNext(): void {
  scheduled = false;
  waiting.shift()?.();
  if (waiting.length > 0) scheduleNext();
}

function scheduleNext(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(drawNext, 0);
}

/** Runs `draw` in a task of its own, after the draws asked for before it; the result cancels it. */
function drawInTurn(draw: () => void): () => void {
  waiting.push(draw);
  scheduleNext();
  return () => {
    const index = waiting.indexOf(draw);
    if (index >= 0) waiting.splice(index, 1);
  };
}

/**
 * The element's width once it has come near the viewport (it then stays set), undefined before: set in
 * a task of its own (see above). Charts below the fold are drawn when they scroll into view, so the
 * first paint does not draw every chart at once, and at the width measured then, so they are not drawn
 * a second time when their container has measured itself. Without IntersectionObserver (old browsers,
 * tests) every element is in view at once, at an unknown width (-1).
 */
export function useWidthWhenVisible<T extends Element>(margin = '200px'): [RefObject<T | null>, number | undefined] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(() => (typeof IntersectionObserver === 'undefined' ? -1 : undefined));
  const visible = width !== undefined;
  useEffect(() => {
    if (visible || !ref.current) return;
    let cancel: () => void = () => undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        // flushSync: the chart renders, commits and settles inside this task, not batched with the next.
        cancel = drawInTurn(() => flushSync(() => setWidth(ref.current?.clientWidth ?? -1)));
      }
    }, { rootMargin: margin });
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      cancel();
    };
  }, [visible, margin]);
  return [ref, width];
}

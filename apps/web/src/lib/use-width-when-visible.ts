import { useEffect, useState } from 'react';
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
 * The element's width once it has come near the viewport, undefined before; then it follows the
 * element's width. Charts below the fold are drawn when they scroll into view, each in a task of its
 * own (see above), so the first paint does not draw every chart at once.
 *
 * The width comes from the observers' entries, which the browser fills after its own layout: reading
 * it from the element (clientWidth, getBoundingClientRect, as Recharts' ResponsiveContainer does)
 * forces a layout of the whole page in the middle of drawing, once per chart.
 * Without IntersectionObserver (tests) every element is in view at once, at an unknown width (-1).
 */
export function useWidthWhenVisible<T extends Element>(margin = '200px'): [(element: T | null) => void, number | undefined] {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(() => (typeof IntersectionObserver === 'undefined' ? -1 : undefined));
  const visible = width !== undefined;
  useEffect(() => {
    if (!element) return;
    if (visible) {
      if (typeof ResizeObserver === 'undefined') return;
      const resized = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
      resized.observe(element);
      return () => resized.disconnect();
    }
    let cancel: () => void = () => undefined;
    const seen = new IntersectionObserver(
      (entries) => {
        const entry = entries.find((e) => e.isIntersecting);
        if (!entry) return;
        seen.disconnect();
        const entryWidth = Math.floor(entry.boundingClientRect.width);
        // flushSync: the chart renders, commits and settles inside this task, not batched with the next.
        cancel = drawInTurn(() => flushSync(() => setWidth(entryWidth)));
      },
      { rootMargin: margin },
    );
    seen.observe(element);
    return () => {
      seen.disconnect();
      cancel();
    };
  }, [element, visible, margin]);
  return [setElement, width];
}

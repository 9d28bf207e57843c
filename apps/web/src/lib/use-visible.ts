import { type RefObject, startTransition, useEffect, useRef, useState } from 'react';

/**
 * Whether an element has come near the viewport (once true, it stays true). Charts below the fold are
 * drawn when they scroll into view, so the first paint does not draw every chart at once (total
 * blocking time). Without IntersectionObserver (old browsers, tests) everything is visible at once.
 */
export function useVisible<T extends Element>(margin = '200px'): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (visible || !ref.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        startTransition(() => setVisible(true));
        observer.disconnect();
      }
    }, { rootMargin: margin });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [visible, margin]);
  return [ref, visible];
}

import { useEffect, useRef, useState } from 'react';

/** Which side of a sideways-scrolling box has more beyond it; undefined when nothing is cut off. */
export type ScrollEdge = 'start' | 'middle' | 'end';

// Sub-pixel layout leaves a box a fraction wider than its content, and a scroll a fraction short of its end.
const SLACK = 1;

/** Where `box` stands, from its own geometry. `scrollLeft` is negative in right-to-left boxes. */
export function scrollEdge(box: { scrollWidth: number; clientWidth: number; scrollLeft: number }): ScrollEdge | undefined {
  const range = box.scrollWidth - box.clientWidth;
  if (range <= SLACK) return undefined;
  const offset = Math.abs(box.scrollLeft);
  if (offset <= SLACK) return 'start';
  return offset >= range - SLACK ? 'end' : 'middle';
}

/**
 * Follows a sideways scroll box: which edge has more beyond it and how wide the box shows.
 * It renders again only when one of those changes (crossing an edge, a resize), not per
 * scrolled pixel.
 */
export function useSideScroll() {
  const ref = useRef<HTMLDivElement>(null);
  const [edge, setEdge] = useState<ScrollEdge>();
  const [visibleWidth, setVisibleWidth] = useState<number>();
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => {
      setEdge(scrollEdge(box));
      setVisibleWidth(box.clientWidth);
    };
    measure();
    // The box (the page or its column resized) and what it holds (rows or columns changed).
    const resized = new ResizeObserver(measure);
    resized.observe(box);
    if (box.firstElementChild) resized.observe(box.firstElementChild);
    box.addEventListener('scroll', measure, { passive: true });
    return () => {
      resized.disconnect();
      box.removeEventListener('scroll', measure);
    };
  }, []);
  return { ref, edge, visibleWidth };
}

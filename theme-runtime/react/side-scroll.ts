import { useEffect, useRef, useState } from 'react';

/** Which sides of a sideways-scrolling box have more of its content beyond them. */
export type HiddenSides = 'left' | 'right' | 'both';

type Span = Pick<DOMRect, 'left' | 'right'>;

/**
 * The sides of a box (its rectangle on screen) past which `content` runs, undefined when
 * it all shows; within a pixel, for sub-pixel layout. Sides rather than start and end, from
 * where things are rather than from `scrollLeft`, so right to left needs nothing of its own.
 */
export function hiddenSides(box: Span, content: Span): HiddenSides | undefined {
  const left = box.left - content.left > 1;
  const right = content.right - box.right > 1;
  return left ? (right ? 'both' : 'left') : right ? 'right' : undefined;
}

/**
 * Follows a sideways scroll box's hidden sides. It renders again only when they change
 * (scrolling off an edge or onto one, a resize), not per scrolled pixel.
 */
export function useHiddenSides() {
  const ref = useRef<HTMLDivElement>(null);
  const [sides, setSides] = useState<HiddenSides>();
  useEffect(() => {
    const box = ref.current;
    const content = box?.firstElementChild;
    if (!box || !content) return;
    const follow = () => setSides(hiddenSides(box.getBoundingClientRect(), content.getBoundingClientRect()));
    // The box (the page or its column resized) and what it holds (rows or columns changed).
    const resized = new ResizeObserver(follow);
    resized.observe(box);
    resized.observe(content);
    box.addEventListener('scroll', follow, { passive: true });
    return () => {
      resized.disconnect();
      box.removeEventListener('scroll', follow);
    };
  }, []);
  return { ref, sides };
}

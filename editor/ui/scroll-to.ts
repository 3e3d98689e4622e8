/** How long the content may stay unchanged before a scroll to a section is taken as final. */
const QUIET_MS = 3000;
/** What a person does to scroll or act themselves: from then on the scroll is theirs. */
const INPUT_EVENTS = ['pointerdown', 'wheel', 'touchstart', 'keydown'] as const;

let release: (() => void) | undefined;

/**
 * `el.scrollIntoView(options)`, and again each time the content of its scroll container
 * changes size, until the person scrolls or acts, or three seconds pass with nothing resized.
 *
 * Why: the panel's sections out of view are laid out at their last height (content-visibility)
 * and take their real one once the scroll brings them near, some frames later (the browser
 * decides what is near after a frame's layout, and a section changed while skipped, say by a
 * check's new finding, comes back taller). That moves the target, or grows the panel below a
 * last section the first scroll could not lift as far as asked. Waiting for a number of still
 * frames was not enough: a clean-clone run saw sections resize three frames after the scroll,
 * once the loop had stopped, and "Checks" stayed 90 px short. Size changes are what move the
 * target, so they are what is watched.
 */
export function scrollIntoViewSettled(el: Element, options: ScrollIntoViewOptions): void {
  release?.();
  el.scrollIntoView(options);
  const scroller = scrollContainer(el);
  if (scroller === null) return;
  let timer = setTimeout(stop, QUIET_MS);
  const observer = new ResizeObserver(() => {
    el.scrollIntoView(options);
    clearTimeout(timer);
    timer = setTimeout(stop, QUIET_MS);
  });
  for (const child of scroller.children) observer.observe(child);
  for (const type of INPUT_EVENTS) window.addEventListener(type, stop, { capture: true, passive: true });
  function stop() {
    clearTimeout(timer);
    observer.disconnect();
    for (const type of INPUT_EVENTS) window.removeEventListener(type, stop, { capture: true });
    if (release === stop) release = undefined;
  }
  release = stop;
}

/** The nearest ancestor that scrolls its content vertically. */
function scrollContainer(el: Element): Element | null {
  for (let node = el.parentElement; node !== null; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/**
 * `el.scrollIntoView(options)`, again on the next frames while the element still moves: the
 * panel's sections out of view are laid out at an estimated height (content-visibility) and
 * take their real one as the scroll brings them near, which would leave the target short of
 * where it was scrolled to. Stops after a few frames whatever happens.
 */
export function scrollIntoViewSettled(el: Element, options: ScrollIntoViewOptions): void {
  el.scrollIntoView(options);
  let top = el.getBoundingClientRect().top;
  let frames = 0;
  const check = () => {
    const now = el.getBoundingClientRect().top;
    if (Math.abs(now - top) < 1 || ++frames > 4) return;
    el.scrollIntoView(options);
    top = el.getBoundingClientRect().top;
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * `el.scrollIntoView(options)`, again on the next frames until it stays put: the panel's
 * sections out of view are laid out at an estimated height (content-visibility) and take
 * their real one as the scroll brings them near, a frame or two later (the browser decides
 * what is near after a frame's layout). That can move the target, or grow the panel below a
 * last section the first scroll could not lift as far as asked, so each frame scrolls again
 * (a no-op once in place) until two frames in a row leave the target where it was, or a dozen
 * frames have passed whatever happens.
 */
export function scrollIntoViewSettled(el: Element, options: ScrollIntoViewOptions): void {
  el.scrollIntoView(options);
  let top = el.getBoundingClientRect().top;
  let frames = 0;
  let still = 0;
  const check = () => {
    el.scrollIntoView(options);
    const now = el.getBoundingClientRect().top;
    still = Math.abs(now - top) < 1 ? still + 1 : 0;
    top = now;
    if (still < 2 && ++frames < 12) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

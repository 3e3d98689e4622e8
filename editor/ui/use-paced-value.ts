import { startTransition, useDeferredValue, useEffect, useRef, useState } from 'react';
import { LIVE_CHECK_INTERVAL_MS } from '../checks/report-queue.ts';
import { useEditor } from '../store/editor-store.ts';

/**
 * `value` as a secondary display shows it: deferred (useDeferredValue) after a click or a
 * typed value, and during a drag of something else at most every LIVE_CHECK_INTERVAL_MS, the
 * pace of the checks. `own` is the prefix of the gestures that edit what the display shows
 * (`scale:sequential:` for a scale's bars): those it follows frame by frame, since the person
 * is watching it, and a field's own value must never trail its picker.
 *
 * Why: a deferred value still renders again after every frame of a drag, between that frame
 * and the next. On an Accent drag the fields derived from it, the scale bars and the colourway
 * rows took 1.5–3 ms a step that way, enough to push a frame past its 16.7 ms and halve the
 * drag's frame rate, for displays the person is not looking at while the picker and the
 * preview follow the pointer (bench:preview, "frame gap").
 */
export function usePacedValue<T>(value: T, own?: string): T {
  const live = useEditor((s) => s.history.gesture !== undefined && (own === undefined || !s.history.gesture.startsWith(own)));
  // What a drag shows: the value from before it, then the newest every interval. Deferring
  // `held` rather than `value` while it lasts leaves React no deferred render to do per step.
  const [held, setHeld] = useState(value);
  if (!live && held !== value) setHeld(value); // React renders again at once, before committing
  const shown = useDeferredValue(live ? held : value);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => startTransition(() => setHeld(latest.current)), LIVE_CHECK_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [live]);
  return shown;
}

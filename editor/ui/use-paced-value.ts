import { startTransition, useDeferredValue, useEffect, useRef, useState } from 'react';
import { LIVE_CHECK_INTERVAL_MS } from '../checks/report-queue.ts';
import { useEditor, type EditorState } from '../store/editor-store.ts';

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
  const live = useEditor((s) => pacing(s, own));
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

/** Whether a drag is under way that a display paced by `own` follows at the checks' pace. */
function pacing(s: EditorState, own: string | undefined): boolean {
  const gesture = s.history.gesture;
  return gesture !== undefined && (own === undefined || !gesture.startsWith(own));
}

/** What a paced selector returns to the store while a drag lasts: the same value every step. */
const HELD = Symbol('held');

/**
 * `usePacedValue(useEditor(select), own)` for a component that shows nothing else of what it
 * selects. While a drag of something else lasts it takes nothing from the store, so the
 * drag's steps do not render it at all (usePacedValue's component still renders each step,
 * for a value it then holds back): a Background step rendered five optional colours' fields,
 * and their pickers, for nothing. `select` is read again every LIVE_CHECK_INTERVAL_MS. It
 * must return a string or number, or something the store holds (`s.theme`): like any zustand
 * selector, one that builds a new object each call would render without end.
 */
export function usePacedSelector<T>(select: (s: EditorState) => T, own?: string): T {
  const live = useEditor((s) => pacing(s, own));
  const current = useEditor((s) => (live ? HELD : select(s)));
  const [held, setHeld] = useState(() => select(useEditor.getState()));
  if (current !== HELD && !Object.is(held, current)) setHeld(current); // React renders again at once
  const latest = useRef(select);
  useEffect(() => {
    latest.current = select;
  });
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => startTransition(() => setHeld(latest.current(useEditor.getState()))), LIVE_CHECK_INTERVAL_MS);
    return () => clearInterval(timer);
  }, [live]);
  return useDeferredValue(current === HELD ? held : current);
}

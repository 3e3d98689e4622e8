/**
 * Undo history of immutable values. Edits that share a gesture key (one colour drag, one
 * slider slide) replace the present instead of stacking, so undo takes back the whole
 * gesture; `seal` ends a gesture. Plain functions on plain values: easy to test, no React.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The gesture the present belongs to, while it is still going on. */
  gesture?: string | undefined;
}

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/** Records `next`. With a `gesture` equal to the current one, the step is merged into it. */
export function record<T>(h: History<T>, next: T, gesture?: string): History<T> {
  if (next === h.present) return h;
  if (gesture !== undefined && gesture === h.gesture) return { ...h, present: next, future: [] };
  const past = [...h.past, h.present];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, present: next, future: [], gesture };
}

/** Ends the current gesture: the next edit starts a new undo step. */
export function seal<T>(h: History<T>): History<T> {
  return h.gesture === undefined ? h : { ...h, gesture: undefined };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past.at(-1);
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}

/** Replaces the whole value as one undoable step (a preset, an import). */
export function replace<T>(h: History<T>, next: T): History<T> {
  return record(seal(h), next);
}

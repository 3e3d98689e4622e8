// Pure colorway list edits, so the panel stays thin and the rules are testable.

export function moveEntry<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

export function removeEntry<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The colorway may hold 2 to 20 colours (the schema's bounds). */
export const COLORWAY_MIN = 2;
export const COLORWAY_MAX = 20;

/** The undo gesture of a drag of series `index` in `mode`: its steps merge into one undo step. */
export const seriesGesture = (mode: string, index: number) => `colorway:${mode}:${index}`;

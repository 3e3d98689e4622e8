import { normalizeColor } from '../color/parse.ts';

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Follows own properties only, so foreign files cannot lead a lookup through
 * `__proto__` or `constructor` into the prototype chain.
 */
export function get(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) {
    if (!isObject(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

export function colorAt(value: unknown, ...path: string[]): string | undefined {
  const v = get(value, ...path);
  return typeof v === 'string' ? normalizeColor(v) : undefined;
}

export function numberAt(value: unknown, ...path: string[]): number | undefined {
  const v = get(value, ...path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function stringAt(value: unknown, ...path: string[]): string | undefined {
  const v = get(value, ...path);
  return typeof v === 'string' ? v : undefined;
}

/** "17px" or 17 → 17; anything else → undefined. */
export function pxAt(value: unknown, ...path: string[]): number | undefined {
  const v = get(value, ...path);
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  const m = typeof v === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(v) : null;
  return m ? Number(m[1]) : undefined;
}

export { defined } from '../model/defined.ts';

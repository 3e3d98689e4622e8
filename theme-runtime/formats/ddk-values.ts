import { normalizeColor } from '../color/parse.ts';
import type { JsonValue } from '../model/types.ts';
import { isObject } from './json-access.ts';

const LENGTH = /^-?\d+(?:\.\d+)?(?:px)?$/;

/**
 * Whether a value is small enough to compare and keep: DDK values are flat (a string, a
 * border object, a colour list). Counts nodes with an early stop, so a hostile file's deep or
 * shared structure (each level holding the one below twice) cannot blow up a walk over it.
 */
export function isSmallValue(value: unknown, budget = { nodes: 2000 }, depth = 0): boolean {
  if (--budget.nodes < 0 || depth > 8) return false;
  if (Array.isArray(value)) return value.every((v) => isSmallValue(v, budget, depth + 1));
  if (isObject(value)) return Object.values(value).every((v) => isSmallValue(v, budget, depth + 1));
  return true;
}

/**
 * A DDK value as DDK means it, for comparing two dicts: colours as `#rrggbb(aa)` ("white",
 * "#FFF" and "rgb(255,255,255)" are one colour), lengths in px (`0`, "0" and "0px" are one
 * length; "0px 0px 1px 0px" part by part), objects key by key, other strings trimmed.
 */
export function normalizeDdkValue(value: unknown): JsonValue {
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}px` : null;
  if (typeof value === 'string') {
    const text = value.trim();
    const parts = text.split(/\s+/);
    if (parts.length > 1 && parts.every((p) => LENGTH.test(p))) return parts.map((p) => `${Number.parseFloat(p)}px`).join(' ');
    if (LENGTH.test(text)) return `${Number.parseFloat(text)}px`;
    return normalizeColor(text) ?? text;
  }
  if (Array.isArray(value)) return value.map(normalizeDdkValue);
  if (isObject(value)) return Object.fromEntries(Object.keys(value).sort().map((k) => [k, normalizeDdkValue(value[k])]));
  return typeof value === 'boolean' || value === null ? value : null;
}

/** Whether two DDK values mean the same (see normalizeDdkValue). */
export function sameDdkValue(a: unknown, b: unknown): boolean {
  if (!isSmallValue(a) || !isSmallValue(b)) return false;
  return JSON.stringify(normalizeDdkValue(a)) === JSON.stringify(normalizeDdkValue(b));
}

/** A value from outside as plain JSON (undefined, functions and the like dropped), for `extensions`. */
export function asJson(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map(asJson);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, asJson(v)]));
  return null;
}

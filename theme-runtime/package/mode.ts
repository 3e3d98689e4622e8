import type { Mode } from '../model/types.ts';

/** A mode from plain JavaScript, checked: the package's functions take no other. */
export function checkMode(mode: unknown): Mode {
  if (mode !== 'light' && mode !== 'dark') throw new TypeError(`mode must be 'light' or 'dark', got ${String(mode)}`);
  return mode;
}

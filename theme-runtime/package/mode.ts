import type { Mode } from '../model/types.ts';

/** A mode as apps ask for it: `system` follows the operating system's setting. */
export type ModePreference = Mode | 'system';

/**
 * A mode from plain JavaScript, checked: the package's functions take no other. `system`
 * is the browser's `prefers-color-scheme` where there is one, light elsewhere (Node, a
 * server render), which is also what the React provider renders on a server.
 */
export function checkMode(mode: unknown): Mode {
  if (mode === 'system') return typeof globalThis.matchMedia === 'function' && globalThis.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  if (mode !== 'light' && mode !== 'dark') throw new TypeError(`mode must be 'light', 'dark' or 'system', got ${String(mode)}`);
  return mode;
}

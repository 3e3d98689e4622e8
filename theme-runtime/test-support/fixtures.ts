import { existsSync, readFileSync } from 'node:fs';

/**
 * Real-world test inputs live in ../shared/fixtures (beside this repository), read where
 * they are rather than copied in.
 */
export const FIXTURES = new URL('../../../shared/fixtures/', import.meta.url);

/** A fixture file's parsed JSON; callers state the shape they rely on. */
export function readFixture(path: string): unknown {
  const url = new URL(path, FIXTURES);
  if (!existsSync(url)) throw new Error(`fixture ${path} not found at ${url.pathname}: the shared/ folder must sit beside the repository`);
  return JSON.parse(readFileSync(url, 'utf8'));
}

export interface Palette {
  source: string;
  colors: string[];
}

export function palettes(): Record<string, Palette> {
  return readFixture('palettes.json') as Record<string, Palette>;
}

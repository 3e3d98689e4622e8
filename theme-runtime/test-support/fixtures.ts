import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Real-world test inputs, copied into the repository (fixtures/README.md says where each came from). */
export const FIXTURES = new URL('../../fixtures/', import.meta.url);

/** A fixture's path on disk, for APIs that take a file name (Playwright's setInputFiles). */
export function fixturePath(path: string): string {
  return fileURLToPath(new URL(path, FIXTURES));
}

/** A fixture file's text. */
export function readFixtureText(path: string): string {
  const url = new URL(path, FIXTURES);
  if (!existsSync(url)) throw new Error(`fixture ${path} not found at ${url.pathname} (see fixtures/README.md)`);
  return readFileSync(url, 'utf8');
}

/** A fixture file's parsed JSON; callers state the shape they rely on. */
export function readFixture(path: string): unknown {
  return JSON.parse(readFixtureText(path));
}

export interface Palette {
  source: string;
  colors: string[];
}

export function palettes(): Record<string, Palette> {
  return readFixture('palettes.json') as Record<string, Palette>;
}

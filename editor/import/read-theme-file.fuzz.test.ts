import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../../theme-runtime/robustness/hostile-inputs.ts';
import { readThemeFile } from './read-theme-file.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1500);

describe('readThemeFile on hostile files', () => {
  it(`answers ${RUNS} truncated, random and hostile files without throwing, errors located`, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = readThemeFile(text, 'fuzz.json');
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.path === '' || e.path.startsWith('/')).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

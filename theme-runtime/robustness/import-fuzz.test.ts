import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDdkTheme } from '../formats/ddk.ts';
import { fromDesignTokens } from '../formats/dtcg-import.ts';
import { fromPlotlyTemplate } from '../formats/plotly-import.ts';
import { parseTheme, type ParseResult } from '../model/parse.ts';
import { anyInput } from './hostile-inputs.ts';

// Every door into a Theme, fed hostile input. Each must answer with a valid theme or located
// errors: never throw, never pollute Object.prototype. npm run test:robustness runs 10,000+.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1500);
const DOORS: [string, (input: unknown) => ParseResult][] = [
  ['parseTheme', parseTheme],
  ['fromPlotlyTemplate', fromPlotlyTemplate],
  ['fromDdkTheme', fromDdkTheme],
  ['fromDesignTokens', fromDesignTokens],
];

function checkAnswer(result: ParseResult): void {
  if (result.ok) {
    // What came out is a theme parseTheme itself accepts unchanged.
    expect(parseTheme(JSON.parse(JSON.stringify(result.theme)))).toMatchObject({ ok: true, theme: result.theme });
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(typeof e.path).toBe('string');
      expect(e.path === '' || e.path.startsWith('/')).toBe(true);
      expect(e.message.length).toBeGreaterThan(0);
    }
  }
}

describe.each(DOORS)('%s on hostile input', (_name, door) => {
  it(`answers ${RUNS} generated inputs with a theme or located errors, never a throw`, () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        checkAnswer(door(input));
      }),
      { numRuns: RUNS },
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

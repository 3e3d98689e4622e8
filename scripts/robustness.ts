// npm run test:robustness — the fuzzed import figures: 10,000 hostile inputs into every door
// (parseTheme, the three importers, the editor's file reader), each timed. Prints the figures
// and, as the last line, one JSON object of them. Exits non-zero on any failure.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { readThemeFile } from '../editor/import/read-theme-file.ts';
import { fromDdkTheme, fromDesignTokens, fromPlotlyTemplate, parseTheme, type ParseResult } from '../theme-runtime/index.ts';
import { anyInput, anyText } from '../theme-runtime/robustness/hostile-inputs.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const doors: [string, (input: unknown) => ParseResult][] = [
  ['parseTheme', parseTheme],
  ['fromPlotlyTemplate', fromPlotlyTemplate],
  ['fromDdkTheme', fromDdkTheme],
  ['fromDesignTokens', fromDesignTokens],
];

let tried = 0;
let failures = 0;
let slowestMs = 0;
const check = (answer: () => ParseResult) => {
  tried++;
  const started = performance.now();
  try {
    const result = answer();
    if (!result.ok && (result.errors.length === 0 || result.errors.some((e) => e.path !== '' && !e.path.startsWith('/')))) failures++;
  } catch {
    failures++;
  }
  slowestMs = Math.max(slowestMs, performance.now() - started);
};

for (const [name, door] of doors) {
  fc.assert(fc.property(anyInput, (input) => check(() => door(input))), { numRuns: RUNS });
  console.log(`${name}: ${RUNS} inputs`);
}
fc.assert(fc.property(anyText, (text) => check(() => readThemeFile(text, 'fuzz.json'))), { numRuns: RUNS });
console.log(`readThemeFile: ${RUNS} files`);

const polluted = Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>)['polluted'] !== undefined;
console.log(`inputs tried ${tried}, failures ${failures}, slowest input ${slowestMs.toFixed(1)} ms (limit 50), prototype polluted: ${polluted ? 'YES' : 'no'}`);
console.log(JSON.stringify({ inputs_tried: tried, failures, slowest_ms: Number(slowestMs.toFixed(1)), prototype_polluted: polluted }));
if (failures > 0 || polluted || slowestMs > 50) process.exit(1);

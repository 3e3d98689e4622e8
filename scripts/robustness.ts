// npm run test:robustness — the reliability figures:
//  • fuzzed import: 10,000 hostile inputs into every door (parseTheme, the three importers,
//    the editor's file reader), each timed;
//  • injection: every hostile string in every theme slot into every sink (editor/robustness);
//  • recovery: the end-to-end scenarios where something goes wrong — page killed mid-edit,
//    storage full or disabled, two tabs, old and corrupted drafts, invalid and 5 MB files,
//    broken share links, a broken theme in an installed app — run in Chromium.
// Prints the figures and, as the last line, one JSON object of them. Exits non-zero on any failure.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { readThemeFile } from '../editor/import/read-theme-file.ts';
import { fromDdkTheme, fromDesignTokens, fromPlotlyTemplate, parseTheme, type ParseResult } from '../theme-runtime/index.ts';
import { startVitest } from 'vitest/node';
import { injectionCases } from '../editor/robustness/injection.ts';
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

const cases = injectionCases();
const injections = cases.flatMap((c) => c.run().map((problem) => `${c.name}: ${problem}`));
for (const line of injections) console.log(`  INJECTION ${line}`);
console.log(`injection cases ${cases.length}, injections ${injections.length}`);

// The recovery scenarios are e2e tests; these words pick them out of the specs by name.
const RECOVERY = /killed mid-edit|second tab|refuses an invalid file|broken share link|corrupted draft|storage fails|storage is disabled|older schema version|5 MB file|broken theme/;
const vitest = await startVitest('test', ['e2e/history-and-files.spec.ts', 'e2e/consumer.spec.ts'], {
  config: 'vitest.e2e.config.ts',
  run: true,
  watch: false,
  testNamePattern: RECOVERY,
  reporters: ['dot'],
});
const tests = vitest.state.getFiles().flatMap(function leaves(task: { type: string; tasks?: unknown[]; result?: { state?: string }; name: string }): { name: string; state: string }[] {
  return task.type === 'test' ? [{ name: task.name, state: task.result?.state ?? 'skip' }] : ((task.tasks ?? []) as (typeof task)[]).flatMap(leaves);
}).filter((t) => RECOVERY.test(t.name));
await vitest.close();
const recovered = tests.filter((t) => t.state === 'pass').length;
for (const t of tests) console.log(`  ${t.state === 'pass' ? 'ok  ' : 'FAIL'} ${t.name}`);
console.log(`recovery scenarios passed ${recovered} of ${tests.length}`);

console.log(
  JSON.stringify({
    inputs_tried: tried,
    failures,
    slowest_ms: Number(slowestMs.toFixed(1)),
    prototype_polluted: polluted,
    injection_cases: cases.length,
    injections: injections.length,
    recovery_scenarios: tests.length,
    recovery_passed: recovered,
  }),
);
if (failures > 0 || polluted || slowestMs > 50 || injections.length > 0 || tests.length === 0 || recovered < tests.length) process.exit(1);

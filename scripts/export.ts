// npm run export -- <theme.json> --out <dir> [--name acme-theme] [--version 1.0.0]
//                   [--from theme|plotly-template|ddk|tokens]
// Writes <name>-<version>.tgz, the same package the editor's Export button downloads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, fromDdkTheme, fromDesignTokens, fromPlotlyTemplate, parseTheme, type ParseResult } from '../theme-runtime/index.ts';
import { checkPackageOptions, defaultPackageOptions, packageFiles, tarballName } from '../editor/export/package-files.ts';
import { readRuntimeFiles } from '../editor/export/runtime-files-node.ts';
import { tarball } from '../editor/export/tarball.ts';

function fail(message: string): never {
  console.error(`export: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, name: { type: 'string' }, version: { type: 'string' }, from: { type: 'string', default: 'theme' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help === true || positionals.length !== 1 || values.out === undefined) {
  console.log('usage: npm run export -- <theme.json> --out <dir> [--name acme-theme] [--version 1.0.0] [--from theme|plotly-template|ddk|tokens]');
  process.exit(values.help === true ? 0 : 1);
}
const [file = ''] = positionals;

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
let data: unknown;
try {
  data = JSON.parse(text);
} catch (e) {
  fail(`${file} is not JSON: ${(e as Error).message}`);
}
const READERS: Record<string, (input: unknown) => ParseResult> = { theme: parseTheme, 'plotly-template': fromPlotlyTemplate, ddk: fromDdkTheme, tokens: fromDesignTokens };
const read = READERS[values.from];
if (read === undefined) fail(`--from must be one of ${Object.keys(READERS).join(', ')}`);
const result = read(data);
if (!result.ok) fail(`${file} is not a valid theme:\n${result.errors.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
for (const w of result.warnings) console.warn(`warning: ${formatIssue(w)}`);

const defaults = defaultPackageOptions(result.theme);
const options = { name: values.name ?? defaults.name, version: values.version ?? defaults.version };
const problem = checkPackageOptions(options);
if (problem !== undefined) fail(problem);

const bytes = tarball(packageFiles(result.theme, readRuntimeFiles(), options));
mkdirSync(values.out, { recursive: true });
const target = join(values.out, tarballName(options));
writeFileSync(target, bytes);
console.log(`wrote ${target} (${(bytes.length / 1024).toFixed(1)} KB)`);

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, injectionCases, sameRules } from './injection.ts';

describe('hostile theme strings', () => {
  const cases = injectionCases();

  it('cover the values the reliability issue lists, in every slot and sink', () => {
    const values = HOSTILE_STRINGS.map((h) => h.value).join('\n');
    for (const needle of ['</style><script>', '"; } body { display:none', 'url(javascript:', 'expression(', '\\', '\n', '*/']) expect(values).toContain(needle);
    expect(HOSTILE_STRINGS.some((h) => h.value.length >= 100_000)).toBe(true);
    expect(cases.length).toBeGreaterThanOrEqual(HOSTILE_STRINGS.length * 6 * 6);
  });

  // Hundreds of cases, each compiling whole stylesheets: 3.7 s alone on 2 cores, and past
  // vitest's 5 s default beside the other test files (a clean-clone CI run timed out).
  it('change no CSS rule beyond their own value, reach code only as JSON, and leave file names safe', () => {
    const failures = cases.flatMap((c) => c.run().map((problem) => `${c.name}: ${problem}`));
    expect(failures).toEqual([]);
  }, 30_000);

  it('would be caught: the comparison flags values spliced into CSS unchecked', () => {
    // Negative controls: the same check on a naive stylesheet that pastes the value in.
    const naive = (family: string) => `.s .dk-App {\n  font-family: ${family};\n  color: #000;\n}\n.s .dk-Card {\n  padding: 8px;\n}\n`;
    for (const value of ['x; } body { display: none } .y {', 'Inter; color: red', 'Inter (', '</style><script>alert(1)</script>']) {
      expect(sameRules(naive(value), naive('Inter'), value), value).not.toEqual([]);
    }
    expect(sameRules(naive('"Source Serif 4", serif'), naive('Inter'), '"Source Serif 4", serif')).toEqual([]);
  });
});

describe('the source', () => {
  // React escapes text; these are the ways around it. None may appear in shipped code.
  const FORBIDDEN = /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|\bsrcdoc\b|new Function\(|\beval\(/;

  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });

  it('never writes HTML as a string (no innerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML) or evaluates text', () => {
    const offenders = ['editor', 'theme-runtime'].flatMap(files).filter((path) => !path.endsWith('injection.test.ts') && FORBIDDEN.test(readFileSync(path, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

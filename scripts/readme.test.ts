import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseTheme } from '../theme-runtime/index.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('keeps the two-command quick start', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('shows a theme example that parses cleanly', () => {
    const example = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const result = parseTheme(JSON.parse(example ?? ''));
    expect(result.ok ? result.warnings : result.errors.map(formatIssue)).toEqual([]);
  });

  it('shows error messages exactly as parseTheme words them', () => {
    const shown = /```\n(\/colors[\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n') ?? [];
    const result = parseTheme({ version: 1, colors: { light: { accent: 'blue-ish' } }, typography: { body: { size: 300 } } });
    expect(result.ok ? [] : result.errors.map(formatIssue)).toEqual(shown);
  });
});

import { describe, expect, it } from 'vitest';

// The exported package's budgets (issue: "the React entry with its theme stays ≤ 12 KB
// gzipped"), measured as bench/size.ts measures them: each entry built as an app's Vite
// build would, minified and gzipped. Bytes are deterministic, so this is a plain assertion.
describe('the exported package’s size', () => {
  it('keeps the core entry ≤ 6 KB of code and the React entry with its theme ≤ 12 KB', async () => {
    const { results } = await import('../bench/size.ts');
    expect(results.core_code_kb).toBeLessThanOrEqual(6);
    expect(results.react_kb).toBeLessThanOrEqual(12);
  }, 180_000);
});

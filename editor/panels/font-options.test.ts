import { describe, expect, it } from 'vitest';
import { fontWarning, withFallback } from './font-options.ts';

describe('typed font families', () => {
  it('get a generic fallback of their kind, quoted where CSS needs it', () => {
    expect(withFallback('Avenir Next', 'sans')).toBe('Avenir Next, system-ui, sans-serif');
    expect(withFallback('Lora', 'sans')).toBe('Lora, Georgia, serif');
    expect(withFallback('Source Serif 4', 'sans')).toBe('"Source Serif 4", Georgia, serif');
    expect(withFallback('Berkeley Mono', 'mono')).toBe('Berkeley Mono, ui-monospace, monospace');
    expect(withFallback('Avenir, Helvetica, sans-serif', 'sans')).toBe('Avenir, Helvetica, sans-serif');
    expect(withFallback('Foo,', 'serif')).toBe('Foo, Georgia, serif');
  });

  it('warn when the family is neither bundled nor on every machine', () => {
    expect(fontWarning('Avenir Next, system-ui, sans-serif')).toMatch(/^Avenir Next is not bundled: .* falls back to system-ui, sans-serif\.$/);
    expect(fontWarning('Inter, system-ui, sans-serif')).toBeUndefined();
    expect(fontWarning('Georgia, serif')).toBeUndefined();
    expect(fontWarning('system-ui, sans-serif')).toBeUndefined();
  });
});

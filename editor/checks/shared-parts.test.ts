import { describe, expect, it } from 'vitest';
import { checkTheme } from '../../theme-runtime/index.ts';
import { DEFAULT_THEME } from '../../theme-runtime/model/defaults.ts';
import { withRole } from '../../theme-runtime/model/edit.ts';
import { withPartsOf } from './shared-parts.ts';

describe('a cloned theme given back the parts an earlier one shares', () => {
  const earlier = DEFAULT_THEME;
  const edited = structuredClone(withRole(DEFAULT_THEME, 'light', 'text', '#444444'));

  it('shares what did not change and keeps what did', () => {
    const theme = withPartsOf(edited, earlier);
    expect(theme).toEqual(edited);
    expect(theme.colors.dark).toBe(earlier.colors.dark);
    expect(theme.colors.light).not.toBe(earlier.colors.light);
    expect(theme.colors.light.text).toBe('#444444');
    expect(theme.typography).toBe(earlier.typography);
    expect(theme.colorway).toBe(earlier.colorway);
  });

  it('lets checkTheme keep the untouched mode’s report, and the result equals a fresh check', () => {
    const previous = { theme: earlier, report: checkTheme(earlier) };
    const report = checkTheme(withPartsOf(edited, earlier), previous);
    expect(report.dark).toBe(previous.report.dark);
    expect(report).toEqual(checkTheme(edited));
    // Without the parts given back, the clone shares nothing and both modes are checked again.
    expect(checkTheme(edited, previous).dark).not.toBe(previous.report.dark);
  });

  it('leaves a theme alone when there is nothing earlier', () => {
    expect(withPartsOf(edited, undefined)).toBe(edited);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '../../model/defaults.ts';
import { withRole } from '../../model/edit.ts';
import { plotlyTemplate } from '../../plotly/template.ts';
import { templateChange } from './template-change.ts';

const template = (t = DEFAULT_THEME, mode: 'light' | 'dark' = 'light') => plotlyTemplate(t, mode);

describe('what a theme edit changes in the template', () => {
  it('a colour role or a mode switch changes colours only (the mode also its scales)', () => {
    expect(templateChange(template(), template(withRole(DEFAULT_THEME, 'light', 'grid', '#ff0000')))).toEqual({ colors: true, scales: false, geometry: false });
    expect(templateChange(template(), template(DEFAULT_THEME, 'dark'))).toMatchObject({ colors: true, geometry: false });
  });

  it('a scale edit changes scales only', () => {
    const t = { ...DEFAULT_THEME, scales: { ...DEFAULT_THEME.scales, sequential: ['#000000', '#ffffff'] } };
    expect(templateChange(template(), template(t))).toEqual({ colors: false, scales: true, geometry: false });
  });

  it('a font size, a legend position or a longer dash cycle is geometry', () => {
    const body = DEFAULT_THEME.typography.body;
    const bigger = { ...DEFAULT_THEME, typography: { ...DEFAULT_THEME.typography, body: { ...body, size: body.size + 2 } } };
    expect(templateChange(template(), template(bigger)).geometry).toBe(true);
    const legend = { ...DEFAULT_THEME, chart: { ...DEFAULT_THEME.chart, legendPosition: 'bottom' as const } };
    expect(templateChange(template(), template(legend)).geometry).toBe(true);
    const dashes = { ...DEFAULT_THEME, chart: { ...DEFAULT_THEME.chart, dashes: ['solid' as const, 'dot' as const, 'dash' as const] } };
    expect(templateChange(template(), template(dashes)).geometry).toBe(true);
  });

  it('a longer colorway is still colours only', () => {
    const longer = { ...DEFAULT_THEME, colorway: [...DEFAULT_THEME.colorway, '#123456'] };
    expect(templateChange(template(), template(longer))).toMatchObject({ colors: true, geometry: false });
  });

  it('an attribute only one template has counts, on either side', () => {
    const t = (layout: Record<string, unknown>) => ({ layout, data: {} });
    expect(templateChange(t({ font: { size: 12 } }), t({ font: { size: 12 }, bargap: 0.2 })).geometry).toBe(true);
    expect(templateChange(t({ font: { size: 12 }, bargap: 0.2 }), t({ font: { size: 12 } })).geometry).toBe(true);
    expect(templateChange(t({}), t({ paper_bgcolor: '#ffffff' }))).toEqual({ colors: true, scales: false, geometry: false });
    expect(templateChange(t({ paper_bgcolor: '#ffffff' }), t({}))).toEqual({ colors: true, scales: false, geometry: false });
  });
});

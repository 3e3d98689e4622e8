import { describe, expect, it } from 'vitest';
import { parseCssColor, plotlyContrast, rgbText } from './css-color.ts';

describe('template colours, read and written as plotly writes them', () => {
  it('reads every form a template holds', () => {
    expect(parseCssColor('#1f77b4')).toEqual({ r: 31, g: 119, b: 180, a: 1 });
    expect(parseCssColor('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseCssColor('#00000080')?.a).toBeCloseTo(128 / 255);
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseCssColor('rgb(17 34 51 / 50%)')).toEqual({ r: 17, g: 34, b: 51, a: 0.5 });
    expect(parseCssColor('rebeccapurple')).toBeUndefined();
  });

  it('writes rgb() text like the browser reports a style plotly set', () => {
    expect(rgbText({ r: 31, g: 119, b: 180, a: 0.5 })).toBe('rgb(31, 119, 180)');
  });

  // plotly.js Color.contrast: white on a fill that contrasts more with white than with #444.
  it('picks the label colour plotly puts on a slice', () => {
    expect(plotlyContrast({ r: 31, g: 119, b: 180, a: 1 })).toEqual({ r: 255, g: 255, b: 255, a: 1 }); // plotly blue: white text
    expect(plotlyContrast({ r: 188, g: 189, b: 34, a: 1 })).toEqual({ r: 68, g: 68, b: 68, a: 1 }); // olive #bcbd22: dark text
    expect(plotlyContrast({ r: 0, g: 0, b: 0, a: 0.1 })).toEqual({ r: 68, g: 68, b: 68, a: 1 }); // faint fill over white
  });
});

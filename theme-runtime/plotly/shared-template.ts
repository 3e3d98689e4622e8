import type { Mode, Theme } from '../model/types.ts';
import { plotlyTemplate } from './template.ts';
import type { PlotlyTemplate } from './types.ts';

const cache = new WeakMap<Theme, Partial<Record<Mode, PlotlyTemplate>>>();

/**
 * One template per theme object and mode, shared by every chart that draws with it: a page of
 * 24 charts compiles (and keeps) one template per mode, not 24. Never mutate the result;
 * `plotlyTemplate` gives a fresh one. plotly.js only reads a figure's template.
 */
export function sharedTemplate(theme: Theme, mode: Mode): PlotlyTemplate {
  let entry = cache.get(theme);
  if (entry === undefined) {
    entry = {};
    cache.set(theme, entry);
  }
  return (entry[mode] ??= plotlyTemplate(theme, mode));
}

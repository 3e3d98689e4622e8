import type { Theme } from './types.ts';

/**
 * The theme every missing part falls back to: `parseTheme` fills gaps from it,
 * and `presets/design-kit.json` spells it out in full (a test keeps the two equal).
 */
export const DEFAULT_THEME: Theme = {
  version: 2,
  name: 'Design Kit',
  colors: {
    light: {
      accent: '#2563eb',
      accentPositive: '#15803d',
      accentNegative: '#c81e1e',
      accentWarning: '#b45309',
      backgroundPage: '#f4f5f7',
      backgroundContent: '#ffffff',
      plotBackground: '#ffffff',
      text: '#1f2937',
      heading: '#111827',
      subtleText: '#5b6472',
      border: '#d9dde3',
      grid: '#e8eaee',
    },
    dark: {
      accent: '#60a5fa',
      accentPositive: '#4ade80',
      accentNegative: '#f87171',
      accentWarning: '#fbbf24',
      backgroundPage: '#0f131a',
      backgroundContent: '#1a1f29',
      plotBackground: '#1a1f29',
      text: '#e5e7eb',
      heading: '#f9fafb',
      subtleText: '#9ca3af',
      border: '#2e3543',
      grid: '#283040',
    },
  },
  colorway: ['{accent}', '#cd2e73', '#5d9222', '#b17db5', '#de667a', '#7860a0', '#ac678b', '#7d6d4d'],
  // Version 1's dark series, kept when it became version 2 (keepVersion1Look).
  colorwayOverrides: { dark: [null, '#cd2e73', '#5d9222', '#b17db5', '#de667a', '#7860a0', '#ac678b', '#7d6d4d'] },
  scales: {
    sequential: ['#eff6ff', '#bfdbfe', '#60a5fa', '#2563eb', '#1e3a8a'],
    diverging: ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'],
  },
  typography: {
    body: { family: 'Inter, system-ui, sans-serif', size: 14, weight: 400, lineHeight: 1.5 },
    heading: { family: 'Inter, system-ui, sans-serif', size: 18, weight: 600, lineHeight: 1.25 },
    mono: { family: 'JetBrains Mono, ui-monospace, monospace', size: 13, weight: 400, lineHeight: 1.5 },
    scaleRatio: 1.25,
    titleCase: 'none',
  },
  shape: { radius: 8, borderWidth: 1, spacing: 8, shadow: 'subtle' },
  chart: {
    gridlines: 'both',
    lineWidth: 2,
    markerSize: 6,
    symbols: ['circle', 'square', 'diamond', 'triangle-up', 'cross', 'x'],
    dashes: ['solid', 'dash', 'dot', 'dashdot'],
    legendPosition: 'top',
  },
  breakpoints: { phone: 700, tablet: 1100 },
  components: {
    card: { accentEdge: 'top' },
    button: { variant: 'filled' },
    header: { style: 'surface' },
    controls: { style: 'outlined' },
    table: { density: 'normal', striped: true },
    tag: { shape: 'pill', variant: 'subtle' },
  },
};

// The framework-agnostic entry: plain plotly.js and applyTheme, no React, no casts.
import type { Data } from 'plotly.js';
import Plotly from 'plotly.js/dist/plotly-strict.min.js';
import { applyTheme } from 'acme-theme';

const data: Data[] = [
  { type: 'bar', x: ['a', 'b'], y: [1, 2] },
  { type: 'bar', x: ['a', 'b'], y: [2, 1] },
];
const figure = applyTheme({ data }, 'dark');
void Plotly.newPlot('chart', figure.data, figure.layout);

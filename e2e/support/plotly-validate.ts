import type { Page } from 'playwright-core';
import type { PlotlyTemplate } from '../../theme-runtime/index.ts';
import { TEMPLATED_TRACE_TYPES } from '../../theme-runtime/plotly/template.ts';
import { SAMPLE_DATA } from './sample-traces.ts';

// Plotly.validate ignores layout.template, so a template's parts are validated as an ordinary
// figure instead, with the plotly.js the page has loaded.

interface Problem {
  where: string;
  code: string;
  msg: string;
}

/** Runs in the page: every Plotly.validate problem except `unused`, for one template. */
export function validateInPage(page: Page, template: PlotlyTemplate): Promise<Problem[]> {
  return page.evaluate(
    ({ template, samples, types }) => {
      const Plotly = (window as unknown as { Plotly: { validate: (d: unknown[], l: unknown) => { code: string; msg: string }[] | undefined } }).Plotly;
      const problems: { where: string; code: string; msg: string }[] = [];
      const keep = (where: string, found: { code: string; msg: string }[] | undefined) => {
        for (const p of found ?? []) if (p.code !== 'unused') problems.push({ where, code: p.code, msg: p.msg });
      };
      const { annotationdefaults, shapedefaults, ...frame } = template.layout;
      // The layout, with one trace of every templated type so trace-specific layout keys are known.
      keep('layout', Plotly.validate(types.map((type) => ({ type, ...samples[type] })), frame));
      keep(
        'annotationdefaults/shapedefaults',
        Plotly.validate([], {
          annotations: [{ ...(annotationdefaults as object), text: 'note', x: 0, y: 0 }],
          shapes: [{ ...(shapedefaults as object), type: 'rect', x0: 0, x1: 1, y0: 0, y1: 1 }],
        }),
      );
      // Each type's entries as traces of one figure (one validate call per type); carpet-bound
      // types get their carpet first, or plotly.js hides them and says so.
      for (const [type, entries] of Object.entries(template.data)) {
        const needsCarpet = type === 'scattercarpet' || type === 'contourcarpet';
        const traces = entries.map((entry) => ({ ...entry, ...samples[type], type }));
        keep(`data.${type}`, Plotly.validate(needsCarpet ? [{ type: 'carpet', ...samples['carpet'] }, ...traces] : traces, {}));
      }
      return problems;
    },
    { template, samples: SAMPLE_DATA, types: TEMPLATED_TRACE_TYPES.filter((type) => type in template.data) },
  );
}

import { z } from 'zod';
import type { PlotlyFigure, ThemeIssue } from '../../theme-runtime/index.ts';
import { toPointer } from '../../theme-runtime/model/issues.ts';
import type { PlotlyModule } from '../../theme-runtime/react/plotly-loader.ts';

/** A figure as big as a dashboard chart gets; a pasted notebook dump beyond it is refused early. */
export const MAX_FIGURE_CHARS = 2_000_000;

// The shape plotly.js draws from (and plotly.py's fig.to_json() writes): traces with a type
// name, a layout object. Attribute by attribute, plotly.js itself judges (Plotly.validate).
const figureSchema = z.looseObject({
  data: z
    .array(z.looseObject({ type: z.string({ error: 'a trace type is a name, e.g. "bar"' }).optional() }), { error: 'a figure needs a data list of traces' })
    .min(1, { error: 'a figure needs at least one trace' })
    .max(500, { error: 'at most 500 traces' }),
  layout: z.looseObject({}, { error: 'layout must be an object' }).optional(),
});


export type FigureRead = { ok: true; figure: PlotlyFigure; title: string; notes: string[] } | { ok: false; errors: ThemeIssue[] };

/** Line and column of a character offset, for JSON syntax errors people can find. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * A pasted figure, checked for its shape: JSON, a `data` list of traces, an optional layout.
 * Its own template goes (the theme's is what should show), a fixed size (the card decides)
 * and its title (the card's header shows it); `notes` says which.
 */
export function readFigureText(text: string): FigureRead {
  if (text.trim() === '') return { ok: false, errors: [{ path: '', message: 'paste a figure: JSON with a data list, as fig.to_json() in plotly.py or JSON.stringify(figure) writes it' }] };
  if (text.length > MAX_FIGURE_CHARS) return { ok: false, errors: [{ path: '', message: `the figure is ${(text.length / 1e6).toFixed(1)} million characters; the limit is ${MAX_FIGURE_CHARS / 1e6} million` }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    return { ok: false, errors: [{ path: '', message: `not JSON${at ? ` (${lineAndColumn(text, Number(at[1]))})` : ''}: ${message}` }] };
  }
  return readFigure(data);
}

/** A figure already parsed from JSON (pasted, or stored by an earlier visit), checked for its shape. */
export function readFigure(data: unknown): FigureRead {
  const parsed = figureSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ path: toPointer(i.path), message: i.message })) };
  const notes: string[] = [];
  const { template, width, height, title: ownTitle, ...layout } = parsed.data.layout ?? {};
  if (template !== undefined) notes.push('Its own template was left out: the theme styles it.');
  if (width !== undefined || height !== undefined) notes.push('Its fixed size was left out: it fills its card.');
  const titleOf = (t: unknown) => (typeof t === 'string' ? t : typeof t === 'object' && t !== null && typeof (t as { text?: unknown }).text === 'string' ? (t as { text: string }).text : undefined);
  // The title goes to the card's header, as every preview chart's does.
  const title = titleOf(ownTitle)?.replace(/<[^>]*>/g, '').trim() || 'Your chart';
  return { ok: true, figure: { ...parsed.data, layout }, title, notes };
}

// Plotly.validate's codes: attributes plotly does not know or values it would not take.
// "unused" (an attribute the trace's other settings make irrelevant) draws the same.
const REFUSED = new Set(['object', 'array', 'schema', 'value']);

interface ValidateIssue {
  code: string;
  container: 'data' | 'layout';
  trace: number | null;
  path: (string | number)[];
  msg: string;
}

/** What plotly.js itself says is wrong with the figure, each at its JSON pointer. */
export function plotlyIssues(plotly: PlotlyModule, figure: PlotlyFigure): ThemeIssue[] {
  const validate = (plotly as unknown as { validate: (data: unknown, layout: unknown) => ValidateIssue[] | undefined }).validate;
  const found = validate(figure.data ?? [], figure.layout ?? {}) ?? [];
  return found
    .filter((i) => REFUSED.has(i.code))
    .slice(0, 20)
    .map((i) => ({ path: i.container === 'data' ? `/data/${i.trace ?? 0}${toPointer(i.path)}` : `/layout${toPointer(i.path)}`, message: i.msg.replace(/^In (data|layout)(\s+trace \d+)?,\s*/, '') }));
}

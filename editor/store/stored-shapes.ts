import { z } from 'zod';
import { formatIssue, parseColorway, parseTheme, type ColorRef, type Mode, type PlotlyFigure, type Theme, type ThemeIssue } from '../../theme-runtime/index.ts';
import { toPointer } from '../../theme-runtime/model/issues.ts';
import { readFigure } from '../preview/pasted-figure.ts';

// The doors for what the editor keeps in browser storage. Each stored shape has one schema,
// checked when it is read; the theme inside a draft goes through parseTheme like any file.

const draftEnvelopeSchema = z.object({
  app: z.literal('design-kit', { error: 'is not a Design Kit draft' }),
  savedAt: z.number().nonnegative().optional(),
  mode: z.enum(['light', 'dark']).optional(),
  theme: z.unknown(),
});

export type DraftRead = { ok: true; theme: Theme; mode: Mode; savedAt: number; warnings: ThemeIssue[] } | { ok: false; errors: ThemeIssue[] };

/** A stored draft envelope `{ app, savedAt, mode, theme }`; errors are pointers into it. */
export function readDraftEnvelope(data: unknown): DraftRead {
  const envelope = draftEnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    return { ok: false, errors: envelope.error.issues.map((i) => ({ path: i.path.map((k) => `/${String(k)}`).join(''), message: i.message })) };
  }
  const result = parseTheme(envelope.data.theme);
  if (!result.ok) return { ok: false, errors: result.errors.map((i) => ({ ...i, path: `/theme${i.path}` })) };
  return { ok: true, theme: result.theme, mode: envelope.data.mode ?? 'light', savedAt: envelope.data.savedAt ?? 0, warnings: result.warnings };
}

export interface SavedColorway {
  name: string;
  colors: ColorRef[];
}

const savedEntrySchema = z.object({
  name: z.string().trim().min(1, { error: 'a saved colorway needs a name' }).max(80, { error: 'a name may be at most 80 characters long' }),
  colors: z.unknown(),
});

export interface SavedColorwaysRead {
  colorways: SavedColorway[];
  /** One line per entry left out, e.g. `/1/colors/0: '{bogus}' refers to no colour role …`. */
  problems: string[];
}

/**
 * A stored list, entry by entry: its schema, then the check of what it holds (`finish`, whose
 * errors point inside the entry). Good entries are kept; each bad one is named by its pointer.
 */
function readEntries<E, T>(data: unknown, what: string, schema: z.ZodType<E>, finish: (entry: E) => { ok: true; item: T } | { ok: false; errors: ThemeIssue[] }): { items: T[]; problems: string[] } {
  if (!Array.isArray(data)) return { items: [], problems: [`(document): expected a list of ${what}`] };
  const items: T[] = [];
  const problems: string[] = [];
  data.forEach((item: unknown, index) => {
    const entry = schema.safeParse(item);
    const result = entry.success ? finish(entry.data) : { ok: false as const, errors: entry.error.issues.map((i) => ({ path: toPointer(i.path), message: i.message })) };
    if (result.ok) items.push(result.item);
    else problems.push(...result.errors.map((i) => formatIssue({ ...i, path: `/${index}${i.path}` })));
  });
  return { items, problems };
}

/** The saved-colorway list: good entries kept, each bad one named by its JSON pointer. */
export function readSavedColorways(data: unknown): SavedColorwaysRead {
  const { items, problems } = readEntries(data, 'saved colorways', savedEntrySchema, (entry) => {
    const colors = parseColorway(entry.colors);
    return colors.ok ? { ok: true, item: { name: entry.name, colors: colors.colorway } } : { ok: false, errors: colors.errors.map((i) => ({ ...i, path: `/colors${i.path}` })) };
  });
  return { colorways: items, problems };
}

export interface StoredChart {
  title: string;
  figure: PlotlyFigure;
}

const storedChartSchema = z.object({
  title: z.string().trim().min(1, { error: 'a chart needs a title' }).max(200, { error: 'a title may be at most 200 characters long' }),
  figure: z.unknown(),
});

/** The pasted charts kept from earlier visits: good entries kept, each bad one named by its JSON pointer. */
export function readStoredCharts(data: unknown): { items: StoredChart[]; problems: string[] } {
  return readEntries(data, 'charts', storedChartSchema, (entry) => {
    const figure = readFigure(entry.figure);
    return figure.ok ? { ok: true, item: { title: entry.title, figure: figure.figure } } : { ok: false, errors: figure.errors.map((i) => ({ ...i, path: `/figure${i.path}` })) };
  });
}

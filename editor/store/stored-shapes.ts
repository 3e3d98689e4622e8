import { z } from 'zod';
import { formatIssue, parseColorway, parseTheme, type ColorRef, type Mode, type PlotlyFigure, type Theme, type ThemeIssue } from '../../theme-runtime/index.ts';
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

/** The saved-colorway list: good entries kept, each bad one named by its JSON pointer. */
export function readSavedColorways(data: unknown): SavedColorwaysRead {
  if (!Array.isArray(data)) return { colorways: [], problems: ['(document): expected a list of saved colorways'] };
  const colorways: SavedColorway[] = [];
  const problems: string[] = [];
  data.forEach((item: unknown, index) => {
    const entry = savedEntrySchema.safeParse(item);
    if (!entry.success) {
      problems.push(...entry.error.issues.map((i) => formatIssue({ path: `/${index}${i.path.map((k) => `/${String(k)}`).join('')}`, message: i.message })));
      return;
    }
    const colors = parseColorway(entry.data.colors);
    if (!colors.ok) {
      problems.push(...colors.errors.map((i) => formatIssue({ ...i, path: `/${index}/colors${i.path}` })));
      return;
    }
    colorways.push({ name: entry.data.name, colors: colors.colorway });
  });
  return { colorways, problems };
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
  if (!Array.isArray(data)) return { items: [], problems: ['(document): expected a list of charts'] };
  const items: StoredChart[] = [];
  const problems: string[] = [];
  data.forEach((item: unknown, index) => {
    const entry = storedChartSchema.safeParse(item);
    if (!entry.success) {
      problems.push(...entry.error.issues.map((i) => formatIssue({ path: `/${index}${i.path.map((k) => `/${String(k)}`).join('')}`, message: i.message })));
      return;
    }
    const figure = readFigure(entry.data.figure);
    if (!figure.ok) {
      problems.push(...figure.errors.map((i) => formatIssue({ ...i, path: `/${index}/figure${i.path}` })));
      return;
    }
    items.push({ title: entry.data.title, figure: figure.figure });
  });
  return { items, problems };
}

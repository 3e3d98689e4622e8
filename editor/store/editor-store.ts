import { create } from 'zustand';
import {
  DEFAULT_THEME,
  withColorway,
  withColorwayEntry,
  withoutRole,
  withRole,
  withSeriesList,
  withSeriesOverride,
  type ColorRole,
  type OptionalColorRole,
  type Mode,
  type Theme,
} from '../../theme-runtime/index.ts';
import { DEFAULT_PRESET_ID, PRESETS } from '../presets.ts';
import { createHistory, record, redo, replace, seal, undo, type History } from './history.ts';

/** A message for the person: what happened, and where, for imports, links and drafts. */
export interface Notice {
  tone: 'error' | 'warning' | 'success' | 'info';
  title: string;
  details?: string[];
  action?: { label: string; run: () => void };
  /** A named dismiss button ("Keep editing here") and what dismissing means. */
  dismissLabel?: string;
  onDismiss?: () => void;
}

/** Transient news (link copied, file imported): shown briefly, details on demand. */
export interface Toast {
  title: string;
  /** Shown behind a disclosure, e.g. the keys an import left out. */
  details?: string[];
  detailsLabel?: string;
  action?: { label: string; run: () => void };
  /** A link to show in a read-only field the person can copy from. */
  link?: string;
  /** Stays until dismissed (the person still has something to do with it). */
  sticky?: boolean;
}

export type SaveStatus = { state: 'saved'; at: number } | { state: 'pending' } | { state: 'failed'; message: string } | { state: 'idle' };

export type PreviewWidth = 'desktop' | 'tablet' | 'phone';
export type PreviewView = 'dashboard' | 'report' | 'components';

export interface EditorState {
  previewWidth: PreviewWidth;
  previewView: PreviewView;
  setPreviewWidth: (width: PreviewWidth) => void;
  setPreviewView: (view: PreviewView) => void;
  history: History<Theme>;
  /** history.present, kept beside it so components can select narrowly. */
  theme: Theme;
  /** Which mode the preview shows and the colour fields edit. */
  mode: Mode;
  /** The preset the theme started from, until something else replaces it. */
  presetId: string | undefined;
  notice: Notice | undefined;
  toast: Toast | undefined;
  saveStatus: SaveStatus;

  /** Records an edit. Edits with the same `gesture` (a drag) merge into one undo step. */
  edit: (next: Theme, gesture?: string) => void;
  /**
   * Applies a named command from the model (`withChart`, `withFont` …) to the current theme
   * and records it: panels that select only their slice of the theme edit without holding
   * (and re-rendering on) the whole of it.
   */
  update: (command: (theme: Theme) => Theme, gesture?: string) => void;
  /** Ends a gesture: the next edit is a new undo step. */
  endGesture: () => void;
  undo: () => void;
  redo: () => void;
  /** Sets a role in the mode being edited. `color` must be normalised. */
  setRole: (role: ColorRole | OptionalColorRole, color: string, gesture?: string) => void;
  /** Lets the mode being edited derive its accent text again. */
  resetAccentText: () => void;
  /** Lets the mode being edited derive an optional colour (accent text, a component colour) again. */
  resetRole: (role: OptionalColorRole) => void;
  /** Changes series colours in place (same positions): per-mode overrides stay. */
  setColorway: (colorway: string[], gesture?: string) => void;
  /** Reorders, removes or adds series: entry i came from `origin[i]`; overrides follow their series. */
  rearrangeColorway: (colorway: string[], origin: (number | undefined)[]) => void;
  /** A whole new series list (a suggestion, a saved colorway): each mode derives afresh. */
  replaceColorway: (colorway: string[]) => void;
  /**
   * Series `index` as the mode being edited draws it. Light mode edits the series colour
   * itself (or its light override, if it has one); dark mode pins a dark override.
   */
  setSeries: (index: number, color: string, gesture?: string) => void;
  /** Drops the override of series `index` in the mode being edited: derived again. */
  resetSeries: (index: number) => void;
  loadPreset: (id: string) => void;
  /** Replaces the whole theme (import, share link) as one undoable step. */
  replaceTheme: (theme: Theme) => void;
  setMode: (mode: Mode) => void;
  notify: (notice: Notice) => void;
  dismissNotice: () => void;
  showToast: (toast: Toast) => void;
  dismissToast: () => void;
  setSaveStatus: (status: SaveStatus) => void;
}

const initialPreset = PRESETS.find((p) => p.id === DEFAULT_PRESET_ID) ?? PRESETS[0];
const initialTheme = initialPreset?.theme ?? DEFAULT_THEME;

export const useEditor = create<EditorState>()((set, get) => {
  const apply = (history: History<Theme>) => set({ history, theme: history.present });
  return {
    history: createHistory(initialTheme),
    theme: initialTheme,
    mode: 'light',
    presetId: initialPreset?.id,
    notice: undefined,
    toast: undefined,
    saveStatus: { state: 'idle' },
    previewWidth: 'desktop',
    previewView: 'dashboard',
    setPreviewWidth: (previewWidth) => set({ previewWidth }),
    setPreviewView: (previewView) => set({ previewView }),

    edit: (next, gesture) => apply(record(get().history, next, gesture)),
    update: (command, gesture) => {
      const theme = get().theme;
      const next = command(theme);
      if (next !== theme) get().edit(next, gesture);
    },
    endGesture: () => set({ history: seal(get().history) }),
    undo: () => apply(undo(seal(get().history))),
    redo: () => apply(redo(seal(get().history))),
    setRole: (role, color, gesture) => {
      const { theme, mode } = get();
      if (theme.colors[mode][role] !== color) get().edit(withRole(theme, mode, role, color), gesture);
    },
    resetAccentText: () => get().resetRole('accentText'),
    resetRole: (role) => {
      const { theme, mode } = get();
      if (theme.colors[mode][role] !== undefined) get().edit(withoutRole(theme, mode, role));
    },
    setColorway: (colorway, gesture) => get().edit({ ...get().theme, colorway }, gesture),
    rearrangeColorway: (colorway, origin) => get().edit(withSeriesList(get().theme, colorway, origin)),
    replaceColorway: (colorway) => get().edit(withColorway(get().theme, colorway)),
    setSeries: (index, color, gesture) => {
      const { theme, mode } = get();
      const pinned = theme.colorwayOverrides?.[mode]?.[index];
      const next = mode === 'dark' || (pinned !== undefined && pinned !== null) ? withSeriesOverride(theme, mode, index, color) : withColorwayEntry(theme, index, color);
      get().edit(next, gesture);
    },
    resetSeries: (index) => {
      const { theme, mode } = get();
      if (theme.colorwayOverrides?.[mode]?.[index] != null) get().edit(withSeriesOverride(theme, mode, index, null));
    },
    loadPreset: (id) => {
      const preset = PRESETS.find((p) => p.id === id);
      if (!preset) return;
      apply(replace(get().history, preset.theme));
      set({ presetId: id });
    },
    replaceTheme: (theme) => {
      apply(replace(get().history, theme));
      set({ presetId: undefined });
    },
    setMode: (mode) => set({ mode }),
    notify: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: undefined }),
    showToast: (toast) => set({ toast }),
    dismissToast: () => set({ toast: undefined }),

    setSaveStatus: (saveStatus) => set({ saveStatus }),
  };
});

/** Starts the editor on a given theme without an undo step (restored draft, opened link). */
export function startWith(theme: Theme, mode: Mode = 'light', presetId?: string): void {
  useEditor.setState({ history: createHistory(theme), theme, mode, presetId });
}

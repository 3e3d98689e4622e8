import type { Mode, Theme, ThemeIssue } from '../../theme-runtime/index.ts';
import { readDraftEnvelope, readSavedColorways, readStoredCharts, type SavedColorway, type SavedColorwaysRead, type StoredChart } from './stored-shapes.ts';

export type { SavedColorway } from './stored-shapes.ts';

// The one module that touches browser storage. Every read goes through parseTheme; every
// failure (quota, storage disabled, private mode) becomes a result, never an exception.

export const DRAFT_KEY = 'design-kit:draft';
const CORRUPT_PREFIX = 'design-kit:draft:corrupt:';

interface Envelope {
  app: 'design-kit';
  savedAt: number;
  mode: Mode;
  theme: Theme;
}

export type DraftLoad =
  | { kind: 'none' }
  | { kind: 'restored'; theme: Theme; mode: Mode; savedAt: number; warnings: ThemeIssue[] }
  | { kind: 'corrupt'; errors: ThemeIssue[]; raw: string; setAsideAs: string | undefined };

export type SaveResult = { ok: true } | { ok: false; message: string };

/** localStorage, or undefined where the browser refuses it (blocked cookies, sandboxed frames). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function saveDraft(theme: Theme, mode: Mode, storage: Storage | undefined = browserStorage()): SaveResult {
  if (storage === undefined) return { ok: false, message: 'this browser does not allow saving (storage is disabled)' };
  const envelope: Envelope = { app: 'design-kit', savedAt: Date.now(), mode, theme };
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(envelope));
    return { ok: true };
  } catch (e) {
    // Chromium and Safari say QuotaExceededError; Firefox says NS_ERROR_DOM_QUOTA_REACHED.
    const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
    return { ok: false, message: quota ? 'browser storage is full' : `saving failed (${e instanceof Error ? e.message : String(e)})` };
  }
}

/**
 * The autosaved draft, if any. A draft that no longer parses is moved aside under its own
 * key (so it can still be downloaded) rather than loaded or thrown away.
 */
export function loadDraft(storage: Storage | undefined = browserStorage()): DraftLoad {
  let raw: string | null;
  try {
    raw = storage?.getItem(DRAFT_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (raw === null) return { kind: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return corrupt(storage, raw, [{ path: '', message: `the saved draft is not JSON (${(e as Error).message})` }]);
  }
  const read = readDraftEnvelope(data);
  if (!read.ok) return corrupt(storage, raw, read.errors);
  return { kind: 'restored', theme: read.theme, mode: read.mode, savedAt: read.savedAt, warnings: read.warnings };
}

const BEFORE_LINK_KEY = 'design-kit:draft:before-link';

/**
 * Copies the stored draft aside before a share link replaces the theme, so the person's
 * own work outlives the next autosave (and a reload) as well as the undo history.
 */
export function keepDraftAside(storage: Storage | undefined = browserStorage()): string | undefined {
  try {
    const raw = storage?.getItem(DRAFT_KEY);
    if (raw === null || raw === undefined) return undefined;
    storage?.setItem(BEFORE_LINK_KEY, raw);
    return BEFORE_LINK_KEY;
  } catch {
    return undefined;
  }
}

function corrupt(storage: Storage | undefined, raw: string, errors: ThemeIssue[]): DraftLoad {
  const key = `${CORRUPT_PREFIX}${Date.now()}`;
  try {
    storage?.setItem(key, raw);
    storage?.removeItem(DRAFT_KEY);
    return { kind: 'corrupt', errors, raw, setAsideAs: key };
  } catch {
    return { kind: 'corrupt', errors, raw, setAsideAs: undefined };
  }
}

const COLORWAYS_KEY = 'design-kit:colorways';
const COLORWAYS_SET_ASIDE_PREFIX = 'design-kit:colorways:unreadable:';

export type SavedColorwaysLoad = SavedColorwaysRead & {
  /** Where the stored list was copied before its bad entries were left out, so nothing is lost. */
  setAsideAs: string | undefined;
};

/** A stored list as read through its schema, and where the raw list was copied if some entries were bad. */
export interface StoredListLoad<T> {
  items: T[];
  /** One line per entry left out, e.g. `/1/colors/0: '{bogus}' refers to no colour role …`. */
  problems: string[];
  /** Where the stored list was copied before its bad entries were left out, so nothing is lost. */
  setAsideAs: string | undefined;
}

/**
 * A list kept in browser storage, through its reader. When some entries cannot be read, the
 * stored list is copied aside first (the next save drops them).
 */
function loadStoredList<T>(key: string, asidePrefix: string, read: (data: unknown) => { items: T[]; problems: string[] }, storage: Storage | undefined): StoredListLoad<T> {
  let raw: string | null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return { items: [], problems: [], setAsideAs: undefined };
  }
  if (raw === null) return { items: [], problems: [], setAsideAs: undefined };
  let result: { items: T[]; problems: string[] };
  try {
    result = read(JSON.parse(raw));
  } catch (e) {
    result = { items: [], problems: [`(document): the stored list is not JSON (${(e as Error).message})`] };
  }
  if (result.problems.length === 0) return { ...result, setAsideAs: undefined };
  const aside = `${asidePrefix}${Date.now()}`;
  try {
    storage?.setItem(aside, raw);
    return { ...result, setAsideAs: aside };
  } catch {
    return { ...result, setAsideAs: undefined };
  }
}

function storeList(key: string, list: unknown[], storage: Storage | undefined): SaveResult {
  try {
    if (storage === undefined) return { ok: false, message: 'this browser does not allow saving (storage is disabled)' };
    storage.setItem(key, JSON.stringify(list));
    return { ok: true };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** Colorways the person saved for reuse across themes, through their schema. */
export function loadSavedColorways(storage: Storage | undefined = browserStorage()): SavedColorwaysLoad {
  const { items, ...rest } = loadStoredList(COLORWAYS_KEY, COLORWAYS_SET_ASIDE_PREFIX, (data) => {
    const read = readSavedColorways(data);
    return { items: read.colorways, problems: read.problems };
  }, storage);
  return { colorways: items, ...rest };
}

export const CHARTS_KEY = 'design-kit:your-charts';

/** The figures the person pasted into the preview on earlier visits, each checked again. */
export function loadStoredCharts(storage: Storage | undefined = browserStorage()): StoredListLoad<StoredChart> {
  return loadStoredList(CHARTS_KEY, `${CHARTS_KEY}:unreadable:`, readStoredCharts, storage);
}

export function storeCharts(list: StoredChart[], storage: Storage | undefined = browserStorage()): SaveResult {
  return storeList(CHARTS_KEY, list, storage);
}

export function storeSavedColorways(list: SavedColorway[], storage: Storage | undefined = browserStorage()): SaveResult {
  return storeList(COLORWAYS_KEY, list, storage);
}

import { parseTheme, type Mode, type Theme, type ThemeIssue } from '../../theme-runtime/index.ts';

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
  const envelope = typeof data === 'object' && data !== null ? (data as Partial<Record<keyof Envelope, unknown>>) : {};
  const result = parseTheme(envelope.theme);
  if (!result.ok) return corrupt(storage, raw, result.errors.map((i) => ({ ...i, path: `/theme${i.path}` })));
  return {
    kind: 'restored',
    theme: result.theme,
    mode: envelope.mode === 'dark' ? 'dark' : 'light',
    savedAt: typeof envelope.savedAt === 'number' ? envelope.savedAt : 0,
    warnings: result.warnings,
  };
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

export interface SavedColorway {
  name: string;
  colors: string[];
}

/** Colorways the person saved for reuse across themes; bad entries are skipped, never thrown. */
export function loadSavedColorways(storage: Storage | undefined = browserStorage()): SavedColorway[] {
  try {
    const data: unknown = JSON.parse(storage?.getItem(COLORWAYS_KEY) ?? '[]');
    if (!Array.isArray(data)) return [];
    return data.filter(
      (c): c is SavedColorway =>
        typeof c === 'object' && c !== null && typeof (c as SavedColorway).name === 'string' && Array.isArray((c as SavedColorway).colors) && (c as SavedColorway).colors.every((x) => typeof x === 'string' && normalizeColorway(x)),
    );
  } catch {
    return [];
  }
}

export function storeSavedColorways(list: SavedColorway[], storage: Storage | undefined = browserStorage()): SaveResult {
  try {
    if (storage === undefined) return { ok: false, message: 'this browser does not allow saving (storage is disabled)' };
    storage.setItem(COLORWAYS_KEY, JSON.stringify(list));
    return { ok: true };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** A stored colorway entry must be a colour or a {role} reference (what the theme accepts). */
function normalizeColorway(entry: string): boolean {
  return /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(entry) || /^\{[A-Za-z]+\}$/.test(entry);
}

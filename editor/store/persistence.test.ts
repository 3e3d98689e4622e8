import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME, withRole } from '../../theme-runtime/index.ts';
import { CHARTS_KEY, DRAFT_KEY, loadDraft, loadSavedColorways, loadStoredCharts, saveDraft, storeCharts } from './persistence.ts';
import { readShareFragment, shareFragment } from './share-link.ts';

/** A Storage backed by a Map, able to fail like a full or disabled one. */
function memoryStorage(fail?: 'quota' | 'other'): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (fail === 'quota') throw new DOMException('full', 'QuotaExceededError');
      if (fail === 'other') throw new Error('nope');
      map.set(k, v);
    },
  };
}

describe('drafts', () => {
  it('save and restore a theme and mode', () => {
    const storage = memoryStorage();
    const theme = withRole(DEFAULT_THEME, 'dark', 'accent', '#ff00aa');
    expect(saveDraft(theme, 'dark', storage)).toEqual({ ok: true });
    const loaded = loadDraft(storage);
    expect(loaded.kind === 'restored' && [loaded.theme, loaded.mode]).toEqual([theme, 'dark']);
  });

  it('report a full or disabled storage instead of throwing', () => {
    expect(saveDraft(DEFAULT_THEME, 'light', memoryStorage('quota'))).toEqual({ ok: false, message: 'browser storage is full' });
    const disabled = saveDraft(DEFAULT_THEME, 'light', undefined);
    expect(!disabled.ok && disabled.message).toMatch(/disabled/);
    expect(saveDraft(DEFAULT_THEME, 'light', memoryStorage('other')).ok).toBe(false);
  });

  it('set a corrupted draft aside, with located errors, and keep it recoverable', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify({ app: 'design-kit', theme: { version: 1, colors: { light: { accent: 'blue-ish' } } } }));
    const loaded = loadDraft(storage);
    expect(loaded.kind).toBe('corrupt');
    if (loaded.kind !== 'corrupt') return;
    expect(loaded.errors).toEqual([{ path: '/theme/colors/light/accent', message: "'blue-ish' is not a colour" }]);
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
    expect(loaded.setAsideAs && storage.getItem(loaded.setAsideAs)).toBe(loaded.raw);
  });

  it('treat non-JSON as corrupt too', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, '{"app":"design-kit","theme":');
    expect(loadDraft(storage).kind).toBe('corrupt');
  });

  it('migrate a draft saved by an older schema version', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, JSON.stringify({ app: 'design-kit', mode: 'light', theme: { version: 0, name: 'Old', palette: { primary: '#aa0000' } } }));
    const loaded = loadDraft(storage);
    expect(loaded.kind === 'restored' && loaded.theme.colors.light.accent).toBe('#aa0000');
  });
});

describe('share links', () => {
  it('carry a theme in the fragment and bring it back unchanged', () => {
    const theme = withRole(DEFAULT_THEME, 'light', 'accent', '#123456');
    const made = shareFragment(theme);
    const fragment = made.ok ? made.fragment : '';
    expect(fragment).toMatch(/^#theme=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(2000);
    expect(readShareFragment(fragment)).toEqual({ ok: true, theme, warnings: [] });
  });

  it('say when a link is damaged or holds an invalid theme', () => {
    const damaged = readShareFragment('#theme=not-really-base64!!');
    expect(damaged?.ok === false && damaged.errors[0]?.message).toMatch(/share link is damaged/);
    const made = shareFragment(DEFAULT_THEME);
    const truncated = (made.ok ? made.fragment : '').slice(0, 60);
    expect(readShareFragment(truncated)?.ok).toBe(false);
    expect(readShareFragment('#other=1')).toBeUndefined();
  });

  it('refuse a link holding more than 256 KB, saying why and what to do, instead of reading it cut short', () => {
    const huge = JSON.stringify({ version: 1, name: 'Huge', description: 'x'.repeat(300_000) });
    const link = `#theme=${btoa(String.fromCharCode(...zlibSync(strToU8(huge)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    const read = readShareFragment(link);
    expect(read?.ok).toBe(false);
    expect(read?.ok === false && read.errors[0]?.message).toMatch(/more than 256 KB.*Export → Theme file/);
  });
});

describe('saved colorways in storage', () => {
  it('set a list with unreadable entries aside before leaving those out', () => {
    const storage = memoryStorage();
    const raw = JSON.stringify([{ name: 'Good', colors: ['#111111', '#222222'] }, { name: 'Bad', colors: ['{bogus}', '#000000'] }]);
    storage.setItem('design-kit:colorways', raw);
    const loaded = loadSavedColorways(storage);
    expect(loaded.colorways.map((c) => c.name)).toEqual(['Good']);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.setAsideAs && storage.getItem(loaded.setAsideAs)).toBe(raw);
  });

  it('read non-JSON as a problem, not an exception', () => {
    const storage = memoryStorage();
    storage.setItem('design-kit:colorways', '[{"name":');
    expect(loadSavedColorways(storage).problems[0]).toMatch(/not JSON/);
  });
});

describe('your charts in storage', () => {
  const chart = { title: 'Signups', figure: { data: [{ type: 'bar', y: [1, 2] }], layout: {} } };

  it('keeps pasted charts for the next visit, read back through the figure checks', () => {
    const storage = memoryStorage();
    expect(storeCharts([chart], storage)).toEqual({ ok: true });
    expect(loadStoredCharts(storage)).toEqual({ items: [chart], problems: [], setAsideAs: undefined });
  });

  it('names each bad entry by its pointer, shows the good ones and keeps the stored list aside', () => {
    const storage = memoryStorage();
    const raw = JSON.stringify([chart, { title: '', figure: {} }, { title: 'No traces', figure: { data: [] } }]);
    storage.setItem(CHARTS_KEY, raw);
    const loaded = loadStoredCharts(storage);
    expect(loaded.items).toEqual([chart]);
    expect(loaded.problems.map((p) => p.split(':')[0])).toEqual(['/1/title', '/2/figure/data']);
    expect(loaded.setAsideAs === undefined ? undefined : storage.getItem(loaded.setAsideAs)).toBe(raw);
    storage.setItem(CHARTS_KEY, '{not json');
    expect(loadStoredCharts(storage).problems[0]).toMatch(/not JSON/);
  });
});

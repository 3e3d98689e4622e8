import { DRAFT_KEY, loadDraft, saveDraft } from './persistence.ts';
import { useEditor } from './editor-store.ts';

/** Autosave waits this long after the last edit: a drag saves once, and a crash loses < 1 s. */
const DEBOUNCE_MS = 300;

/**
 * Saves the theme (and mode) to browser storage after every change, debounced, and at once
 * when the page is hidden or closed. A failure is shown once; editing goes on regardless.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  // Set when another tab saved the draft: this tab stops saving until the person decides,
  // so neither tab silently overwrites the other's work.
  let paused = false;
  // What storage holds now, as far as this tab knows: a change back to it needs no save.
  // After loading the other tab's version this is that version, so loading it writes
  // nothing and the other tab hears no echo.
  let stored: { theme: unknown; mode: unknown } = { theme: undefined, mode: undefined };
  const save = () => {
    timer = undefined;
    if (paused) return;
    const { theme, mode, setSaveStatus, notify } = useEditor.getState();
    const result = saveDraft(theme, mode);
    if (result.ok) {
      stored = { theme, mode };
      setSaveStatus({ state: 'saved', at: Date.now() });
      warned = false;
      return;
    }
    setSaveStatus({ state: 'failed', message: result.message });
    if (!warned) {
      warned = true;
      notify({ tone: 'warning', title: `Your edits are not being saved: ${result.message}.`, details: ['You can keep editing; use Export to keep a copy of the theme.'] });
    }
  };
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      save();
    }
  };
  const unsubscribe = useEditor.subscribe((state, previous) => {
    if (state.theme === previous.theme && state.mode === previous.mode) return;
    if (state.theme === stored.theme && state.mode === stored.mode) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      useEditor.getState().setSaveStatus({ state: 'saved', at: Date.now() });
      return;
    }
    if (timer !== undefined) clearTimeout(timer);
    else useEditor.getState().setSaveStatus({ state: 'pending' });
    timer = setTimeout(save, DEBOUNCE_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  const onOtherTab = (e: StorageEvent) => {
    if (e.key !== DRAFT_KEY || e.newValue === null || paused) return;
    paused = true;
    const { notify, replaceTheme, setSaveStatus } = useEditor.getState();
    setSaveStatus({ state: 'failed', message: 'paused: the theme was changed in another tab' });
    notify({
      tone: 'warning',
      title: 'This theme was changed in another tab. Saving here is paused so neither tab overwrites the other.',
      details: ['Load the other tab’s version (undo brings yours back), or keep editing here: your next save then replaces theirs.'],
      action: {
        label: 'Load the other tab’s version',
        run: () => {
          const draft = loadDraft();
          if (draft.kind === 'restored') {
            stored = { theme: draft.theme, mode: draft.mode };
            useEditor.getState().setMode(draft.mode);
            replaceTheme(draft.theme);
          }
          paused = false;
          useEditor.getState().dismissNotice();
          useEditor.getState().setSaveStatus({ state: 'saved', at: Date.now() });
        },
      },
      dismissLabel: 'Keep editing here',
      onDismiss: () => {
        paused = false;
        save();
      },
    });
  };
  window.addEventListener('pagehide', flush);
  window.addEventListener('storage', onOtherTab);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    window.removeEventListener('storage', onOtherTab);
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}

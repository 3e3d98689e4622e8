import { saveDraft } from './persistence.ts';
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
  const save = () => {
    timer = undefined;
    const { theme, mode, setSaveStatus, notify } = useEditor.getState();
    const result = saveDraft(theme, mode);
    if (result.ok) {
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
    if (timer !== undefined) clearTimeout(timer);
    else useEditor.getState().setSaveStatus({ state: 'pending' });
    timer = setTimeout(save, DEBOUNCE_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onHide);
  return () => {
    unsubscribe();
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onHide);
  };
}

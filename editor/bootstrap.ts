import { formatIssue } from '../theme-runtime/index.ts';
import { downloadText } from './export/download.ts';
import { startAutosave } from './store/autosave.ts';
import { startWith, useEditor } from './store/editor-store.ts';
import { keepDraftAside, loadDraft } from './store/persistence.ts';
import { readShareFragment } from './store/share-link.ts';

/**
 * Decides what the editor opens with: a theme in the URL's share fragment, else the
 * autosaved draft, else the default preset. Anything wrong with the link or the draft is
 * told to the person; nothing is silently dropped.
 */
export function bootstrap(): void {
  const shared = readShareFragment(window.location.hash);
  if (shared !== undefined) {
    // The link has done its job; a reload should show the edits made since, not the link again.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  const draft = loadDraft();
  const { notify } = useEditor.getState();

  if (draft.kind === 'restored') startWith(draft.theme, draft.mode);
  if (shared?.ok === true) {
    // Opening a link is an edit like an import: one Undo goes back to what was here before.
    useEditor.getState().replaceTheme(shared.theme);
    if (draft.kind === 'restored') {
      keepDraftAside();
      notify({
        tone: 'info',
        title: `Opened the shared theme “${shared.theme.name}”. Your own draft “${draft.theme.name}” is kept: Undo brings it back.`,
        action: { label: 'Back to my draft', run: () => { useEditor.getState().undo(); useEditor.getState().dismissNotice(); } },
        dismissLabel: 'Keep the shared theme',
      });
    } else {
      useEditor.getState().showToast({ title: `Opened the shared theme “${shared.theme.name}”.`, action: { label: 'Undo opening it', run: () => useEditor.getState().undo() } });
    }
  }
  if (shared?.ok === false) {
    notify({ tone: 'error', title: 'This share link could not be opened; your theme is unchanged.', details: shared.errors.map(formatIssue) });
  } else if (draft.kind === 'corrupt') {
    notify({
      tone: 'warning',
      title: 'The saved draft could not be read, so the editor started from the default theme.',
      details: [...draft.errors.slice(0, 5).map(formatIssue), 'The damaged draft was set aside, not deleted.'],
      action: { label: 'Download the damaged draft', run: () => downloadText('design-kit-damaged-draft.json', draft.raw) },
    });
  }
  startAutosave();
}

import { formatIssue } from '../../theme-runtime/index.ts';
import { useEditor } from '../store/editor-store.ts';
import { MAX_IMPORT_BYTES, readThemeFile } from './read-theme-file.ts';

/**
 * Imports a file chosen or dropped by the person. A valid file replaces the theme as one
 * undoable step; anything else is explained, with locations, and the theme stays as it was.
 */
export async function importFile(file: File): Promise<void> {
  const { notify, replaceTheme } = useEditor.getState();
  if (file.size > MAX_IMPORT_BYTES) {
    notify({ tone: 'error', title: `${file.name} was not imported; your theme is unchanged.`, details: [`It is ${(file.size / 1024 / 1024).toFixed(1)} MB; theme files are a few kilobytes (limit ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`] });
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    notify({ tone: 'error', title: `${file.name} could not be read; your theme is unchanged.`, details: [e instanceof Error ? e.message : String(e)] });
    return;
  }
  const result = readThemeFile(text, file.name);
  if (!result.ok) {
    notify({ tone: 'error', title: `${file.name} was not imported; your theme is unchanged.`, details: result.errors.map(formatIssue) });
    return;
  }
  replaceTheme(result.theme);
  useEditor.getState().dismissNotice();
  const left = result.warnings.length;
  useEditor.getState().showToast({
    title: `Imported ${file.name} (${result.format}) as “${result.theme.name}”.${result.summary === undefined ? '' : ` ${result.summary}`}`,
    action: { label: 'Undo import', run: () => useEditor.getState().undo() },
    ...(left > 0 ? { details: result.warnings.map(formatIssue), detailsLabel: result.summary === undefined ? `${left} ${left === 1 ? 'note' : 'notes'} on what was not carried over` : 'Which keys' } : {}),
  });
}

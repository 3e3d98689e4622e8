import { formatIssue, type Theme } from '../../theme-runtime/index.ts';
import { fontWarning } from '../panels/font-options.ts';
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
  const fonts = fontNotes(result.theme);
  const details = [...fonts, ...result.warnings.map(formatIssue)];
  useEditor.getState().showToast({
    title: `Imported ${file.name} (${result.format}) as “${result.theme.name}”.${result.summary === undefined ? '' : ` ${result.summary}`}${fonts.length > 0 ? ` ${fonts.length === 1 ? 'A font' : `${fonts.length} fonts`} will not load offline.` : ''}`,
    action: { label: 'Undo import', run: () => useEditor.getState().undo() },
    ...(details.length > 0 ? { details, detailsLabel: result.summary === undefined && fonts.length === 0 ? `${details.length} ${details.length === 1 ? 'note' : 'notes'} on what was not carried over` : 'Details' } : {}),
  });
}

/** What an imported theme's fonts will look like where they are not installed: one line per family. */
function fontNotes(theme: Theme): string[] {
  const t = theme.typography;
  const families = [t.body.family, t.heading.family, t.mono.family, t.header?.family, theme.report?.fontFamily].filter((f): f is string => f !== undefined);
  return [...new Set(families)].map(fontWarning).filter((w): w is string => w !== undefined);
}

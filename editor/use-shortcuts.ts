import { useEffect } from 'react';
import { printReport } from './print/print-report.ts';
import { useEditor } from './store/editor-store.ts';

/**
 * Who owns Ctrl/⌘+Z in a text field. The rule (README, "Keyboard"): text not yet applied
 * belongs to the field, so Ctrl+Z undoes typing; once the value is applied (Enter, leaving
 * the field, or a valid number) Ctrl+Z undoes the theme, as it does everywhere else.
 * Text entries that are not theme settings (a sample search box) keep the browser's undo.
 */
export function fieldOwnsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.dataset['themeField'] !== undefined) return target.dataset['uncommitted'] === 'true';
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && ['text', 'search', 'url', 'email', 'number'].includes(target.type);
}

/**
 * Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo; Ctrl/⌘+P prints the report alone (printing
 * the editor itself is never what is meant).
 */
export function useUndoShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'p' && !e.shiftKey) {
        e.preventDefault();
        printReport();
        return;
      }
      if (fieldOwnsUndo(e.target)) return;
      if (key === 'z' && !e.shiftKey) useEditor.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') useEditor.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useFileDrop } from './import/use-file-drop.ts';
import { NoticeBar } from './NoticeBar.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { ToastRegion } from './Toast.tsx';
import { ThemePanel } from './panels/ThemePanel.tsx';
import { Preview } from './preview/Preview.tsx';
import { PrintReport } from './print/PrintReport.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useUndoShortcuts } from './use-shortcuts.ts';

export function EditorApp() {
  useUndoShortcuts();
  const dropping = useFileDrop();
  return (
    <div className="editor" data-dropping={dropping ? 'true' : undefined}>
      <SkipLinks />
      <Toolbar />
      <NoticeBar />
      <div className="workspace">
        <ErrorBoundary area="the theme settings">
          <ThemePanel />
        </ErrorBoundary>
        <ErrorBoundary area="the preview">
          <Preview />
        </ErrorBoundary>
      </div>
      <ToastRegion />
      <PrintReport />
      {dropping && (
        <div className="drop-hint" aria-hidden="true">
          Drop a theme, Plotly template, DDK theme or design-tokens file to import it
        </div>
      )}
    </div>
  );
}

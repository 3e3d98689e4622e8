import { useMemo, useRef, type KeyboardEvent } from 'react';
import { DEFAULT_THEME } from '../../theme-runtime/index.ts';
import { App, ThemeProvider } from '../../theme-runtime/react/index.ts';
import { loadPreviewPlotly } from './preview-plotly.ts';
import { useEditor, type PreviewView, type PreviewWidth } from '../store/editor-store.ts';
import { ComponentsSheet } from './ComponentsSheet.tsx';
import { Dashboard } from './Dashboard.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import { printReport, usePrintState } from '../print/print-report.ts';

/** Frame widths: a laptop, an iPad in portrait, a 390 px phone. */
export const PREVIEW_WIDTHS: Record<PreviewWidth, { label: string; width: number | undefined }> = {
  desktop: { label: 'Desktop', width: undefined },
  tablet: { label: 'Tablet (820 px)', width: 820 },
  phone: { label: 'Phone (390 px)', width: 390 },
};

const VIEWS: [PreviewView, string][] = [
  ['dashboard', 'Dashboard'],
  ['report', 'Report'],
  ['components', 'Components'],
];

/** The live preview: the theme rendered by the runtime's own components, as an app gets it. */
export function Preview() {
  const theme = useEditor((s) => s.theme);
  const mode = useEditor((s) => s.mode);
  const width = useEditor((s) => s.previewWidth);
  const view = useEditor((s) => s.previewView);
  const setView = useEditor((s) => s.setPreviewView);
  const frameWidth = PREVIEW_WIDTHS[width].width;
  const tabs = useRef(new Map<PreviewView, HTMLButtonElement>());
  const printing = usePrintState((s) => s.active);
  // The pages take the theme from ThemeProvider, not as props: made once per view, so a
  // colour step re-renders only what reads the theme (charts, title-cased headings), not
  // every card and tag of the page (bench:preview counts them).
  const page = useMemo(() => (view === 'dashboard' ? <Dashboard /> : view === 'report' ? <ReportPreview /> : <ComponentsSheet />), [view]);

  // WAI-ARIA tabs with automatic activation: the arrows, Home and End move and select.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = VIEWS.findIndex(([id]) => id === view);
    const go = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 }[e.key];
    if (go === undefined) return;
    e.preventDefault();
    const next = VIEWS[(go + VIEWS.length) % VIEWS.length]?.[0];
    if (next === undefined) return;
    setView(next);
    tabs.current.get(next)?.focus();
  };

  return (
    <main className="preview" id="preview" tabIndex={-1} aria-label="Preview">
      <div className="preview-bar">
        <div className="preview-views" role="tablist" aria-label="Preview page" onKeyDown={onKeyDown}>
          {VIEWS.map(([id, label]) => (
            <button
              key={id}
              ref={(el) => {
                if (el) tabs.current.set(id, el);
                else tabs.current.delete(id);
              }}
              type="button"
              role="tab"
              id={`preview-tab-${id}`}
              aria-selected={view === id}
              aria-controls="preview-panel"
              tabIndex={view === id ? 0 : -1}
              onClick={() => setView(id)}
            >
              {label}
            </button>
          ))}
        </div>
        <button type="button" className="preview-print" onClick={printReport} disabled={printing} aria-keyshortcuts="Control+P Meta+P" title="Print the report alone, or save it as PDF (Ctrl+P)">
          {printing ? 'Preparing the report…' : 'Print / PDF'}
        </button>
      </div>
      <div
        className="preview-frame"
        id="preview-panel"
        role="tabpanel"
        aria-labelledby={`preview-tab-${view}`}
        data-width={width}
        style={frameWidth === undefined ? undefined : { width: frameWidth }}
      >
        {/* No --dk-* variables: nothing in the preview reads them, and as inherited properties
            each colour step would restyle every node of every chart. No cascade layer: there is
            no app CSS to yield to, and replacing a layered sheet each step restyles far more
            (bench:preview p95 15 → 27 ms). One mode's rules: each step replaces the sheet anyway,
            and a sheet half the size is half the parsing. */}
        <ThemeProvider theme={theme} mode={mode} cssVariables={false} cascadeLayer={false} bothModes={false} plotly={loadPreviewPlotly} fallback={DEFAULT_THEME}>
          <App className="preview-app" data-testid="preview-app" style={{ minHeight: '100%' }}>
            {page}
          </App>
        </ThemeProvider>
      </div>
    </main>
  );
}

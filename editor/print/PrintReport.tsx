import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { DEFAULT_THEME } from '../../theme-runtime/index.ts';
import { ThemeProvider } from '../../theme-runtime/react/index.ts';
import { loadPreviewPlotly } from '../preview/preview-plotly.ts';
import { ReportPreview } from '../preview/ReportPreview.tsx';
import { useEditor } from '../store/editor-store.ts';
import { chartsDrawn, endPrint, usePrintState } from './print-report.ts';

/**
 * The report alone, for print: outside the editor's tree (so print can hide the editor
 * whole), drawn off screen at the sheet's width in the paper's mode — light unless the
 * theme's report asks for dark — then handed to the browser's print dialog.
 */
function PrintRoot() {
  const theme = useEditor((s) => s.theme);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const html = document.documentElement;
    html.dataset['printing'] = 'report';
    let alive = true;
    const el = root.current;
    if (el) {
      void chartsDrawn(el).then(() => {
        if (alive) window.print();
      });
    }
    // The dialog closing (printed, saved or cancelled) ends it.
    window.addEventListener('afterprint', endPrint);
    return () => {
      alive = false;
      delete html.dataset['printing'];
      window.removeEventListener('afterprint', endPrint);
    };
  }, []);
  return createPortal(
    <div className="print-root" ref={root} data-testid="print-root">
      <ThemeProvider theme={theme} mode={theme.report?.paper ?? 'light'} cssVariables={false} plotly={loadPreviewPlotly} fallback={DEFAULT_THEME}>
        <ReportPreview />
      </ThemeProvider>
    </div>,
    document.body,
  );
}

export function PrintReport() {
  const active = usePrintState((s) => s.active);
  return active ? <PrintRoot /> : null;
}

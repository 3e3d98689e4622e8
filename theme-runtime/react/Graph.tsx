import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { applyTheme } from '../plotly/apply.ts';
import type { PlotlyFigure } from '../plotly/types.ts';
import { FullscreenToggle } from './cards.tsx';
import { cx } from './class-names.ts';
import { useTheme } from './context.ts';
import { useFullscreen, type FullscreenProps } from './fullscreen.ts';
import { loadPlotly, type PlotlyModule } from './plotly-loader.ts';

export interface GraphProps extends FullscreenProps {
  /** A plotly.js figure (or plotly.py's fig.to_json()); the theme's template is applied on top. */
  figure: PlotlyFigure;
  /** plotly.js config; by default responsive, with the mode bar on hover and no logo. */
  config?: Record<string, unknown>;
  /** Shows a button for presentation mode (full screen) and back. */
  expandable?: boolean;
  style?: CSSProperties;
  className?: string;
  'aria-label'?: string;
}

// Figures are plain JSON from apps and plotly.py; plotly.js checks them itself.
type PlotlyData = Parameters<PlotlyModule['react']>[1];
type PlotlyLayout = Parameters<PlotlyModule['react']>[2];

/**
 * A plotly.js chart drawn with the theme's template. Updates go through Plotly.react, so a
 * mode switch or theme edit restyles the chart in place; it follows its container's size;
 * a figure plotly.js cannot draw shows an error in place of the chart, not a blank page.
 */
export function Graph({ figure, config, expandable = false, style, className, 'aria-label': ariaLabel, ...fullscreenProps }: GraphProps) {
  const { theme, mode } = useTheme();
  const host = useRef<HTMLDivElement>(null);
  const [plotly, setPlotly] = useState<PlotlyModule>();
  const [error, setError] = useState<string>();
  const [on, setOn] = useFullscreen(fullscreenProps);
  const themed = useMemo(() => applyTheme(figure, theme, mode), [figure, theme, mode]);

  useEffect(() => {
    let alive = true;
    loadPlotly().then(
      (p) => alive && setPlotly(p),
      (e: unknown) => alive && setError(`plotly.js could not be loaded (${String(e)})`),
    );
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    const el = host.current;
    if (!plotly || !el) return;
    let current = true;
    // plotly.js throws synchronously for some bad figures and rejects for others: start it
    // inside a promise so both end up in the same place.
    Promise.resolve()
      .then(() => plotly.react(el, themed.data as PlotlyData, themed.layout as PlotlyLayout, { responsive: true, displaylogo: false, ...config }))
      .then(
        () => current && setError(undefined),
        (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      current = false;
    };
  }, [plotly, themed, config]);

  // Follow the container: plotly's own `responsive` only listens to the window.
  useEffect(() => {
    const el = host.current;
    if (!plotly || !el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (el.isConnected && el.querySelector('.main-svg')) {
          plotly.Plots.resize(el);
        }
      });
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [plotly]);

  useEffect(() => {
    const el = host.current;
    if (!plotly || !el) return;
    return () => plotly.purge(el);
  }, [plotly]);

  return (
    <div className={cx('dk-Graph', className)} data-fullscreen={on ? 'true' : undefined} style={on ? { position: 'fixed', inset: 0, zIndex: 1000, ...style, height: '100vh' } : style}>
      {expandable && <FullscreenToggle on={on} onToggle={() => setOn(!on)} placement="row" />}
      {error !== undefined && (
        <div role="alert" className="dk-Graph__error">
          This chart could not be drawn: {error}
        </div>
      )}
      <div
        ref={host}
        role="img"
        aria-label={ariaLabel}
        aria-busy={plotly ? undefined : true}
        style={{ width: '100%', height: '100%', minHeight: 'inherit', display: error === undefined ? undefined : 'none' }}
      />
    </div>
  );
}

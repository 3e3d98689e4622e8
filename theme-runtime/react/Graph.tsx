import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { applyTheme, type PlotlyFigure } from '../index.ts';
import { useTheme } from './context.ts';
import { loadPlotly, type PlotlyModule } from './plotly-loader.ts';

export interface GraphProps {
  /** A plotly.js figure; the theme's template is applied on top. */
  figure: PlotlyFigure;
  /** plotly.js config; by default the chart is responsive and the mode bar shows on hover. */
  config?: Record<string, unknown>;
  style?: CSSProperties;
  className?: string;
  'aria-label'?: string;
}

/**
 * A plotly.js chart drawn with the theme's template. Updates go through Plotly.react,
 * so a mode switch or theme edit restyles the chart without remounting it.
 */
export function Graph({ figure, config, style, className, 'aria-label': ariaLabel }: GraphProps) {
  const { theme, mode } = useTheme();
  const ref = useRef<HTMLDivElement>(null);
  const [plotly, setPlotly] = useState<PlotlyModule>();
  const [error, setError] = useState<string>();
  const themed = useMemo(() => applyTheme(figure, theme, mode), [figure, theme, mode]);

  useEffect(() => {
    let alive = true;
    loadPlotly().then(
      (p) => alive && setPlotly(p),
      (e: unknown) => alive && setError(`plotly.js could not be loaded: ${String(e)}`),
    );
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!plotly || !el) return;
    plotly
      .react(el, themed.data as PlotlyData, themed.layout as PlotlyLayout, { responsive: true, displaylogo: false, ...config })
      .catch((e: unknown) => setError(String(e)));
  }, [plotly, themed, config]);

  useEffect(() => {
    const el = ref.current;
    if (!plotly || !el) return;
    return () => plotly.purge(el);
  }, [plotly]);

  if (error !== undefined) {
    return (
      <div role="alert" className={className} style={style}>
        This chart could not be drawn: {error}
      </div>
    );
  }
  return <div ref={ref} className={className} style={{ minHeight: 240, ...style }} role="img" aria-label={ariaLabel} aria-busy={plotly ? undefined : true} />;
}

// Figures are plain JSON from apps and plotly.py; plotly.js checks them itself.
type PlotlyData = Parameters<PlotlyModule['react']>[1];
type PlotlyLayout = Parameters<PlotlyModule['react']>[2];

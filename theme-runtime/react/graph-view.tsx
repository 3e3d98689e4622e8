import { useContext, useEffect, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { resolveTheme } from '../model/resolve.ts';
import type { Mode, Theme } from '../model/types.ts';
import type { PlotlyFigure, PlotlyJson } from '../plotly/types.ts';
import { FullscreenToggle } from './fullscreen-toggle.tsx';
import { cx } from './class-names.ts';
import { useTheme } from './context.ts';
import { PresentingContext, useFullscreen } from './fullscreen.ts';
import { entryWidthGiven, legendColumnsWidth, sizesOwnEntries, withEntryWidth } from './legend-columns.ts';
import { fontsPending, legendLines, legendAstray, legendMayMove, capsOwnLegend, legendCapGiven, legendRoom, legendTooWide, placeModebar, widthBesidePlot, withLegendBelow, withLegendRoom, textMeasure, withWrappedNames, type FittedElement, type LegendLines } from './graph-fit.ts';
import { bindGraphEvents, type PlotlyElement } from './graph-events.ts';
import type { GraphProps } from './graph-props.ts';
import type { PlotlyModule } from './plotly-loader.ts';
import { resolvePlotly, usePlotlySource } from './plotly-resolve.ts';
import * as kit from './graph-draw.ts';
import { SYNC_MEASURE } from './restyle/timing.ts';

/** What was last drawn by plotly, and what it shows now. */
interface Drawn {
  figure: PlotlyFigure;
  config: Record<string, unknown> | undefined;
  theme: Theme;
  mode: Mode;
  chart: kit.RestylableChart;
  /** Restyled, but a colour scale it draws changed: plotly draws it again just after. */
  imageStale?: boolean;
}

// plotly.js 4 shows a "Share chart" button that uploads the figure to a server by default;
// an app's chart has no business offering that. The app's own config wins.
const GRAPH_CONFIG = { responsive: true, displaylogo: false, showSendToCloud: false } as const;

// Full screen on its own: the whole window, a column of the button's row and the plot.
const OWN_FULLSCREEN = { position: 'fixed', inset: 0, zIndex: 1000, height: '100vh', display: 'flex', flexDirection: 'column' } as const;
// In a presenting card (a column): the rest of the card's height, whatever height it had. A
// zero flex basis, so a chart nested deeper (not a flex item) keeps its stylesheet minimum.
const IN_PRESENTING_CARD = { flex: '1 1 0', height: 'auto' } as const;

/**
 * After the last in-place restyle of a burst (a drag, a mode switch), plotly's own state
 * catches up (sync-plotly.ts): late enough to skip a drag's frames, soon enough that the
 * next hover already has the new colours.
 */
const SYNC_MS = 150;

// What plotly emits when it has drawn (part of) a chart itself.
const REDRAW_EVENTS = ['plotly_afterplot', 'plotly_relayout', 'plotly_restyle'] as const;

// Figures are plain JSON from apps and plotly.py; plotly.js checks them itself.
type PlotlyData = Parameters<PlotlyModule['react']>[1];
type PlotlyLayout = Parameters<PlotlyModule['react']>[2];

/** plotly's state follows the template a chart was restyled to (see sync-plotly.ts). */
function syncState(chart: kit.RestylableChart): void {
  if (!chart.gd.isConnected) return;
  const start = performance.now();
  kit.syncPlotly(chart.gd, chart.figure, chart.template);
  // Named in the browser's performance timeline (DevTools, bench:preview) for what it costs.
  performance.measure(SYNC_MEASURE, { start, end: performance.now() });
}

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/**
 * Binds a freshly drawn chart once the page is idle, so that the next mode switch or colour
 * drag finds it bound and only repaints: binding reads every node plotly drew (~0.1 ms per
 * chart node group), which in the frame of a switch would be work the switch waits for.
 */
function bindWhenIdle(chart: kit.RestylableChart): void {
  const bind = () => {
    if (chart.gd.isConnected && chart.binding === undefined) chart.binding = kit.bindChart(chart.gd, chart.figure, chart.template);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(bind, { timeout: 1000 });
  else setTimeout(bind, 100);
}

/**
 * Graph itself, loaded on first use (see Graph.tsx). Updates go through Plotly.react, so a
 * mode switch or theme edit restyles the chart in place; it follows its container's size;
 * a figure plotly.js cannot draw shows an error in place of the chart, not a blank page.
 */
export function GraphView(props: GraphProps) {
  const { figure, config, expandable = false, style, className, 'aria-label': ariaLabel, ref, plotly: ownPlotly, fullscreen, defaultFullscreen, onFullscreenChange } = props;
  const { theme, mode, printing = false } = useTheme();
  const host = useRef<PlotlyElement>(null);
  // Read, not a dependency: starting to print redraws nothing by itself.
  const printingNow = useRef(printing);
  useLayoutEffect(() => {
    printingNow.current = printing;
  }, [printing]);
  useImperativeHandle(ref, () => host.current as PlotlyElement, []);
  const source = usePlotlySource(ownPlotly);
  const [ready, setReady] = useState<{ plotly: PlotlyModule }>();
  const plotly = ready?.plotly;
  const [error, setError] = useState<string>();
  const [on, setOn] = useFullscreen({ fullscreen, defaultFullscreen, onFullscreenChange });
  // Inside a presenting card the chart fills what the card leaves; its own height would not.
  const presenting = useContext(PresentingContext);
  // A right legend that leaves the plot too narrow moves below (see graph-fit.ts); what it
  // took beside the plot on the right decides when it goes back.
  const [legendBelow, setLegendBelow] = useState(false);
  const rightLegend = useRef<number | undefined>(undefined);
  // Legend names wider than the chart allows are wrapped (graph-fit.ts): what a line must
  // leave of the chart's width (the legend's offsets, the same at any width) and the font;
  // `width` is the chart's width the names were last wrapped for.
  const [lines, setLines] = useState<LegendLines & { width: number }>();
  const linesNow = useRef(lines);
  useLayoutEffect(() => {
    linesNow.current = lines;
  }, [lines]);
  const shownWrapped = useRef(false);
  // A legend above or below that its cap would scroll to hide less than a row gets the px it
  // needs (graph-fit.ts), for this figure at this chart height; measured again after every
  // draw and resize (a theme's fonts change it), so at most one draw more.
  const [room, setRoom] = useState<{ figure: PlotlyFigure; height: number; px: number }>();
  // A legend that wraps gets its entries shared out evenly over its rows (legend-columns.ts):
  // the entry width that does it, for this figure at this chart width.
  const [columns, setColumns] = useState<{ figure: PlotlyFigure; width: number; px: number }>();
  /**
   * Asks for the room the drawn legend needs, or for none, when that differs from the cap it
   * was drawn with (plotly's own resize keeps the cap of the last draw).
   */
  const fitRoom = (el: FittedElement, figure: PlotlyFigure) => {
    const height = el._fullLayout?.height;
    if (height === undefined || capsOwnLegend(figure)) return;
    const given = legendCapGiven(el);
    const px = legendRoom(el);
    if (px !== given) setRoom(px === undefined ? undefined : { figure, height, px });
  };
  /** Asks for the entry width that evens out the drawn legend's rows, or for none, when that differs from what it was drawn with. */
  const fitColumns = (el: FittedElement, figure: PlotlyFigure) => {
    const width = el._fullLayout?.width;
    if (width === undefined || sizesOwnEntries(figure)) return;
    const px = legendColumnsWidth(el);
    const given = entryWidthGiven(el);
    // Within half a px is the same: a width measured again from a redraw must not draw again.
    const same = px === given || (px !== undefined && given !== undefined && Math.abs(px - given) < 0.5);
    if (!same) setColumns(px === undefined ? undefined : { figure, width, px });
  };
  /**
   * Measures the drawn legend against the chart (after a draw, and after plotly's own resize,
   * which is no draw of ours) and asks for narrower lines when names run past its edge; only
   * ever narrower while the width stays, so a word wider than any line cannot loop the chart.
   */
  const fitLines = (el: FittedElement) => {
    const current = linesNow.current;
    const fitted = legendLines(el);
    if (fitted !== undefined && (current === undefined || fitted.offset > current.offset + 1)) setLines({ ...fitted, width: el._fullLayout?.width ?? el.clientWidth });
  };
  // The latest props, for event handlers and callbacks bound once per plot.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    let alive = true;
    resolvePlotly(source).then(
      (p) => alive && setReady({ plotly: p }),
      (e: unknown) => {
        if (!alive) return;
        setError(`plotly.js could not be loaded (${String(e)})`);
        latest.current.onError?.(asError(e));
      },
    );
    return () => {
      alive = false;
    };
  }, [source]);

  const drawn = useRef<Drawn | undefined>(undefined);
  const sync = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const drewBefore = useRef(false);
  const listening = useRef<PlotlyElement | undefined>(undefined);

  // Runs before paint. A theme or mode that changes only colours repaints what plotly drew,
  // as plotly would have drawn it, in this frame and with no redraw (restyle/); anything that
  // changes the layout redraws at once.
  useLayoutEffect(() => {
    const el = host.current;
    if (!ready || !el) return;
    const { plotly } = ready;
    let current = true;
    const draw = (waitForFonts = true) => {
      // plotly caches every text measurement, keyed by text and style: a legend measured in
      // the fallback while the theme's font loads keeps the fallback's widths (clipped names)
      // even through a redraw. So the chart waits for its fonts (once: a font that fails to
      // load must not keep the chart from drawing), showing what it showed until then.
      const r = resolveTheme(theme, mode);
      const pending = waitForFonts ? fontsPending(r) : undefined;
      if (pending !== undefined) {
        void pending.catch(() => undefined).then(() => {
          if (current) draw(false);
        });
        return;
      }
      // plotly.js throws synchronously for some bad figures and rejects for others: start it
      // inside a promise so both end up in the same place.
      // Themed here, not on every render: a colour drag repaints without it.
      const movable = legendMayMove(figure, r);
      const template = kit.sharedTemplate(theme, mode);
      const placed = movable && legendBelow ? withLegendBelow(figure) : figure;
      // plotly draws at the size it has (a resize of its own follows): the names fit that.
      const drawWidth = (el as FittedElement)._fullLayout?.width ?? el.clientWidth;
      const wrapped = lines === undefined ? placed : withWrappedNames(placed, drawWidth - lines.offset, textMeasure(lines.font));
      const drawHeight = (el as FittedElement)._fullLayout?.height ?? el.clientHeight;
      const roomy = room !== undefined && room.figure === figure && Math.abs(room.height - drawHeight) < 1 && !capsOwnLegend(figure);
      const roomed = roomy ? withLegendRoom(wrapped, room.px) : wrapped;
      // (fitColumns never asks for a figure that sizes its own entries.)
      const even = columns !== undefined && columns.figure === figure && Math.abs(columns.width - drawWidth) < 1;
      const shown = even ? withEntryWidth(roomed, columns.px) : roomed;
      const themed = kit.applyTemplate(shown, template);
      const first = !drewBefore.current;
      // Until this draw lands there is nothing to restyle: plotly's events meanwhile are its own.
      drawn.current = undefined;
      Promise.resolve()
        .then(() => plotly.react(el, themed.data as PlotlyData, themed.layout as PlotlyLayout, { ...GRAPH_CONFIG, ...config }))
        // A legend left over the plot by plotly (graph-fit.ts) is put back by one full redraw.
        .then(() => (legendAstray(el as FittedElement) ? plotly.redraw(el) : undefined))
        .then(
          () => {
            if (!current) return;
            setError(undefined);
            shownWrapped.current = shown.data !== placed.data;
            fitAfterDraw(el, movable);
            drawn.current = { figure, config, theme, mode, chart: { gd: el, figure: shown, template } };
            bindWhenIdle(drawn.current.chart);
            const held: PlotlyFigure = { data: (el.data ?? []) as PlotlyJson[], layout: el.layout ?? {} };
            drewBefore.current = true;
            listenForRedraws(el);
            if (first) latest.current.onInitialized?.(held, el);
            else latest.current.onUpdate?.(held, el);
          },
          (e: unknown) => {
            if (!current) return;
            setError(asError(e).message);
            latest.current.onError?.(asError(e));
          },
        );
    };
    /**
     * plotly redraws parts of a chart itself (a zoom's ticks, a legend click, a resize):
     * the nodes it makes are bound afresh on next use, and if they were drawn from a
     * template older than what the chart shows (restyled, not yet synced), plotly's state
     * catches up and they are repainted. Bound once the element is a plot (`on` exists).
     */
    const listenForRedraws = (el: PlotlyElement) => {
      if (listening.current === el || el.on === undefined) return;
      listening.current = el;
      const redrawn = () => {
        const chart = drawn.current?.chart;
        if (chart === undefined) return;
        chart.binding = undefined;
        if (el.layout?.['template'] !== chart.template) {
          clearTimeout(sync.current);
          syncState(chart);
          chart.binding = kit.bindChart(el, chart.figure, chart.template);
          if (!('unbound' in chart.binding)) kit.repaint(el, chart.binding, chart.template);
        } else bindWhenIdle(chart);
      };
      for (const event of REDRAW_EVENTS) el.on(event, redrawn);
    };
    /** Measures what plotly drew and asks for what the template could not size. */
    const fitAfterDraw = (el: FittedElement, movable: boolean) => {
      placeModebar(el);
      if (movable && !legendBelow) {
        rightLegend.current = widthBesidePlot(el);
        const width = el._fullLayout?.width;
        if (rightLegend.current !== undefined && width !== undefined && legendTooWide(rightLegend.current, width, false)) {
          setLegendBelow(true);
          return;
        }
      }
      if (!movable) rightLegend.current = undefined;
      fitLines(el);
      fitRoom(el, figure);
      fitColumns(el, figure);
    };
    const last = drawn.current;
    clearTimeout(sync.current);
    // A new theme or mode for the same figure: shown in place when only colours differ (see
    // restyle-chart.ts), in this frame; plotly's own state follows once the burst pauses. A
    // colour scale's image (a heatmap) is drawn again by plotly just after the frame that
    // shows everything else, so a page of charts switches mode at once.
    if (last !== undefined && last.figure === figure && last.config === config && (last.theme !== theme || last.mode !== mode)) {
      const outcome = kit.restyleChart(last.chart, kit.sharedTemplate(theme, mode));
      if (outcome !== 'redraw') {
        last.theme = theme;
        last.mode = mode;
        if (outcome === 'image-later') last.imageStale = true;
        sync.current = setTimeout(() => syncState(last.chart), SYNC_MS);
        if (!last.imageStale) return;
        // Printing lays the page out as soon as this returns: the image is drawn again now.
        if (printingNow.current) {
          draw(false);
          return () => {
            current = false;
          };
        }
        let timer: ReturnType<typeof setTimeout> | undefined;
        const frame = requestAnimationFrame(() => (timer = setTimeout(() => draw())));
        return () => {
          current = false;
          cancelAnimationFrame(frame);
          clearTimeout(timer);
        };
      }
    }
    draw();
    return () => {
      current = false;
    };
  }, [ready, config, figure, theme, mode, legendBelow, lines, room, columns]);

  useEffect(() => () => clearTimeout(sync.current), []);

  // plotly's events, bound once the plot exists; handlers come from the latest props.
  useEffect(() => {
    const el = host.current;
    if (!plotly || !el) return;
    return bindGraphEvents(el, () => latest.current, () => (shownWrapped.current ? latest.current.figure.data : undefined));
  }, [plotly]);

  // Follow the container: plotly's own `responsive` only listens to the window.
  useEffect(() => {
    const el = host.current;
    if (!plotly || !el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    /** What plotly's own resize leaves for Graph to fit (see graph-fit.ts). */
    const fitAfterResize = () => {
      placeModebar(el);
      const drawnAt = (el as FittedElement)._fullLayout;
      // Names wrapped for the old width are wrapped again for the new one (a draw).
      const drawnWidth = drawnAt?.width;
      if (drawnWidth !== undefined) setLines((l) => (l === undefined || Math.abs(l.width - drawnWidth) < 1 ? l : { ...l, width: drawnWidth }));
      fitLines(el);
      const last = drawn.current;
      if (last !== undefined) {
        fitRoom(el, last.figure);
        fitColumns(el, last.figure);
      }
    };
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (el.isConnected && el.querySelector('.main-svg')) {
          // A resize is a full redraw: not when the chart already has this size (a
          // ResizeObserver also reports the size it starts with).
          const drawnAt = (el as FittedElement)._fullLayout;
          const same = drawnAt !== undefined && Math.abs(drawnAt.width - el.clientWidth) < 1 && Math.abs(drawnAt.height - el.clientHeight) < 1;
          // plotly.js returns a promise here, though its types say void.
          const resize: (el: HTMLElement) => unknown = (target) => plotly.Plots.resize(target);
          if (!same)
            void Promise.resolve(resize(el))
              // A legend plotly left over the plot at the old size is put back (graph-fit.ts).
              .then(() => (legendAstray(el as FittedElement) ? plotly.redraw(el) : undefined))
              .then(fitAfterResize);
          const legend = rightLegend.current;
          if (legend !== undefined) setLegendBelow((below) => legendTooWide(legend, el.clientWidth, below));
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
    return () => {
      drawn.current = undefined;
      plotly.purge(el);
    };
  }, [plotly]);

  return (
    <div className={cx('dk-Graph', className)} data-fullscreen={on ? 'true' : undefined} style={on ? { ...style, ...OWN_FULLSCREEN } : presenting ? { ...style, ...IN_PRESENTING_CARD } : style}>
      {/* A row of its own: floating, the button would sit under plotly's mode bar. */}
      {expandable && (
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <FullscreenToggle on={on} onToggle={() => setOn(!on)} placement="inline" name={ariaLabel} />
        </div>
      )}
      {error !== undefined && (
        <div role="alert" className="dk-Graph__error">
          This chart could not be drawn: {error}
        </div>
      )}
      {plotly === undefined && error === undefined && (
        // In the theme's colours from the first paint, so the page does not flash while
        // plotly.js (megabytes) arrives.
        <div className="dk-Graph__loading" aria-hidden="true">
          Loading chart…
        </div>
      )}
      <div
        ref={host}
        // A figure, not an img: plotly's mode bar puts buttons inside, and an img has no children.
        role="figure"
        aria-label={ariaLabel}
        aria-busy={plotly ? undefined : true}
        style={{ width: '100%', height: '100%', minHeight: 'inherit', flex: '1 1 auto', display: error === undefined && plotly !== undefined ? undefined : 'none' }}
      />
    </div>
  );
}

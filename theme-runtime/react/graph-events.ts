import type {
  ButtonClickEvent,
  ClickAnnotationEvent,
  FrameAnimationEvent,
  LegendClickEvent,
  PlotHoverEvent,
  PlotMouseEvent,
  PlotRelayoutEvent,
  PlotRestyleEvent,
  PlotSelectionEvent,
  SliderChangeEvent,
  SliderEndEvent,
  SliderStartEvent,
} from 'plotly.js';
import type { PlotlyModule } from './plotly-loader.ts';

/**
 * The plotly.js events Graph forwards, by their prop names as react-plotly.js has them; each
 * prop names its event: `onLegendDoubleClick` → `plotly_legenddoubleclick`.
 */
export const GRAPH_EVENTS = [
  'onAfterPlot',
  'onAnimated',
  'onAutoSize',
  'onBeforeHover',
  'onButtonClicked',
  'onClick',
  'onClickAnnotation',
  'onDeselect',
  'onDoubleClick',
  'onHover',
  'onLegendClick',
  'onLegendDoubleClick',
  'onRelayout',
  'onRelayouting',
  'onRestyle',
  'onSelected',
  'onSelecting',
  'onSliderChange',
  'onSliderEnd',
  'onSliderStart',
  'onUnhover',
  // Every handler prop is listed, and every listed one has its typed handler prop.
] as const satisfies readonly (keyof GraphEventHandlers)[];

/** `onLegendClick` → `plotly_legendclick`. */
export const plotlyEventOf = (prop: GraphEventName): string => `plotly_${prop.slice(2).toLowerCase()}`;

export type GraphEventName = (typeof GRAPH_EVENTS)[number];

// And no handler prop is missing from the list.
type Unlisted = Exclude<keyof GraphEventHandlers, GraphEventName>;
export const ALL_EVENTS_LISTED: Unlisted extends never ? true : never = true;

type Handler<E> = ((event: E) => void) | undefined;

/**
 * Event handlers by prop name, with plotly.js's own event types. A legend click handler may
 * return false to stop plotly's own toggling, as in plotly.js.
 */
export interface GraphEventHandlers {
  /** plotly_afterplot: after each draw. */
  onAfterPlot?: Handler<void>;
  /** plotly_animated: an animation finished. */
  onAnimated?: Handler<FrameAnimationEvent>;
  /** plotly_autosize: the chart resized itself. */
  onAutoSize?: Handler<void>;
  /** plotly_beforehover: before a hover label shows. */
  onBeforeHover?: Handler<PlotMouseEvent>;
  /** plotly_buttonclicked: an updatemenu button was clicked. */
  onButtonClicked?: Handler<ButtonClickEvent>;
  /** plotly_click: a point was clicked (cross-filter here). */
  onClick?: Handler<PlotMouseEvent>;
  /** plotly_clickannotation: an annotation was clicked. */
  onClickAnnotation?: Handler<ClickAnnotationEvent>;
  /** plotly_deselect: the selection was cleared. */
  onDeselect?: Handler<void>;
  /** plotly_doubleclick: the plot was double-clicked (zoom reset). */
  onDoubleClick?: Handler<void>;
  /** plotly_hover: the pointer is over a point. */
  onHover?: Handler<PlotHoverEvent>;
  /** plotly_legendclick: a legend item was clicked; return false to keep the trace shown. */
  onLegendClick?: ((event: LegendClickEvent) => boolean | undefined) | undefined;
  /** plotly_legenddoubleclick: a legend item was double-clicked; return false to stop isolating. */
  onLegendDoubleClick?: ((event: LegendClickEvent) => boolean | undefined) | undefined;
  /** plotly_relayout: zoom, pan or another layout change. */
  onRelayout?: Handler<PlotRelayoutEvent>;
  /** plotly_relayouting: during a zoom or pan drag. */
  onRelayouting?: Handler<PlotRelayoutEvent>;
  /** plotly_restyle: a trace was restyled (legend toggles). */
  onRestyle?: Handler<PlotRestyleEvent>;
  /** plotly_selected: box or lasso selection made. */
  onSelected?: Handler<PlotSelectionEvent>;
  /** plotly_selecting: during a box or lasso selection. */
  onSelecting?: Handler<PlotSelectionEvent>;
  /** plotly_sliderchange: a slider moved. */
  onSliderChange?: Handler<SliderChangeEvent>;
  /** plotly_sliderend: a slider drag ended. */
  onSliderEnd?: Handler<SliderEndEvent>;
  /** plotly_sliderstart: a slider drag started. */
  onSliderStart?: Handler<SliderStartEvent>;
  /** plotly_unhover: the pointer left a point. */
  onUnhover?: Handler<PlotMouseEvent>;
}

/** The div plotly.js draws into, with the methods it adds (`on`, `removeListener`). */
export interface PlotlyElement extends HTMLDivElement {
  on?: (event: string, handler: (event: unknown) => unknown) => void;
  removeListener?: (event: string, handler: (event: unknown) => unknown) => void;
  data?: unknown[];
  layout?: Record<string, unknown>;
}

/**
 * Binds every Graph event once per plot element. Handlers are read from `current()` when an
 * event fires, so a new handler prop (a fresh closure each render) needs no rebinding.
 */
export function bindGraphEvents(el: PlotlyElement, current: () => GraphEventHandlers): () => void {
  const bound = GRAPH_EVENTS.map((prop) => {
    const event = plotlyEventOf(prop);
    const handler = (data: unknown) => (current()[prop] as ((event: unknown) => unknown) | undefined)?.(data);
    el.on?.(event, handler);
    return [event, handler] as const;
  });
  return () => {
    for (const [event, handler] of bound) el.removeListener?.(event, handler);
  };
}

export type { PlotlyModule };

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

/** The plotly.js events Graph forwards, as react-plotly.js names them: prop → plotly event. */
export const GRAPH_EVENTS = {
  onAfterPlot: 'plotly_afterplot',
  onAnimated: 'plotly_animated',
  onAutoSize: 'plotly_autosize',
  onBeforeHover: 'plotly_beforehover',
  onButtonClicked: 'plotly_buttonclicked',
  onClick: 'plotly_click',
  onClickAnnotation: 'plotly_clickannotation',
  onDeselect: 'plotly_deselect',
  onDoubleClick: 'plotly_doubleclick',
  onHover: 'plotly_hover',
  onLegendClick: 'plotly_legendclick',
  onLegendDoubleClick: 'plotly_legenddoubleclick',
  onRelayout: 'plotly_relayout',
  onRelayouting: 'plotly_relayouting',
  onRestyle: 'plotly_restyle',
  onSelected: 'plotly_selected',
  onSelecting: 'plotly_selecting',
  onSliderChange: 'plotly_sliderchange',
  onSliderEnd: 'plotly_sliderend',
  onSliderStart: 'plotly_sliderstart',
  onUnhover: 'plotly_unhover',
  // Every handler prop has its event, and every event its typed handler prop.
} as const satisfies Record<keyof GraphEventHandlers, `plotly_${string}`>;

export type GraphEventName = keyof typeof GRAPH_EVENTS;

type Handler<E> = ((event: E) => void) | undefined;

/**
 * Event handlers by prop name, with plotly.js's own event types. A legend click handler may
 * return false to stop plotly's own toggling, as in plotly.js.
 */
export interface GraphEventHandlers {
  onAfterPlot?: Handler<void>;
  onAnimated?: Handler<FrameAnimationEvent>;
  onAutoSize?: Handler<void>;
  onBeforeHover?: Handler<PlotMouseEvent>;
  onButtonClicked?: Handler<ButtonClickEvent>;
  onClick?: Handler<PlotMouseEvent>;
  onClickAnnotation?: Handler<ClickAnnotationEvent>;
  onDeselect?: Handler<void>;
  onDoubleClick?: Handler<void>;
  onHover?: Handler<PlotHoverEvent>;
  onLegendClick?: ((event: LegendClickEvent) => boolean | undefined) | undefined;
  onLegendDoubleClick?: ((event: LegendClickEvent) => boolean | undefined) | undefined;
  onRelayout?: Handler<PlotRelayoutEvent>;
  onRelayouting?: Handler<PlotRelayoutEvent>;
  onRestyle?: Handler<PlotRestyleEvent>;
  onSelected?: Handler<PlotSelectionEvent>;
  onSelecting?: Handler<PlotSelectionEvent>;
  onSliderChange?: Handler<SliderChangeEvent>;
  onSliderEnd?: Handler<SliderEndEvent>;
  onSliderStart?: Handler<SliderStartEvent>;
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
  const bound = (Object.entries(GRAPH_EVENTS) as [GraphEventName, string][]).map(([prop, event]) => {
    const handler = (data: unknown) => (current()[prop] as ((event: unknown) => unknown) | undefined)?.(data);
    el.on?.(event, handler);
    return [event, handler] as const;
  });
  return () => {
    for (const [event, handler] of bound) el.removeListener?.(event, handler);
  };
}

export type { PlotlyModule };

import type { CSSProperties, Ref } from 'react';
import type { PlotlyFigure } from '../plotly/types.ts';
import type { FullscreenProps } from './fullscreen.ts';
import type { GraphEventHandlers, PlotlyElement } from './graph-events.ts';
import type { PlotlySource } from './plotly-source.ts';

export interface GraphProps extends FullscreenProps, GraphEventHandlers {
  /** A plotly.js figure (or plotly.py's fig.to_json()); the theme's template is applied on top. */
  figure: PlotlyFigure;
  /** plotly.js config; by default responsive, with the mode bar on hover and no logo. */
  config?: Record<string, unknown> | undefined;
  /** Shows a button for presentation mode (full screen) and back. */
  expandable?: boolean | undefined;
  /** On the chart's box; give it a height (default minimum 240 px). */
  style?: CSSProperties | undefined;
  /** Classes of your own on the chart's box; they beat the theme's rules. */
  className?: string | undefined;
  /** What the chart shows, for screen readers; also names its full-screen button. */
  'aria-label'?: string | undefined;
  /** The element plotly.js draws into (for Plotly.toImage, downloadImage, your own listeners). */
  ref?: Ref<PlotlyElement | null> | undefined;
  /**
   * plotly.js to draw with: the module (`import Plotly from 'plotly.js-dist-min'`) or a
   * function loading it. Defaults to the ThemeProvider's `plotly`, else the full strict bundle.
   */
  plotly?: PlotlySource | undefined;
  /** After the first draw, with the figure as plotly holds it and the plot element. */
  onInitialized?: ((figure: PlotlyFigure, element: PlotlyElement) => void) | undefined;
  /** After each later draw. */
  onUpdate?: ((figure: PlotlyFigure, element: PlotlyElement) => void) | undefined;
  /** When plotly.js cannot be loaded or cannot draw the figure (the chart shows why, too). */
  onError?: ((error: Error) => void) | undefined;
}

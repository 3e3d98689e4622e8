// The exported package's core entry (`import … from 'acme-theme'`). Every value was compiled
// from the theme when the package was exported and travels in the JSON files beside this
// one, so importing costs no computation and the code is the same for every theme.
import type { Mode, Theme } from '../model/types.ts';
import { applyTemplate } from '../plotly/apply-template.ts';
import type { PlotlyFigure, PlotlyJson, PlotlyTemplate } from '../plotly/types.ts';
import { COMPONENT_NAMES, type ComponentName, type ComponentProps } from '../props/types.ts';
import props from './component-props.json' with { type: 'json' };
import variables from './css-variables.json' with { type: 'json' };
import { checkMode, type ModePreference } from './mode.ts';
import dark from './plotly-template.dark.json' with { type: 'json' };
import light from './plotly-template.light.json' with { type: 'json' };
import document from './theme.json' with { type: 'json' };

export type { ComponentName, ComponentProps, Mode, ModePreference, PlotlyFigure, PlotlyJson, PlotlyTemplate, Theme };

const { $schema: _schema, ...data } = document;

/** The theme document. */
export const theme: Theme = data;

/** The plotly.js / plotly.py figure template for a mode (a fresh copy each call); `system` follows the browser. */
export function plotlyTemplate(mode: ModePreference = 'light'): PlotlyTemplate {
  return structuredClone(checkMode(mode) === 'dark' ? dark : light);
}

/** A new figure with the theme's template; colours the figure sets itself win. */
export function applyTheme<F extends PlotlyFigure>(figure: F, mode: ModePreference = 'light'): F & { layout: PlotlyJson } {
  return applyTemplate(figure, plotlyTemplate(mode));
}

/** Style props for a component: `{ style, states, parts, below?, print? }`. */
export function componentProps(component: ComponentName, mode: ModePreference = 'light'): ComponentProps {
  const all = props[checkMode(mode)];
  if (!(COMPONENT_NAMES as readonly string[]).includes(component)) {
    throw new TypeError(`unknown component ${component}; one of ${COMPONENT_NAMES.join(', ')}`);
  }
  return structuredClone(all[component]);
}

/** The theme's `--dk-*` custom properties for a mode. */
export function cssVariables(mode: ModePreference = 'light'): Record<string, string> {
  return structuredClone(variables[checkMode(mode)]);
}

// The page bench/switch.ts measures: a dashboard of N charts in the runtime's own Cards,
// switching light ↔ dark through ThemeProvider, the charts drawn by Design Kit's Graph — or,
// for comparison, the way a developer would without it: a useEffect that calls Plotly.react
// with the other mode's template. `?charts=24&kind=kit|naive`; `without=heatmap` leaves a
// kind out; `empty=1` has the cards without charts (what the page itself costs); `vars=0` and
// `layer=0` turn off the provider's CSS variables and cascade layer (what each costs); `pre=1`
// registers the theme's sheet compiled ahead, as an exported package does.
import Plotly from 'plotly.js/dist/plotly-strict.min.js';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../theme-runtime/react/with-compiler.ts';
import { CHARTS } from '../../editor/preview/figures.ts';
import { DEFAULT_THEME } from '../../theme-runtime/model/defaults.ts';
import type { Mode } from '../../theme-runtime/model/types.ts';
import { plotlyTemplate } from '../../theme-runtime/plotly/template.ts';
import type { PlotlyFigure } from '../../theme-runtime/plotly/types.ts';
import { App, Card, Graph, registerPrecompiled, ThemeProvider } from '../../theme-runtime/react/index.ts';
import { compactStylesheet, modeStylesheet, STYLESHEET_LAYER } from '../../theme-runtime/css/stylesheet.ts';
import { variablesStylesheet } from '../../theme-runtime/css/variables.ts';
import { PRECOMPILED_SCOPE } from '../../theme-runtime/react/sheet-compiler.ts';

const params = new URLSearchParams(location.search);
if (params.get('pre') === '1') registerPrecompiled(DEFAULT_THEME, { css: compactStylesheet(modeStylesheet(DEFAULT_THEME, PRECOMPILED_SCOPE) + variablesStylesheet(DEFAULT_THEME, PRECOMPILED_SCOPE, STYLESHEET_LAYER)) });
const count = Number(params.get('charts') ?? 24);
const naive = params.get('kind') === 'naive';
// The dashboard's eight kinds (lines, bars, scatter, pie, heatmap, box, histogram, area) in turn.
// `?without=heatmap` leaves a kind out, to see what each costs.
const without = params.get('without');
const kinds = CHARTS.filter((c) => c.figure.data?.[0]?.['type'] !== without);
const figures = Array.from({ length: count }, (_, i) => kinds[i % kinds.length]?.figure ?? { data: [] });

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 8 } as const;

function NaiveGraph({ figure, mode }: { figure: PlotlyFigure; mode: Mode }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (el.current) void Plotly.react(el.current, figure.data ?? [], { ...figure.layout, template: plotlyTemplate(DEFAULT_THEME, mode) }, { displaylogo: false });
  }, [figure, mode]);
  return <div ref={el} style={{ height: 240 }} />;
}

function Page() {
  const [mode, setMode] = useState<Mode>('light');
  // Clicked by the benchmark, as a person would: a discrete event, rendered at once.
  const toggle = <button type="button" id="toggle" onClick={() => setMode(mode === 'light' ? 'dark' : 'light')}>Toggle mode</button>;
  // The same page either way (provider, cards, the page's own restyle); only the chart component differs.
  const charts = figures.map((figure, i) => (
    <Card key={i}>{params.get('empty') ? <div style={{ height: 240 }} /> : naive ? <NaiveGraph figure={figure} mode={mode} /> : <Graph figure={figure} style={{ height: 240 }} aria-label={`Chart ${i + 1}`} />}</Card>
  ));
  return (
    <ThemeProvider theme={DEFAULT_THEME} mode={mode} plotly={Plotly} cssVariables={params.get('vars') !== '0'} cascadeLayer={params.get('layer') === '0' ? false : undefined}>
      <App>
        {toggle}
        <div style={GRID}>{charts}</div>
      </App>
    </ThemeProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Page />);

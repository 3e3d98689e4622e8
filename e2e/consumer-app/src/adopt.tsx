// A React + Plotly developer's day one: their own plotly.js bundle (plotly.js-dist-min), a
// theme of their own from createTheme, cross-filtering from click events, refs, and their
// own classes and inline styles winning over the theme's.
import Plotly from 'plotly.js-dist-min';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createTheme } from 'acme-theme/create';
import { App, Button, Card, ControlItem, Graph, ThemeProvider, Title, useMode, type PlotlyElement } from 'acme-theme/react-core';
import './adopt.css';

const brand = createTheme({ name: 'Acme override', colors: { light: { accent: '#b3261e' }, dark: { accent: '#ffb4ab' } } });

const figure = {
  data: [{ type: 'bar', name: 'Orders', x: ['North', 'South', 'East'], y: [4, 7, 3] }],
  layout: { margin: { t: 16, r: 16, b: 40, l: 40 } },
};

// Series names longer than a phone's chart is wide: Graph wraps them in its legend, and the
// app's events still carry the names it gave.
const LONG = ['Enterprise subscriptions in North America and Western Europe', 'Self-serve annual plans bought through the partner marketplace'];
const longNames = {
  data: LONG.map((name, i) => ({ type: 'scatter', mode: 'lines+markers', name, x: ['Q1', 'Q2', 'Q3'], y: [3 + i, 5 - i, 4] })),
  layout: { margin: { t: 16, r: 16, b: 40, l: 40 } },
};

function ModeSwitch() {
  const { mode, setMode } = useMode();
  return (
    <Button data-testid="mode" onClick={() => setMode?.(mode === 'light' ? 'dark' : 'light')}>
      {mode}
    </Button>
  );
}

function Page() {
  const [mode, setMode] = useState<'light' | 'dark' | 'system'>('light');
  const [clicked, setClicked] = useState('');
  const [drawnBy, setDrawnBy] = useState('');
  const [series, setSeries] = useState('');
  const graph = useRef<PlotlyElement>(null);
  const card = useRef<HTMLDivElement>(null);
  return (
    <ThemeProvider theme={brand} mode={mode} onModeChange={setMode} plotly={Plotly}>
      <App data-testid="app">
        <Title>Adopted</Title>
        <ModeSwitch />
        <Card ref={card} data-testid="ref-card">
          <Graph
            ref={graph}
            aria-label="Orders by region"
            figure={figure}
            style={{ height: 320 }}
            onClick={(event) => setClicked(String(event.points[0]?.x ?? ''))}
            onInitialized={(_figure, element) => setDrawnBy(`${element === graph.current ? 'ref' : 'other'} ${card.current?.classList.contains('dk-Card') === true ? 'card' : ''}`)}
          />
          <output data-testid="clicked">{clicked}</output>
          <output data-testid="drawn-by">{drawnBy}</output>
        </Card>
        <Card style={{ width: 320 }}>
          <Graph
            aria-label="Plans by quarter"
            figure={longNames}
            style={{ height: 320 }}
            onClick={(event) => setSeries(`click: ${String(event.points[0]?.data.name)}`)}
            onLegendClick={(event) => {
              setSeries(`legend: ${String(event.data[event.curveNumber]?.name)}`);
              return false;
            }}
          />
          <output data-testid="series">{series}</output>
        </Card>
        <Card className="mine" data-testid="class-card">
          A class of the app’s own
        </Card>
        <Card style={{ backgroundColor: 'rgb(0, 0, 255)' }} data-testid="inline-card">
          An inline style
        </Card>
        <Card>
          <ControlItem label="Email me the report" data-testid="check-item">
            <input type="checkbox" />
          </ControlItem>
          <ControlItem label="Opacity" data-testid="range-item">
            <input type="range" />
          </ControlItem>
        </Card>
      </App>
    </ThemeProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Page />);

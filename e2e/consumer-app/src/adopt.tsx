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

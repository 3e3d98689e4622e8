import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { plotlyTemplate } from 'acme-theme';
import { App, Button, Card, Graph, Header, ThemeProvider, Title } from 'acme-theme/react';
import 'acme-theme/fonts';

const figure = {
  data: [
    { type: 'bar', name: 'North', x: ['Q1', 'Q2', 'Q3'], y: [3, 5, 4] },
    { type: 'bar', name: 'South', x: ['Q1', 'Q2', 'Q3'], y: [4, 2, 5] },
    { type: 'bar', name: 'East', x: ['Q1', 'Q2', 'Q3'], y: [2, 4, 3] },
  ],
};

// An app that picks its own colours, which happen to be the light theme's first series and
// card colour: a mode switch must leave them as the app set them.
const light = plotlyTemplate('light').layout;
const pinned = {
  data: [{ type: 'scatter', mode: 'lines+markers', name: 'Target', y: [2, 4, 3], line: { color: light.colorway[0] } }, { type: 'bar', name: 'Actual', y: [1, 3, 2] }],
  layout: { plot_bgcolor: light.paper_bgcolor },
};

function Dashboard() {
  const [mode, setMode] = useState<'light' | 'dark'>('light');
  // Every time plotly draws a chart (its first draw, and any redraw after): a restyle is neither.
  const [draws, setDraws] = useState(0);
  const drawn = () => setDraws((n) => n + 1);
  return (
    <ThemeProvider mode={mode}>
      <App data-testid="app">
        <Header>
          <Title>Sales</Title>
          <Button onClick={() => setMode(mode === 'light' ? 'dark' : 'light')}>Toggle dark mode</Button>
        </Header>
        <Card data-testid="card">
          <Graph aria-label="Sales by quarter" figure={figure} onInitialized={drawn} onUpdate={drawn} />
        </Card>
        <Card>
          <Graph aria-label="Target and actual" figure={pinned} onInitialized={drawn} onUpdate={drawn} />
          <output data-testid="draws">{draws}</output>
        </Card>
        {/* The app's own CSS, on the theme's custom properties. */}
        <p data-testid="own-css" style={{ color: 'var(--dk-accent)', borderBottom: '2px solid var(--dk-border)' }}>
          Updated daily
        </p>
      </App>
    </ThemeProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Dashboard />);

import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App, Button, Card, Graph, Header, ThemeProvider, Title } from 'acme-theme/react';
import 'acme-theme/fonts';

const figure = {
  data: [
    { type: 'bar', name: 'North', x: ['Q1', 'Q2', 'Q3'], y: [3, 5, 4] },
    { type: 'bar', name: 'South', x: ['Q1', 'Q2', 'Q3'], y: [4, 2, 5] },
    { type: 'bar', name: 'East', x: ['Q1', 'Q2', 'Q3'], y: [2, 4, 3] },
  ],
};

function Dashboard() {
  const [mode, setMode] = useState<'light' | 'dark'>('light');
  return (
    <ThemeProvider mode={mode}>
      <App data-testid="app">
        <Header>
          <Title>Sales</Title>
          <Button onClick={() => setMode(mode === 'light' ? 'dark' : 'light')}>Toggle dark mode</Button>
        </Header>
        <Card data-testid="card">
          <Graph aria-label="Sales by quarter" figure={figure} />
        </Card>
      </App>
    </ThemeProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Dashboard />);

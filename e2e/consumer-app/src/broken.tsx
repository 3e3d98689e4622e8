// An app that hands ThemeProvider a broken override (as plain JavaScript could): the page
// must still render, with the default theme and one warning.
import { createRoot } from 'react-dom/client';
import { App, Card, Graph, ThemeProvider, Title, theme } from 'acme-theme/react';

const broken = { ...theme, colors: { ...theme.colors, light: { ...theme.colors.light, accent: 'not a colour' } } };

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <ThemeProvider theme={broken} mode="light">
      <App data-testid="app">
        <Title>Still here</Title>
        <Card data-testid="card">
          <Graph aria-label="Broken theme chart" figure={{ data: [{ type: 'bar', x: ['a', 'b'], y: [1, 2] }] }} style={{ height: 240 }} />
        </Card>
      </App>
    </ThemeProvider>,
  );

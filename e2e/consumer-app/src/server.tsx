// Server rendering, as a Vite SSR app does it: the page's HTML with the theme's stylesheet
// in it, so the first paint is styled before any script runs.
import { renderToString } from 'react-dom/server';
import { App, Card, ControlItem, Graph, ThemeProvider, Title } from 'acme-theme/react';

export function render(mode: 'light' | 'dark'): string {
  return renderToString(
    <ThemeProvider mode={mode}>
      <App data-testid="app">
        <Title>Rendered on the server</Title>
        <Card data-testid="card">
          <ControlItem label="Region">
            <select defaultValue="north">
              <option value="north">North</option>
            </select>
          </ControlItem>
          <Graph aria-label="Server chart" figure={{ data: [{ type: 'bar', x: ['a'], y: [1] }] }} style={{ height: 200 }} />
        </Card>
      </App>
    </ThemeProvider>,
  );
}

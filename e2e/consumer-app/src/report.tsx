import { createRoot } from 'react-dom/client';
import { DataCard, Graph, Page, Report, ThemeProvider } from 'acme-theme/react';

// ?mode=dark shows the report in dark mode; printed, it is on light paper either way.
const mode = new URLSearchParams(window.location.search).get('mode') === 'dark' ? 'dark' : 'light';

function QuarterlyReport() {
  return (
    <ThemeProvider mode={mode}>
      <Report data-testid="report">
        <Page>
          <h1>Quarterly report</h1>
          <p>Revenue grew 8 % over the quarter.</p>
          <DataCard label="Revenue" value="$1.24M" delta="+8.1 %" />
          <Graph
            aria-label="Revenue by region"
            style={{ height: 300 }}
            figure={{ data: [{ type: 'bar', x: ['North', 'South', 'East'], y: [41, 44, 99], name: 'Revenue' }] }}
          />
          {/* A colour scale's image is mode-dependent: printed, it is drawn again in the paper's scale. */}
          <Graph
            aria-label="Activity"
            style={{ height: 260 }}
            figure={{ data: [{ type: 'heatmap', z: [[1, 2, 3, 4], [2, 3, 4, 5], [3, 4, 5, 6]], showscale: false }] }}
          />
        </Page>
        <Page>
          <h2>Regions</h2>
          <p>North led, South lagged.</p>
        </Page>
        <Page>
          <h2>Outlook</h2>
          <p>Steady.</p>
        </Page>
      </Report>
    </ThemeProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<QuarterlyReport />);

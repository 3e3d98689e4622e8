import { createRoot } from 'react-dom/client';
import { Page, Report, ThemeProvider } from 'acme-theme/react';

function QuarterlyReport() {
  return (
    <ThemeProvider mode="light">
      <Report data-testid="report">
        <Page>
          <h1>Quarterly report</h1>
          <p>Revenue grew 8 % over the quarter.</p>
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

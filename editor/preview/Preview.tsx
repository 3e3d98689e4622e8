import { App, Button, Card, Graph, Header, ThemeProvider, Title } from '../../theme-runtime/react/index.ts';
import { useEditor } from '../store/editor-store.ts';
import { REVENUE_FIGURE, USERS_FIGURE } from './figures.ts';

const KPIS = [
  { label: 'Revenue', value: '$1.24M', delta: '+8.1 %' },
  { label: 'Active users', value: '18,402', delta: '+3.4 %' },
  { label: 'Churn', value: '2.1 %', delta: '−0.3 pt' },
];

/** The live preview: the theme rendered by the runtime's own components, as an app gets it. */
export function Preview() {
  const theme = useEditor((s) => s.theme);
  const mode = useEditor((s) => s.mode);
  return (
    <main className="preview" aria-label="Preview">
      <ThemeProvider theme={theme} mode={mode}>
        <App className="preview-app" data-testid="preview-app">
          <Header>
            <Title>Sales overview</Title>
            <span style={{ flex: 1 }} />
            <Button>Refresh</Button>
          </Header>
          <div className="preview-grid">
            {KPIS.map((kpi) => (
              <Card key={kpi.label} data-testid="kpi-card">
                <div style={{ opacity: 0.8 }}>{kpi.label}</div>
                <div style={{ fontSize: '1.75em', fontWeight: 600 }}>{kpi.value}</div>
                <div>{kpi.delta}</div>
              </Card>
            ))}
            <Card className="span-2" data-testid="chart-card">
              <Graph figure={REVENUE_FIGURE} aria-label="Revenue by region, grouped bar chart" style={{ height: 320 }} />
            </Card>
            <Card data-testid="chart-card">
              <Graph figure={USERS_FIGURE} aria-label="Weekly active users, line chart" style={{ height: 320 }} />
            </Card>
          </div>
        </App>
      </ThemeProvider>
    </main>
  );
}

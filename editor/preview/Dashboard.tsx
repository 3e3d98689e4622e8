import { Button, Card, CardHeader, ControlCard, ControlItem, DataCard, Graph, Header, Tag, Title } from '../../theme-runtime/react/index.ts';
import type { PlotlySource } from '../../theme-runtime/react/plotly-source.ts';
import { CHARTS, type PreviewChart } from './figures.ts';
import { plotlyFor } from './preview-plotly.ts';
import { useYourCharts } from './your-charts.ts';

const KPIS = [
  { label: 'Revenue', value: '$1.24M', delta: '+8.1 %' },
  { label: 'Active users', value: '18,402', delta: '+3.4 %' },
  { label: 'Churn', value: '2.1 %', delta: '−0.3 pt' },
  { label: 'Avg. order', value: '$84', delta: '−1.2 %' },
];

/** A pasted figure may need the full plotly.js bundle (`plotly`); the samples draw with the preview's. */
function ChartCard({ chart, plotly }: { chart: PreviewChart; plotly?: PlotlySource | undefined }) {
  return (
    <Card expandable data-testid="chart-card" aria-label={chart.title}>
      <CardHeader>{chart.title}</CardHeader>
      <Graph figure={chart.figure} plotly={plotly} aria-label={chart.description} style={{ height: 280 }} />
    </Card>
  );
}

/**
 * A sales dashboard: header, a filter bar, KPIs and eight kinds of chart. The grid decides
 * columns from the width it has (editor.css, `.dash-*`), so at 1280 px every plot keeps
 * 300 px or more, and at phone width everything stacks; the filters sit in a bar above the
 * content rather than a column that would leave an empty strip beside the charts.
 */
export function Dashboard() {
  // The person's own pasted figures come first, drawn like every other chart.
  const yours = useYourCharts((s) => s.charts);
  return (
    <>
      <Header>
        <Title>Sales overview</Title>
        <Tag>Q2 2026</Tag>
        <span style={{ flex: 1 }} />
        <Button>Refresh</Button>
      </Header>
      <div className="dash">
        <ControlCard title="Filters" className="dash-filters" aria-label="Filters">
          <div className="dash-filter-items">
            <ControlItem label="Region">
              <select defaultValue="all">
                <option value="all">All regions</option>
                <option value="north">North</option>
                <option value="south">South</option>
              </select>
            </ControlItem>
            <ControlItem label="Period">
              <select defaultValue="q2">
                <option value="q1">Q1 2026</option>
                <option value="q2">Q2 2026</option>
              </select>
            </ControlItem>
            <Button>Apply</Button>
          </div>
        </ControlCard>
        <div className="dash-kpis" data-testid="kpi-row">
          {KPIS.map((k) => (
            <div key={k.label} data-testid="kpi-block">
              <DataCard label={k.label} value={k.value} delta={k.delta} />
            </div>
          ))}
        </div>
        <div className="dash-charts">
          {yours.map((c) => (
            <ChartCard key={c.id} chart={{ id: c.id, title: c.title, description: `Your chart: ${c.title}`, figure: c.figure }} plotly={plotlyFor(c.figure)} />
          ))}
          {CHARTS.map((chart) => (
            <ChartCard key={chart.id} chart={chart} />
          ))}
        </div>
      </div>
    </>
  );
}

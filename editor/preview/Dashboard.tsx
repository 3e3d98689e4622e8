import { Block, Button, Card, CardHeader, ControlCard, ControlItem, DataCard, Graph, Header, Row, Sidebar, Tag, Title } from '../../theme-runtime/react/index.ts';
import { CHARTS, type PreviewChart } from './figures.ts';

const KPIS = [
  { label: 'Revenue', value: '$1.24M', delta: '+8.1 %' },
  { label: 'Active users', value: '18,402', delta: '+3.4 %' },
  { label: 'Churn', value: '2.1 %', delta: '−0.3 pt' },
  { label: 'Avg. order', value: '$84', delta: '−1.2 %' },
];

function ChartCard({ chart }: { chart: PreviewChart }) {
  return (
    <Card expandable data-testid="chart-card" aria-label={chart.title}>
      <CardHeader>{chart.title}</CardHeader>
      <Graph figure={chart.figure} aria-label={chart.description} style={{ height: 280 }} />
    </Card>
  );
}

/** A sales dashboard: header, filters in a sidebar, KPIs, and eight kinds of chart. */
export function Dashboard() {
  const pairs = [0, 2, 4, 6].map((i) => CHARTS.slice(i, i + 2));
  return (
    <>
      <Header>
        <Title>Sales overview</Title>
        <Tag>Q2 2026</Tag>
        <span style={{ flex: 1 }} />
        <Button>Refresh</Button>
      </Header>
      <Row style={{ gap: 0, flexWrap: 'nowrap', alignItems: 'stretch' }}>
        <Sidebar aria-label="Filters">
          <ControlCard title="Filters">
            <ControlItem label="Region">
              <select defaultValue="all">
                <option value="all">All regions</option>
                <option value="north">North</option>
                <option value="south">South</option>
              </select>
            </ControlItem>
            <ControlItem label="Period" hint="Weeks start on Monday">
              <select defaultValue="q2">
                <option value="q1">Q1 2026</option>
                <option value="q2">Q2 2026</option>
              </select>
            </ControlItem>
            <Button>Apply</Button>
          </ControlCard>
        </Sidebar>
        <Block style={{ padding: 16, minWidth: 0 }}>
          <Row data-testid="kpi-row">
            {KPIS.map((k) => (
              <Block key={k.label} data-testid="kpi-block">
                <DataCard expandable label={k.label} value={k.value} delta={k.delta} />
              </Block>
            ))}
          </Row>
          {pairs.map((pair) => (
            <Row key={pair[0]?.id}>
              {pair.map((chart) => (
                <Block key={chart.id}>
                  <ChartCard chart={chart} />
                </Block>
              ))}
            </Row>
          ))}
        </Block>
      </Row>
    </>
  );
}

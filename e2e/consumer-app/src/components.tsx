import { createRoot } from 'react-dom/client';
import {
  App, Block, Button, Card, CardFooter, CardHeader, ControlCard, ControlItem, DataCard, Graph, Header, Notification, Page, Report, Row, Sidebar, Table, Tabs, Tag, ThemeProvider, Title,
} from 'acme-theme/react';

const rows = [
  { region: 'North', revenue: 1200, growth: '+4 %' },
  { region: 'South', revenue: 950, growth: '−2 %' },
  { region: 'East', revenue: 1430, growth: '+9 %' },
];

function Sheet() {
  return (
    <ThemeProvider mode="system">
      <App data-testid="app">
        <Header>
          <Title>Components</Title>
          <Tag>beta</Tag>
        </Header>
        <div style={{ display: 'flex' }}>
          <Sidebar aria-label="Filters">
            <ControlCard title="Filters">
              <ControlItem label="Region" hint="Where the sale was booked">
                <select defaultValue="all">
                  <option value="all">All</option>
                  <option value="north">North</option>
                </select>
              </ControlItem>
            </ControlCard>
          </Sidebar>
          <main style={{ flex: 1, padding: 16 }}>
            <Row data-testid="row">
              <Block data-testid="block">
                <DataCard label="Revenue" value="$1.2M" delta="+8.1 %" data-testid="kpi-up" />
              </Block>
              <Block data-testid="block">
                <DataCard label="Churn" value="2.1 %" delta="−0.3 pt" data-testid="kpi-down" />
              </Block>
              <Block data-testid="block">
                <Card expandable data-testid="expandable-card">
                  <CardHeader>Orders</CardHeader>
                  <Graph aria-label="Orders" figure={{ data: [{ type: 'scatter', y: [1, 3, 2] }] }} style={{ height: 200 }} />
                  <CardFooter>Updated hourly</CardFooter>
                </Card>
              </Block>
            </Row>
            <div data-testid="graph-box" style={{ width: 600 }}>
              <Graph expandable aria-label="Resizable" figure={{ data: [{ type: 'bar', x: ['a', 'b'], y: [2, 3] }] }} style={{ height: 240 }} />
            </div>
            <Tabs
              label="Views"
              items={[
                { value: 'table', label: 'Table', content: <Table caption="Revenue by region" columns={[{ key: 'region', label: 'Region' }, { key: 'revenue', label: 'Revenue', numeric: true }, { key: 'growth', label: 'Growth' }]} rows={rows} /> },
                { value: 'notes', label: 'Notes', content: <Notification tone="warning" title="Heads up">Figures are provisional.</Notification> },
                { value: 'help', label: 'Help', content: <Button>Contact us</Button> },
              ]}
            />
            <Report data-testid="report">
              <Page>
                <h2>Quarterly report</h2>
                <p>First page.</p>
              </Page>
              <Page>
                <p>Second page.</p>
              </Page>
            </Report>
          </main>
        </div>
      </App>
    </ThemeProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Sheet />);

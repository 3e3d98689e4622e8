import { Button, Card, CardFooter, CardHeader, ControlItem, DataCard, Notification, Row, Block, Table, Tabs, Tag, Title } from '../../theme-runtime/react/index.ts';

const rows = [
  { name: 'Acme Corp', plan: 'Enterprise', seats: 240, mrr: '$12,400' },
  { name: 'Globex', plan: 'Team', seats: 35, mrr: '$1,750' },
  { name: 'Initech', plan: 'Team', seats: 18, mrr: '$900' },
  { name: 'Umbrella', plan: 'Enterprise', seats: 410, mrr: '$20,500' },
];

/** Every component in its states, for checking the details of a theme. */
export function ComponentsSheet() {
  return (
    <div style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Title>Components</Title>
      <Card>
        <CardHeader>Buttons and tags</CardHeader>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
          <Button>Primary action</Button>
          <Button disabled>Disabled</Button>
          <Tag>Draft</Tag>
          <Tag selected>Selected</Tag>
        </div>
      </Card>
      <Card>
        <CardHeader>Tabs</CardHeader>
        <Tabs
          label="Sample tabs"
          items={[
            { value: 'overview', label: 'Overview', content: <p>Tabs move with the arrow keys.</p> },
            { value: 'details', label: 'Details', content: <p>The selected tab wears the accent.</p> },
            { value: 'archive', label: 'Archive', content: <p>Old data.</p>, disabled: true },
          ]}
        />
      </Card>
      <Card>
        <CardHeader>Table</CardHeader>
        <Table caption="Customers" columns={[{ key: 'name', label: 'Customer' }, { key: 'plan', label: 'Plan' }, { key: 'seats', label: 'Seats', numeric: true }, { key: 'mrr', label: 'MRR', numeric: true }]} rows={rows} selected={(_, i) => i === 1} />
        <CardFooter>Updated hourly</CardFooter>
      </Card>
      <Row>
        {([['info', 'Info'], ['success', 'Success'], ['warning', 'Warning'], ['error', 'Error']] as const).map(([tone, title]) => (
          <Block key={tone}>
            <Notification tone={tone} title={title}>
              {tone === 'info' || tone === 'error' ? 'An' : 'A'} {tone} message.
            </Notification>
          </Block>
        ))}
      </Row>
      <Row>
        <Block>
          <DataCard label="Conversion" value="3.8 %" delta="+0.4 pt" />
        </Block>
        <Block>
          <DataCard label="Refunds" value="$2,140" delta="−12 %" />
        </Block>
        <Block>
          <Card>
            <ControlItem label="Search customers" hint="Name or domain">
              <input type="search" placeholder="acme" />
            </ControlItem>
          </Card>
        </Block>
      </Row>
    </div>
  );
}

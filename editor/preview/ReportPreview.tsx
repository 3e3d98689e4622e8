import { Graph, Page, Report, Table, Title } from '../../theme-runtime/react/index.ts';
import { REPORT_FIGURE } from './figures.ts';
import { REGIONS, revenueByRegion } from './sample-data.ts';

const rows = REGIONS.map((region, i) => ({ region, ...Object.fromEntries(revenueByRegion().map((p) => [p.product, p.values[i] ?? 0])) }));

/** A print-ready report: two A4 pages, as the Report and Page components lay them out. */
export function ReportPreview() {
  return (
    <Report>
      <Page>
        <Title>Quarterly sales report</Title>
        <p>Revenue grew in four of five regions. East led on analytics; Central on support contracts.</p>
        <Graph figure={REPORT_FIGURE} aria-label="Revenue by region, grouped bar chart (report)" style={{ height: 320 }} />
      </Page>
      <Page>
        <h2 style={{ marginTop: 0 }}>Revenue by region and product (k$)</h2>
        <Table
          columns={[{ key: 'region', label: 'Region' }, ...revenueByRegion().map((p) => ({ key: p.product, label: p.product, numeric: true }))]}
          rows={rows}
        />
      </Page>
    </Report>
  );
}

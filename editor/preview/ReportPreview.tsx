import type { ReactNode } from 'react';
import type { PlotlyFigure } from '../../theme-runtime/index.ts';
import { DataCard, Graph, Page, Report, Table, Title } from '../../theme-runtime/react/index.ts';
import { CHARTS } from './figures.ts';
import { REGIONS, revenueByRegion, topAccounts } from './sample-data.ts';

const figure = (id: string): PlotlyFigure => CHARTS.find((c) => c.id === id)?.figure ?? { data: [] };

const KPIS = [
  { label: 'Revenue', value: '$1.24M', delta: '+8.1 %' },
  { label: 'Active users', value: '18,402', delta: '+3.4 %' },
  { label: 'Churn', value: '2.1 %', delta: '−0.3 pt' },
  { label: 'Avg. order', value: '$84', delta: '−1.2 %' },
];

const money = (k: number) => `$${k.toLocaleString('en-US')}k`;
const percent = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toFixed(1)} %`;

const ACCOUNT_COLUMNS = [
  { key: 'account', label: 'Account' },
  { key: 'region', label: 'Region' },
  { key: 'product', label: 'Main product' },
  { key: 'revenue', label: 'Revenue', numeric: true, render: (row: { revenue: number }) => money(row.revenue) },
  { key: 'growth', label: 'vs Q1', numeric: true, render: (row: { growth: number }) => percent(row.growth) },
];

/** A chart with its numbered caption under it, as a report figure. */
function Figure({ n, caption, label, figure: fig, height = 260 }: { n: number; caption: ReactNode; label: string; figure: PlotlyFigure; height?: number }) {
  return (
    <figure className="report-figure">
      <Graph figure={fig} aria-label={label} style={{ height, minHeight: height }} />
      <figcaption className="report-caption dk-Page__caption">
        <strong>Figure {n}.</strong> {caption}
      </figcaption>
    </figure>
  );
}

/**
 * The sample report: a title block and an executive summary with KPIs, two pages of
 * findings with five charts of four kinds, and an appendix whose table runs onto a second
 * sheet (its header repeats there). Built only from the package's own Report, Page, Title,
 * DataCard, Graph and Table, so it prints as an app's report would.
 */
export function ReportPreview() {
  const regionRows = REGIONS.map((region, i) => ({ region, ...Object.fromEntries(revenueByRegion().map((p) => [p.product, p.values[i] ?? 0])) }));
  return (
    <Report>
      <Page data-testid="report-page">
        <header className="report-title-block">
          <p className="report-eyebrow">Quarterly business review · Q2 2026</p>
          <Title>Sales and product usage</Title>
          <p className="report-lede">Revenue grew 8 % on the quarter, carried by analytics in the East and support contracts in Central; usage kept pace on every platform.</p>
          <p className="report-meta">Prepared by Revenue Analytics · 1 July 2026</p>
        </header>
        <section aria-labelledby="summary">
          <h2 id="summary" className="report-h2">Executive summary</h2>
          <div className="report-kpis">
            {KPIS.map((k) => (
              <DataCard key={k.label} label={k.label} value={k.value} delta={k.delta} />
            ))}
          </div>
          <p>
            Four of five regions grew. East led on analytics, where two new enterprise accounts went live in May; Central’s support renewals
            more than offset a softer Storage quarter.<sup>1</sup> Churn fell for the third quarter running, while the average order dipped as
            smaller accounts joined through self-serve checkout.
          </p>
        </section>
        <Figure n={1} figure={figure('revenue')} label="Revenue by region and product, grouped bar chart" caption="Revenue by region and product, Q2 2026 (k$)." height={330} />
        <p className="report-footnote dk-Page__footnote">
          <sup>1</sup> Support renewals are booked in the quarter they start; multi-year contracts count once.
        </p>
      </Page>

      <Page data-testid="report-page">
        <h2 className="report-h2">Growth</h2>
        <p>Weekly active users rose on all three platforms. iOS grew fastest after the April release; web stays the largest by a wide margin.</p>
        <Figure n={2} figure={figure('users')} label="Weekly active users by platform, line chart" caption="Weekly active users by platform, January–June 2026." height={330} />
        <div className="report-columns">
          <Figure n={3} figure={figure('channels')} label="Share of orders by channel, donut chart" caption="Share of orders by channel." height={300} />
          <div>
            <h3 className="report-h3">Where orders come from</h3>
            <p>Direct and search bring two thirds of all orders. Social doubled its share since Q1 but converts at half the rate of email.</p>
            <p>Partners stay small (7 %) but their orders are the largest on average.<sup>2</sup></p>
          </div>
        </div>
        <p className="report-footnote dk-Page__footnote">
          <sup>2</sup> Channel is the last touch before checkout; orders with no known source count as Direct.
        </p>
      </Page>

      <Page data-testid="report-page">
        <h2 className="report-h2">Operations</h2>
        <p>Checkout stayed fastest and steadiest. Accounts has the widest spread: a few slow sign-ins at the start of each month pull its tail out.</p>
        <Figure n={4} figure={figure('latency')} label="Response times by service, box plot" caption="Response time by service (ms), median and quartiles; points are outliers." height={340} />
        <p>Demand falls with price in every segment, most steeply for public-sector buyers, who also hold the lowest-priced contracts.</p>
        <Figure n={5} figure={figure('demand')} label="Demand against price by segment, scatter plot" caption="Weekly demand against list price, by customer segment." height={340} />
      </Page>

      <Page data-testid="report-page">
        <h2 className="report-h2">Appendix: accounts and regions</h2>
        <Table
          className="report-table"
          caption="Table 1. Revenue by region and product (k$)"
          columns={[{ key: 'region', label: 'Region' }, ...revenueByRegion().map((p) => ({ key: p.product, label: p.product, numeric: true }))]}
          rows={regionRows}
        />
        <Table className="report-table" caption="Table 2. The forty largest accounts, Q2 2026" columns={ACCOUNT_COLUMNS} rows={topAccounts()} />
        <p className="report-footnote dk-Page__footnote">Revenue is net of discounts and credits; growth compares with the same account’s Q1 revenue.</p>
      </Page>
    </Report>
  );
}

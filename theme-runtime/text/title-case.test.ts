import { describe, expect, it } from 'vitest';
import { titleCase } from './title-case.ts';

// Expected values follow the Chicago Manual of Style's headline style (8.159–8.161): major
// words capitalised, articles, coordinating conjunctions and short prepositions lowercase
// inside the title, first and last word always capitalised; plus what a data app's titles
// need, which CSS `text-transform: capitalize` gets wrong (the first rows are the issue's).
const CASES: [string, string][] = [
  ['response time (ms)', 'Response Time (ms)'],
  ['revenue by region (k$)', 'Revenue by Region (k$)'],
  ['sessions on iOS', 'Sessions on iOS'],
  ['weekly active users', 'Weekly Active Users'],
  ['orders by channel', 'Orders by Channel'],
  ['price and demand', 'Price and Demand'],
  ['the state of the art', 'The State of the Art'],
  ['what to look for', 'What to Look For'],
  ['API latency p95', 'API Latency p95'],
  ['revenue per user in 2026', 'Revenue per User in 2026'],
  ['McKinsey and eBay results', 'McKinsey and eBay Results'],
  ['year-over-year growth', 'Year-over-Year Growth'],
  ['temperature (°C) over time', 'Temperature (°C) over Time'],
  ['latency in ms by service', 'Latency in ms by Service'],
  ['costs: a breakdown', 'Costs: A Breakdown'],
  ['Q2 2026 sales', 'Q2 2026 Sales'],
  ['traffic from www.example.com', 'Traffic from www.example.com'],
  ['“quoted” words, kept', '“Quoted” Words, Kept'],
  ['share of GDP (%)', 'Share of GDP (%)'],
  ['  spaces   stay  ', '  Spaces   Stay  '],
  ['revenue (in millions of $)', 'Revenue (in millions of $)'],
  ['NASA vs. ESA budgets', 'NASA vs. ESA Budgets'],
  ['a tale of two cities', 'A Tale of Two Cities'],
  ['', ''],
  ['churn', 'Churn'],
  ['users on android and iOS', 'Users on Android and iOS'],
];

describe('titleCase', () => {
  it.each(CASES)('%j → %j', (input, expected) => {
    expect(titleCase(input)).toBe(expected);
  });

  it('leaves a title that is already in title case as it is', () => {
    for (const [, expected] of CASES) expect(titleCase(expected)).toBe(expected);
  });
});

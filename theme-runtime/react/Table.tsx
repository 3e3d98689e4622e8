import { useId, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from './class-names.ts';
import { useHiddenSides } from './side-scroll.ts';

export interface TableColumn<Row> {
  key: string;
  label: ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean | undefined;
  /** How to show a row's value; default: the row's `key` property as text. */
  render?: ((row: Row) => ReactNode) | undefined;
}

export interface TableProps<Row> extends Omit<HTMLAttributes<HTMLTableElement>, 'children'> {
  /** The columns, in order: each a `key` into the rows, a `label`, and optionally `numeric` and `render`. */
  columns: TableColumn<Row>[];
  /** The data, one object per row. */
  rows: Row[];
  /** The table's title, read first by screen readers. */
  caption?: ReactNode | undefined;
  /** Which rows are selected (by index); they get the theme's selected style and aria-selected. */
  selected?: ((row: Row, index: number) => boolean) | undefined;
  /** A stable key per row for React (default: its index). */
  rowKey?: ((row: Row, index: number) => string | number) | undefined;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/**
 * A themed data table with striped rows, a distinct header and aligned numbers. Wider than
 * its container (five columns on a phone), it scrolls sideways inside its own box rather
 * than pushing the page wider: the box then fades at each side with more beyond it and is
 * a named region the keyboard reaches and scrolls with the arrow keys (Chromium and Firefox
 * make scrollers focusable, Safari does not). The caption sits above the box, so it neither
 * scrolls away nor fades. Printed, the table is whole again.
 */
export function Table<Row extends Record<string, unknown>>({ className, columns, rows, caption, selected, rowKey, ...rest }: TableProps<Row>) {
  const { ref, sides } = useHiddenSides();
  const captionId = useId();
  // The region takes the table's name: its caption, else what the app named the table by.
  const labelledBy = caption === undefined ? rest['aria-labelledby'] : captionId;
  const named = labelledBy === undefined ? { 'aria-label': rest['aria-label'] ?? 'Table' } : { 'aria-labelledby': labelledBy };
  // Only a box that scrolls is a tab stop: one per table would be noise.
  const region = sides === undefined ? {} : { tabIndex: 0, role: 'region', ...named };
  const table = (
    <div ref={ref} className="dk-Table__scroll" data-more={sides} {...region}>
      <table {...rest} className={cx('dk-Table', className)} aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="dk-Table__headerCell" style={c.numeric === true ? { textAlign: 'right' } : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey?.(row, i) ?? i} className="dk-Table__row" aria-selected={selected?.(row, i) ?? undefined}>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric === true ? 'dk-Table__numericCell' : 'dk-Table__cell'}>
                  {c.render ? c.render(row) : cellText(row[c.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  if (caption === undefined) return table;
  return (
    <div className="dk-Table__frame">
      {/* Not a <caption>: inside the table it would scroll sideways with it, out of view. */}
      <div id={captionId} className="dk-Table__caption">
        {caption}
      </div>
      {table}
    </div>
  );
}

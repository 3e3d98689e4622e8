import { YourCharts } from './YourCharts.tsx';
import { DASH_STYLES, MARKER_SYMBOLS, type Theme } from '../../theme-runtime/index.ts';
import { withChart } from '../../theme-runtime/model/edit.ts';
import { useEditor } from '../store/editor-store.ts';
import { NumberField, SelectField } from './fields.tsx';

/** Chart settings: gridlines, line and marker sizes, legend, and the symbol/dash cycles. */
export function ChartsPanel() {
  // Only the chart settings: a colour drag does not re-render this panel.
  const c = useEditor((s) => s.theme.chart);
  const update = useEditor((s) => s.update);
  const set = (patch: Partial<Theme['chart']>) => update((t) => withChart(t, patch));
  const toggle = <T extends string>(list: readonly T[], item: T): T[] => (list.includes(item) ? (list.length > 1 ? list.filter((x) => x !== item) : [...list]) : [...list, item]);
  return (
    <section className="panel-section" aria-labelledby="charts-heading">
      <h2 className="panel-heading" id="charts-heading">
        Charts
      </h2>
      <div className="field-grid">
        <SelectField label="Gridlines" value={c.gridlines} options={[['both', 'Both axes'], ['y', 'Horizontal only'], ['x', 'Vertical only'], ['none', 'None']]} onChange={(gridlines) => set({ gridlines })} />
        <SelectField label="Legend" value={c.legendPosition} options={[['top', 'Top'], ['bottom', 'Bottom'], ['right', 'Right'], ['hidden', 'Hidden']]} onChange={(legendPosition) => set({ legendPosition })} />
        <NumberField label="Line width" value={c.lineWidth} min={0.5} max={10} step={0.5} unit="px" onChange={(lineWidth) => set({ lineWidth })} />
        <NumberField label="Marker size" value={c.markerSize} min={2} max={30} unit="px" onChange={(markerSize) => set({ markerSize })} />
      </div>
      <fieldset className="chips">
        <legend>Marker symbols, cycled across series</legend>
        {MARKER_SYMBOLS.slice(0, 12).map((symbol) => (
          <label key={symbol} className="chip">
            <input type="checkbox" checked={c.symbols.includes(symbol)} onChange={() => set({ symbols: toggle(c.symbols, symbol) })} />
            {symbol}
          </label>
        ))}
      </fieldset>
      <fieldset className="chips">
        <legend>Line dashes, cycled across series</legend>
        {DASH_STYLES.map((dash) => (
          <label key={dash} className="chip">
            <input type="checkbox" checked={c.dashes.includes(dash)} onChange={() => set({ dashes: toggle(c.dashes, dash) })} />
            {dash}
          </label>
        ))}
      </fieldset>
      <YourCharts />
    </section>
  );
}

import { useDeferredValue, useState } from 'react';
import { checkColorscale, resolveColor, resolveTheme, simulateCvd, suggestColorscale, type Deficiency } from '../../theme-runtime/index.ts';
import { useEditor } from '../store/editor-store.ts';
import { ColorField } from './ColorField.tsx';

type Kind = 'sequential' | 'diverging';
const VISIONS: [Deficiency | 'normal', string][] = [
  ['normal', 'Normal'],
  ['protan', 'Protan'],
  ['deutan', 'Deutan'],
  ['tritan', 'Tritan'],
  ['achroma', 'Greyscale'],
];

const gradient = (colors: string[]) => `linear-gradient(to right, ${colors.join(', ')})`;

function ScaleEditor({ kind }: { kind: Kind }) {
  const theme = useDeferredValue(useEditor((s) => s.theme));
  const mode = useEditor((s) => s.mode);
  const edit = useEditor((s) => s.edit);
  const endGesture = useEditor((s) => s.endGesture);
  const [midpoint, setMidpoint] = useState<'light' | 'dark'>('light');
  const base = theme.scales[kind];
  const own = theme.scales[mode]?.[kind];
  const resolved = resolveTheme(theme, mode).scales[kind];
  const report = checkColorscale(resolved, kind);
  // A mode with its own scale edits that; otherwise the shared scale, unless this mode draws
  // it turned round (dark plot areas): then an edit pins this mode's own scale, so stop i is
  // the stop the person sees, never its mirror.
  const roles = theme.colors[mode];
  const drawnAsWritten = resolved.every((c, i) => c === resolveColor(base[i] ?? '', roles));
  const stops = own ?? (drawnAsWritten ? base : resolved);
  const withModeScale = (next: string[] | undefined) => {
    const { [kind]: _old, ...rest } = theme.scales[mode] ?? {};
    const modeScales = next === undefined ? rest : { ...rest, [kind]: next };
    const { [mode]: _mode, ...scales } = theme.scales;
    return { ...theme, scales: { ...scales, ...(Object.keys(modeScales).length > 0 ? { [mode]: modeScales } : {}) } };
  };
  const setStops = (next: string[], gesture?: string) =>
    edit(own !== undefined || !drawnAsWritten ? withModeScale(next) : { ...theme, scales: { ...theme.scales, [kind]: next } }, gesture);
  const name = kind === 'sequential' ? 'Sequential' : 'Diverging';

  return (
    <div className="scale" data-path={`/scales/${kind}`} tabIndex={-1}>
      <h3 className="scale-title">{name} scale</h3>
      {VISIONS.map(([vision, label]) => (
        <div className="scale-row" key={vision}>
          <span className="cvd-label">{label}</span>
          <span
            className="scale-bar"
            role="img"
            aria-label={`${name} scale as ${label.toLowerCase()} vision sees it`}
            style={{ background: gradient(vision === 'normal' ? resolved : resolved.map((c) => simulateCvd(c, vision))) }}
          />
        </div>
      ))}
      <p className={`cvd-verdict ${report.pass ? 'ok' : 'bad'}`} role="status" data-testid={`${kind}-verdict`}>
        {report.pass ? `✓ ${kind === 'sequential' ? 'Lightness runs one way' : `Clear ${report.midpoint ?? ''} middle`}; ends distinct in every vision` : `⚠ ${report.problems.join('; ')}`}
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            // A suggestion replaces the shared scale; each mode orients it again.
            const next = withModeScale(undefined);
            edit({ ...next, scales: { ...next.scales, [kind]: suggestColorscale(theme.colors.light.accent, kind, kind === 'diverging' ? { midpoint } : {}) } });
          }}
          title="A perceptually even scale from the accent's hue"
        >
          Suggest {kind} from accent
        </button>
        {kind === 'diverging' && (
          <select aria-label="Diverging middle" value={midpoint} onChange={(e) => setMidpoint(e.target.value === 'dark' ? 'dark' : 'light')}>
            <option value="light">Light middle</option>
            <option value="dark">Dark middle</option>
          </select>
        )}
        <button type="button" onClick={() => setStops([...stops].reverse())}>
          Reverse
        </button>
      </div>
      <label className="check-row">
        <input type="checkbox" checked={own !== undefined} onChange={(e) => edit(withModeScale(e.target.checked ? [...resolved] : undefined))} />
        Own scale for {mode} mode{own === undefined ? ` (now derived${drawnAsWritten ? '' : ', turned for this plot area'})` : ''}
      </label>
      <details>
        <summary>Edit the {stops.length} stops</summary>
        {resolved.map((color, i) => (
          <ColorField
            key={i}
            label={`${name} stop ${i + 1}`}
            value={color}
            onChange={(c, live) => setStops(stops.map((s, j) => (j === i ? c : s)), live ? `scale:${kind}:${i}` : undefined)}
            onCommit={endGesture}
          />
        ))}
      </details>
    </div>
  );
}

/** Sequential and diverging colour scales: heatmaps, choropleths, colour bars. */
export function ScalesPanel() {
  return (
    <section className="panel-section" aria-labelledby="scales-heading">
      <h2 className="panel-heading" id="scales-heading">
        Colour scales
      </h2>
      <ScaleEditor kind="sequential" />
      <ScaleEditor kind="diverging" />
    </section>
  );
}

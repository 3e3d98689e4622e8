import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { checkColorscale, resolveColor, simulateCvd, suggestColorscale, type Deficiency, type Mode, type Theme } from '../../theme-runtime/index.ts';
import { resolveScale } from '../../theme-runtime/model/resolve.ts';
import { useShallow } from 'zustand/react/shallow';
import { useEditor } from '../store/editor-store.ts';
import { ColorField } from './ColorField.tsx';
import { usePacedValue } from '../ui/use-paced-value.ts';

type Kind = 'sequential' | 'diverging';
const VISIONS: [Deficiency | 'normal', string][] = [
  ['normal', 'Normal'],
  ['protan', 'Protan'],
  ['deutan', 'Deutan'],
  ['tritan', 'Tritan'],
  ['achroma', 'Greyscale'],
];

const gradient = (colors: string[]) => `linear-gradient(to right, ${colors.join(', ')})`;

/** `theme` with `mode`'s own `kind` scale set, or (undefined) dropped so the mode derives it again. */
function withModeScale(theme: Theme, mode: Mode, kind: Kind, next: string[] | undefined): Theme {
  const { [kind]: _old, ...rest } = theme.scales[mode] ?? {};
  const modeScales = next === undefined ? rest : { ...rest, [kind]: next };
  const { [mode]: _mode, ...scales } = theme.scales;
  return { ...theme, scales: { ...scales, ...(Object.keys(modeScales).length > 0 ? { [mode]: modeScales } : {}) } };
}

function ScaleEditor({ kind }: { kind: Kind }) {
  // The controls show the theme as it is now (a click shows at once); the pictures and the
  // verdict below may trail a drag by a frame.
  const scales = useEditor((s) => s.theme.scales);
  const mode = useEditor((s) => s.mode);
  // The scale as this mode draws it, compared colour by colour: a drag of a role the scale
  // does not use leaves this editor, its bars and its check alone.
  const resolved = useEditor(useShallow((s) => resolveScale(s.theme.scales, s.mode, kind, s.theme.colors[s.mode])));
  // A mode with its own scale edits that; otherwise the shared scale, unless this mode draws
  // it turned round (dark plot areas): then an edit pins this mode's own scale, so stop i is
  // the stop the person sees, never its mirror.
  const drawnAsWritten = useEditor((s) => resolveScale(s.theme.scales, s.mode, kind, s.theme.colors[s.mode]).every((c, i) => c === resolveColor(s.theme.scales[kind][i] ?? '', s.theme.colors[s.mode])));
  const accent = useEditor((s) => s.theme.colors.light.accent);
  const update = useEditor((s) => s.update);
  const endGesture = useEditor((s) => s.endGesture);
  const [midpoint, setMidpoint] = useState<'light' | 'dark'>('light');
  const [stopsOpen, setStopsOpen] = useState(false);
  const base = scales[kind];
  const own = scales[mode]?.[kind];
  // The bars follow a drag of this scale's stops frame by frame, of a colour it uses at the checks' pace.
  const shown = usePacedValue(resolved, `scale:${kind}:`);
  const report = useMemo(() => checkColorscale(shown, kind), [shown, kind]);
  // The scale as each vision sees it: recomputed when the (deferred) scale changes, not on every render.
  const bars = useMemo(() => VISIONS.map(([vision]) => gradient(vision === 'normal' ? shown : shown.map((c) => simulateCvd(c, vision)))), [shown]);
  const stops = own ?? (drawnAsWritten ? base : resolved);
  const setStops = (next: string[], gesture?: string) =>
    update((t) => (own !== undefined || !drawnAsWritten ? withModeScale(t, mode, kind, next) : { ...t, scales: { ...t.scales, [kind]: next } }), gesture);
  const name = kind === 'sequential' ? 'Sequential' : 'Diverging';
  // The stops' fields take a callback that never changes (the latest stops behind it), so a
  // drag elsewhere that re-renders this editor does not re-render every stop's picker.
  const latest = useRef({ stops, setStops });
  useLayoutEffect(() => {
    latest.current = { stops, setStops };
  });
  const setStop = useCallback(
    (i: number, c: string, live: boolean) => latest.current.setStops(latest.current.stops.map((s, j) => (j === i ? c : s)), live ? `scale:${kind}:${i}` : undefined),
    [kind],
  );

  return (
    <div className="scale" data-path={`/scales/${kind}`} tabIndex={-1}>
      <h3 className="scale-title">{name} scale</h3>
      {VISIONS.map(([vision, label], i) => (
        <div className="scale-row" key={vision}>
          <span className="cvd-label">{label}</span>
          <span
            className="scale-bar"
            role="img"
            aria-label={`${name} scale as ${label.toLowerCase()} vision sees it`}
            style={{ background: bars[i] }}
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
            const suggested = suggestColorscale(accent, kind, kind === 'diverging' ? { midpoint } : {});
            update((t) => {
              const next = withModeScale(t, mode, kind, undefined);
              return { ...next, scales: { ...next.scales, [kind]: suggested } };
            });
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
        <input type="checkbox" checked={own !== undefined} onChange={(e) => {
            const pin = e.target.checked ? [...resolved] : undefined;
            update((t) => withModeScale(t, mode, kind, pin));
          }} />
        Own scale for {mode} mode{own === undefined ? ` (now derived${drawnAsWritten ? '' : ', turned for this plot area'})` : ''}
      </label>
      {/* The stops' fields exist while they show: closed, a Plot background drag (which turns
          every stop for the plot area) rendered seven hidden pickers a step. */}
      <details open={stopsOpen} onToggle={(e) => setStopsOpen(e.currentTarget.open)}>
        <summary>Edit the {stops.length} stops</summary>
        {stopsOpen && resolved.map((color, i) => <StopField key={i} index={i} label={`${name} stop ${i + 1}`} value={color} onStop={setStop} onCommit={endGesture} />)}
      </details>
    </div>
  );
}

interface StopFieldProps {
  index: number;
  label: string;
  value: string;
  onStop: (index: number, color: string, live: boolean) => void;
  onCommit: () => void;
}

/** One stop's field, memoised: it re-renders when its colour does. */
const StopField = memo(function StopField({ index, label, value, onStop, onCommit }: StopFieldProps) {
  return <ColorField label={label} value={value} onChange={(c, live) => onStop(index, c, live)} onCommit={onCommit} />;
});

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

import type { Deficiency } from '../../theme-runtime/index.ts';
import type { PanelColorway } from '../checks/panel-checks.ts';

const ROWS: { key: 'normal' | Deficiency; label: string }[] = [
  { key: 'normal', label: 'Normal vision' },
  { key: 'protan', label: 'Protan (red-blind)' },
  { key: 'deutan', label: 'Deutan (green-blind)' },
  { key: 'tritan', label: 'Tritan (blue-blind)' },
  { key: 'achroma', label: 'Greyscale' },
];

/** The colorway as each kind of colour vision sees it, with the pairs that run together marked. */
export function CvdView({ colors, report }: { colors: readonly string[]; report: PanelColorway }) {
  // Each pair once, at the vision that sees it closest (a pair close for anyone is close for colour-blind readers too).
  const flaggedPairs = report.worstPairs.filter((p) => p.level !== 'distinct');
  const confusable = flaggedPairs.filter((p) => p.level === 'confusable');
  const close = flaggedPairs.filter((p) => p.level === 'close');
  const tone = confusable.length > 0 ? 'bad' : close.length > 0 ? 'warn' : 'ok';
  const verdict =
    confusable.length > 0
      ? `${confusable.length} pair${confusable.length === 1 ? '' : 's'} hard to tell apart`
      : close.length > 0
        ? `${close.length} close pair${close.length === 1 ? '' : 's'}: apart on bars, close on thin lines`
        : 'Distinguishable for protan, deutan and tritan vision';
  const problems = flaggedPairs.map((p) => `${p.vision} ${p.pair[0] + 1} & ${p.pair[1] + 1} (ΔE00 ${p.distance.toFixed(1)})`);
  return (
    <div className="cvd" aria-label="Colour-vision check">
      <p className={`cvd-verdict ${tone}`} role="status" data-testid="cvd-verdict">
        {tone === 'ok' ? '✓ ' : '⚠ '}
        {verdict}
      </p>
      {ROWS.map(({ key, label }) => {
        const seen = key === 'normal' ? colors : report.simulated[key];
        const failing = key === 'normal' ? report.normal.failingPairs : report.deficiencies[key].failingPairs;
        const flagged = new Set(failing.flat());
        return (
          <div className={`cvd-row${key === 'achroma' ? ' advisory' : ''}`} key={key}>
            <span className="cvd-label">{key === 'achroma' ? `${label} (advice)` : label}</span>
            <span className="cvd-swatches" role="list" aria-label={label}>
              {seen.map((c, i) => (
                <span
                  key={i}
                  role="listitem"
                  className={`cvd-swatch${flagged.has(i) ? ' flagged' : ''}`}
                  style={{ background: c }}
                  title={`${i + 1}: ${c}${flagged.has(i) ? ' — too close to another series' : ''}`}
                  aria-label={`Series ${i + 1}${flagged.has(i) ? ', too close to another' : ''}`}
                >
                  {i + 1}
                </span>
              ))}
            </span>
          </div>
        );
      })}
      {problems.length > 0 && <p className="field-hint">Marked pairs: {problems.join('; ')}. Confusable below 6, close below 10 (cols4all’s line); marker symbols and dashes still keep lines apart.</p>}
    </div>
  );
}

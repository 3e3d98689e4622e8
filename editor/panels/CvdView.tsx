import type { ColorwayReport, Deficiency } from '../../theme-runtime/index.ts';

const ROWS: { key: 'normal' | Deficiency; label: string }[] = [
  { key: 'normal', label: 'Normal vision' },
  { key: 'protan', label: 'Protan (red-blind)' },
  { key: 'deutan', label: 'Deutan (green-blind)' },
  { key: 'tritan', label: 'Tritan (blue-blind)' },
  { key: 'achroma', label: 'Greyscale' },
];

/** The colorway as each kind of colour vision sees it, with the pairs that run together marked. */
export function CvdView({ colors, report }: { colors: string[]; report: ColorwayReport }) {
  const problems = (['protan', 'deutan', 'tritan'] as const).flatMap((d) => report.deficiencies[d].failingPairs.map(([i, j]) => `${d}: ${i + 1} & ${j + 1}`));
  const verdict = report.safe ? 'Distinguishable for protan, deutan and tritan vision' : `${problems.length} pair${problems.length === 1 ? '' : 's'} hard to tell apart`;
  return (
    <div className="cvd" aria-label="Colour-vision check">
      <p className={`cvd-verdict ${report.safe ? 'ok' : 'bad'}`} role="status" data-testid="cvd-verdict">
        {report.safe ? '✓ ' : '⚠ '}
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
      {problems.length > 0 && <p className="field-hint">Marked pairs: {problems.join('; ')}. Marker symbols and dashes still keep lines apart.</p>}
    </div>
  );
}

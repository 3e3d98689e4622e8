import { useState } from 'react';
import type { TextCheck } from '../../theme-runtime/index.ts';

const truncate2 = (n: number) => (Math.floor(n * 100) / 100).toFixed(2);
const levelText = (check: TextCheck) => (check.level === 'fail' ? 'Fails AA' : check.level);

/**
 * A role's worst text pairing: WCAG ratio and level, APCA Lc, what it was measured on, and a
 * one-click fix when it fails AA. A fix that would change a surface the brand owns (the
 * accent fill) asks first: the person decides whether the brand colour moves.
 */
export function ContrastBadge({ check, onFix, other }: { check: TextCheck; onFix: (color: string) => void; other?: TextCheck | undefined }) {
  const [asking, setAsking] = useState(false);
  const suggestion = check.suggestion;
  const fill = check.fixes === 'background';
  return (
    <span className="contrast">
      <span className={`badge badge-${check.level}`} title={`${check.label}: ${truncate2(check.ratio)}:1 on ${check.on} (${check.background}), WCAG 2; APCA Lc ${check.apca.toFixed(0)}`}>
        {truncate2(check.ratio)}:1 on {check.on} · {levelText(check)} · Lc {Math.abs(check.apca).toFixed(0)}
      </span>
      {other !== undefined && (
        <span className={`badge badge-other badge-${other.level}`} title={`In the other mode: ${other.label}, ${truncate2(other.ratio)}:1 on ${other.on}`}>
          other mode {levelText(other)}
        </span>
      )}
      {check.level === 'fail' && suggestion !== undefined && !asking && (
        <button
          type="button"
          className="fix"
          aria-label={`Fix contrast: ${check.label}, measured on ${check.on}`}
          title={fill ? `The text here is black or white already; only the fill can change. Asks before using ${suggestion}.` : `Use ${suggestion}, the nearest colour of this hue that reaches AA on ${check.on} (${check.background})`}
          onClick={() => (fill ? setAsking(true) : onFix(suggestion))}
        >
          Fix
        </button>
      )}
      {asking && suggestion !== undefined && (
        <span className="fix-confirm" role="group" aria-label="Change the brand fill?">
          <span>
            Change the brand fill to <code>{suggestion}</code>?
          </span>
          <button
            type="button"
            className="fix-confirm-go"
            onClick={() => {
              setAsking(false);
              onFix(suggestion);
            }}
          >
            Change fill
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Keep brand
          </button>
        </span>
      )}
    </span>
  );
}

import type { TextCheck } from '../../theme-runtime/index.ts';

const truncate2 = (n: number) => (Math.floor(n * 100) / 100).toFixed(2);

/**
 * A role's worst text pairing: WCAG ratio and level, APCA Lc, and a one-click fix when it
 * fails AA. The label says in words what the colours say.
 */
export function ContrastBadge({ check, onFix }: { check: TextCheck; onFix: (color: string) => void }) {
  const level = check.level === 'fail' ? 'Fails AA' : check.level;
  return (
    <span className="contrast">
      <span className={`badge badge-${check.level}`} title={`${check.label}: ${truncate2(check.ratio)}:1 (WCAG 2), APCA Lc ${check.apca.toFixed(0)}`}>
        {truncate2(check.ratio)}:1 · {level} · Lc {Math.abs(check.apca).toFixed(0)}
      </span>
      {check.level === 'fail' && check.suggestion !== undefined && (
        <button type="button" className="fix" aria-label={`Fix contrast: ${check.label}`} title={`Use ${check.suggestion}, the nearest colour of this hue that reaches AA`} onClick={() => onFix(check.suggestion ?? '')}>
          Fix
        </button>
      )}
    </span>
  );
}

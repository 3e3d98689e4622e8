import { memo, useMemo } from 'react';
import { COLOR_ROLES, OPTIONAL_ROLE_DESCRIPTIONS, resolveTheme, ROLE_DESCRIPTIONS, type ColorRole, type Mode, type TextCheck } from '../../theme-runtime/index.ts';
import { ROLE_LABELS } from './role-labels.ts';
import { useChecks } from '../checks/checks.ts';
import { useEditor } from '../store/editor-store.ts';
import { ColorField } from './ColorField.tsx';
import { ContrastBadge } from './ContrastBadge.tsx';
import { usePacedValue } from '../ui/use-paced-value.ts';

/** The names tests and screen readers use ("Accent", "Background", "Text" …). */

type FieldRole = ColorRole | 'accentText';

/** For each role, the text check that matters most for it: the lowest ratio it takes part in. */
function worstChecks(text: TextCheck[]): Partial<Record<FieldRole, TextCheck>> {
  const worst: Partial<Record<FieldRole, TextCheck>> = {};
  for (const check of text) {
    const role = check.path.split('/').at(-1) as FieldRole;
    const current = worst[role];
    if (current === undefined || check.ratio < current.ratio) worst[role] = check;
  }
  return worst;
}

export function ColorsPanel() {
  const mode = useEditor((s) => s.mode);
  const colors = useEditor((s) => s.theme.colors[s.mode]);
  // Contrast badges trail a drag by up to a tenth of a second (checks.ts); the preview comes first.
  const other = mode === 'light' ? 'dark' : 'light';
  const report = useChecks();
  const checks = useMemo(() => worstChecks(report[mode].text), [report, mode]);
  const otherChecks = useMemo(() => worstChecks(report[other].text), [report, other]);
  // Derived from the accent, it follows an Accent drag at the checks' pace (ui/use-paced-value.ts).
  const accentText = usePacedValue(
    useEditor((s) => resolveTheme(s.theme, s.mode).colors.accentText),
    `color:${mode}:accentText`,
  );
  const accentTextSet = colors.accentText !== undefined;

  const field = (role: FieldRole, label: string, value: string, description: string, accentTextIs?: AccentTextSource) => (
    <RoleField key={`${mode}-${role}`} role={role} mode={mode} label={label} value={value} description={description} check={checks[role]} other={otherChecks[role]} accentTextIs={accentTextIs} />
  );
  const accentTextIs: AccentTextSource = accentTextSet ? 'set' : accentText === colors.accent ? 'accent' : 'derived';

  return (
    <section className="panel-section" aria-labelledby="colors-heading">
      <h2 className="panel-heading" id="colors-heading">
        Colours · {mode} mode
      </h2>
      {COLOR_ROLES.map((role) => {
        const node = field(role, ROLE_LABELS[role], colors[role], ROLE_DESCRIPTIONS[role]);
        if (role !== 'accent') return node;
        return [node, field('accentText', 'Accent text', accentText, OPTIONAL_ROLE_DESCRIPTIONS.accentText, accentTextIs)];
      })}
    </section>
  );
}

interface RoleFieldProps {
  role: FieldRole;
  mode: Mode;
  label: string;
  value: string;
  description: string;
  /** This role's worst text check in the mode shown, and in the other mode. */
  check: TextCheck | undefined;
  other: TextCheck | undefined;
  /** Accent text's field only: where its colour comes from. */
  accentTextIs?: AccentTextSource | undefined;
}

/** Accent text is set, or derived from the accent — as the accent itself or a contrasting text. */
type AccentTextSource = 'set' | 'accent' | 'derived';

/**
 * Two checks that read the same: each report is a new object (it comes from the checks
 * worker), and a field whose check says what it said renders nothing new.
 */
function sameCheck(a: TextCheck | undefined, b: TextCheck | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  // Every field of a check is a string, number or boolean.
  const keys = Object.keys(a) as (keyof TextCheck)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

const sameField = (a: RoleFieldProps, b: RoleFieldProps) =>
  a.role === b.role && a.mode === b.mode && a.label === b.label && a.value === b.value && a.description === b.description && a.accentTextIs === b.accentTextIs && sameCheck(a.check, b.check) && sameCheck(a.other, b.other);

/**
 * One role's field. Memoised on plain values and what the checks say: a drag re-renders the
 * field being dragged and those whose checks it changes, not all of them.
 */
const RoleField = memo(function RoleField({ role, mode, label, value, description, check, other, accentTextIs }: RoleFieldProps) {
  const setRole = useEditor((s) => s.setRole);
  const endGesture = useEditor((s) => s.endGesture);
  const resetAccentText = useEditor((s) => s.resetAccentText);
  return (
    <ColorField
      label={label}
      value={value}
      description={description}
      onChange={(color, live) => setRole(role, color, live ? `color:${mode}:${role}` : undefined)}
      onCommit={endGesture}
      path={`/colors/${mode}/${role}`}
      adornment={
        <>
          {check && <ContrastBadge check={check} other={other} onFix={(color) => setRole(role, color)} />}
          {accentTextIs === 'set' && (
            <button type="button" className="link-button" onClick={resetAccentText}>
              Derive from accent
            </button>
          )}
          {accentTextIs !== undefined && accentTextIs !== 'set' && <span className="linked">{accentTextIs === 'accent' ? 'Same as Accent' : 'Derived from Accent'}</span>}
        </>
      }
    />
  );
}, sameField);

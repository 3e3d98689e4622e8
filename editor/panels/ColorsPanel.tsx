import { useDeferredValue, useMemo } from 'react';
import { checkTheme, COLOR_ROLES, ROLE_DESCRIPTIONS, type ColorRole, type TextCheck } from '../../theme-runtime/index.ts';
import { useEditor } from '../store/editor-store.ts';
import { ColorField } from './ColorField.tsx';
import { ContrastBadge } from './ContrastBadge.tsx';

/** The names tests and screen readers use ("Accent", "Background", "Text" …). */
export const ROLE_LABELS: Record<ColorRole, string> = {
  accent: 'Accent',
  accentPositive: 'Positive',
  accentNegative: 'Negative',
  accentWarning: 'Warning',
  backgroundPage: 'Page background',
  backgroundContent: 'Background',
  plotBackground: 'Plot background',
  text: 'Text',
  heading: 'Headings',
  subtleText: 'Subtle text',
  border: 'Border',
  grid: 'Grid',
};

/** For each role, the text check that matters most for it: the lowest ratio it takes part in. */
function worstChecks(text: TextCheck[]): Partial<Record<ColorRole, TextCheck>> {
  const worst: Partial<Record<ColorRole, TextCheck>> = {};
  for (const check of text) {
    const role = check.path.split('/').at(-1) as ColorRole;
    const current = worst[role];
    if (current === undefined || check.ratio < current.ratio) worst[role] = check;
  }
  return worst;
}

export function ColorsPanel() {
  const mode = useEditor((s) => s.mode);
  const colors = useEditor((s) => s.theme.colors[s.mode]);
  // Contrast badges may trail a drag by a frame; the preview comes first.
  const theme = useDeferredValue(useEditor((s) => s.theme));
  const setRole = useEditor((s) => s.setRole);
  const endGesture = useEditor((s) => s.endGesture);
  const checks = useMemo(() => worstChecks(checkTheme(theme)[mode].text), [theme, mode]);

  return (
    <section className="panel-section" aria-labelledby="colors-heading">
      <h2 className="panel-heading" id="colors-heading">
        Colours · {mode} mode
      </h2>
      {COLOR_ROLES.map((role) => {
        const check = checks[role];
        return (
          <ColorField
            key={`${mode}-${role}`}
            label={ROLE_LABELS[role]}
            value={colors[role]}
            description={ROLE_DESCRIPTIONS[role]}
            onChange={(color, live) => setRole(role, color, live ? `color:${mode}:${role}` : undefined)}
            onCommit={endGesture}
            path={`/colors/${mode}/${role}`}
            adornment={check && <ContrastBadge check={check} onFix={(color) => setRole(role, color)} />}
          />
        );
      })}
    </section>
  );
}

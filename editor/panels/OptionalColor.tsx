import { OPTIONAL_ROLE_DESCRIPTIONS, resolveTheme, type OptionalColorRole } from '../../theme-runtime/index.ts';
import { useEditor } from '../store/editor-store.ts';
import { ColorField } from './ColorField.tsx';
import { usePacedSelector } from '../ui/use-paced-value.ts';

/**
 * A colour a theme may leave to derive (a component's own colour): shows what it is now,
 * set or derived, and "Use derived" once set. Findings about it lead here by its path.
 */
export function OptionalColor({ role, label }: { role: OptionalColorRole; label: string }) {
  const mode = useEditor((s) => s.mode);
  // Strings only, so a drag elsewhere re-renders this field only when its colour changes.
  const set = useEditor((s) => s.theme.colors[s.mode][role] !== undefined);
  // A derived colour follows a drag of the roles it derives from at the checks' pace, and its
  // own drag frame by frame (ui/use-paced-value.ts): its picker is a dozen components.
  const value = usePacedSelector((s) => resolveTheme(s.theme, s.mode).colors[role], `color:${mode}:${role}`);
  const setRole = useEditor((s) => s.setRole);
  const resetRole = useEditor((s) => s.resetRole);
  const endGesture = useEditor((s) => s.endGesture);
  return (
    <ColorField
      key={`${mode}-${role}`}
      label={label}
      value={value}
      description={OPTIONAL_ROLE_DESCRIPTIONS[role]}
      onChange={(color, live) => setRole(role, color, live ? `color:${mode}:${role}` : undefined)}
      onCommit={endGesture}
      path={`/colors/${mode}/${role}`}
      adornment={
        set ? (
          <button type="button" className="link-button" onClick={() => resetRole(role)}>
            Use derived
          </button>
        ) : (
          <span className="linked">derived</span>
        )
      }
    />
  );
}

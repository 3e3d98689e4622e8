import { useDeferredValue, useMemo, useState } from 'react';
import { checkColorway, resolveTheme, roleOfRef, suggestColorway, type ColorwayReport } from '../../theme-runtime/index.ts';
import { useEditor } from '../store/editor-store.ts';
import { ColorField } from './ColorField.tsx';
import { COLORWAY_MAX, COLORWAY_MIN, moveEntry, removeEntry } from './colorway-edits.ts';
import { ROLE_LABELS } from './ColorsPanel.tsx';
import { ColorwayStrip } from './ColorwayStrip.tsx';
import { CvdView } from './CvdView.tsx';
import { SavedColorways } from './SavedColorways.tsx';
import { useReorder } from './use-reorder.ts';

/** Series any check flags: too close to another for some colour vision, or too faint on the plot. */
function flaggedIndices(report: ColorwayReport): Set<number> {
  const pairs = [report.normal, report.deficiencies.protan, report.deficiencies.deutan, report.deficiencies.tritan].flatMap((c) => c.failingPairs);
  return new Set([...pairs.flat(), ...(report.contrast?.failing ?? [])]);
}

export function ColorwayPanel() {
  const theme = useEditor((s) => s.theme);
  const mode = useEditor((s) => s.mode);
  const setColorway = useEditor((s) => s.setColorway);
  const endGesture = useEditor((s) => s.endGesture);
  const [asList, setAsList] = useState(false);
  const resolved = resolveTheme(theme, mode);
  // The colour-vision check may trail a drag by a frame; the preview comes first.
  const deferred = useDeferredValue(resolved);
  const report = useMemo(() => checkColorway(deferred.colorway, { background: deferred.colors.plotBackground }), [deferred]);
  const colorway = theme.colorway;

  const set = (index: number, color: string, live: boolean) =>
    setColorway(
      colorway.map((c, i) => (i === index ? color : c)),
      live ? `colorway:${index}` : undefined,
    );
  const move = (from: number, to: number) => setColorway(moveEntry(colorway, from, to));
  const { dragging, itemProps } = useReorder(colorway.length, move, 'column');

  const add = () => {
    // The colour that stays clearest of those already there, for both modes' plot areas.
    const [, next] = suggestColorway(theme.colors.light.accent, {
      count: 2,
      avoid: [...resolveTheme(theme, 'light').colorway, ...resolveTheme(theme, 'dark').colorway],
      backgrounds: { light: theme.colors.light.plotBackground, dark: theme.colors.dark.plotBackground },
    });
    if (next !== undefined) setColorway([...colorway, next]);
  };

  const suggest = () => {
    const suggestion = suggestColorway(theme.colors.light.accent, {
      count: Math.min(8, Math.max(colorway.length, COLORWAY_MIN)),
      backgrounds: { light: theme.colors.light.plotBackground, dark: theme.colors.dark.plotBackground },
      avoid: [theme.colors.dark.accent],
    });
    setColorway(['{accent}', ...suggestion.slice(1)]);
  };

  return (
    <section className="panel-section" aria-labelledby="colorway-heading">
      <h2 className="panel-heading" id="colorway-heading">
        Colorway · {colorway.length} series
      </h2>
      {!asList && (
        <ColorwayStrip
          entries={colorway}
          colors={resolved.colorway}
          flagged={flaggedIndices(report)}
          onChange={set}
          onCommit={endGesture}
          onMove={move}
        />
      )}
      {asList && (
        <ol className="colorway-list" id="colorway-list">
          {colorway.map((entry, i) => {
            const role = roleOfRef(entry);
            return (
              <li
                key={i}
                className={`colorway-item${dragging === i ? ' dragging' : ''}`}
                {...itemProps(i)}
              >
                <span className="drag-handle" aria-hidden="true" title="Drag to reorder (or Alt+↑/↓)">
                  ⋮⋮
                </span>
                <ColorField
                  label={`Colorway colour ${i + 1}`}
                  value={resolved.colorway[i] ?? '#000000'}
                  onChange={(color, live) => set(i, color, live)}
                  onCommit={endGesture}
                  path={`/colorway/${i}`}
                  adornment={role !== undefined && <span className="linked">follows {ROLE_LABELS[role]}</span>}
                />
                <span className="row-actions">
                  <button type="button" aria-label={`Move colour ${i + 1} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Move colour ${i + 1} down`} disabled={i === colorway.length - 1} onClick={() => move(i, i + 1)}>
                    ↓
                  </button>
                  <button type="button" aria-label={`Remove colour ${i + 1}`} disabled={colorway.length <= COLORWAY_MIN} onClick={() => setColorway(removeEntry(colorway, i))}>
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="button-row">
        <button type="button" onClick={add} disabled={colorway.length >= COLORWAY_MAX}>
          Add colour
        </button>
        <button type="button" aria-expanded={asList} aria-controls={asList ? 'colorway-list' : undefined} onClick={() => setAsList(!asList)}>
          {asList ? 'Show as strip' : 'Edit as list'}
        </button>
        <button type="button" onClick={suggest} title="A colorway from the accent that stays distinct for colour-blind readers and stands out on both plot backgrounds">
          Suggest from accent
        </button>
      </div>
      <CvdView colors={deferred.colorway} report={report} />
      <SavedColorways />
    </section>
  );
}

import { memo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { resolveColor, resolveTheme, roleOfRef, suggestSeries, type ColorRef, type ColorRole, type Mode } from '../../theme-runtime/index.ts';
import { useChecks } from '../checks/checks.ts';
import type { PanelColorway } from '../checks/panel-checks.ts';
import { useEditor } from '../store/editor-store.ts';
import { ColorField } from './ColorField.tsx';
import { COLORWAY_MAX, COLORWAY_MIN, moveEntry, removeEntry, seriesGesture } from './colorway-edits.ts';
import { ROLE_LABELS } from './role-labels.ts';
import { ColorwayModes } from './ColorwayModes.tsx';
import { ColorwayOptions } from './ColorwayOptions.tsx';
import { ColorwayStrip } from './ColorwayStrip.tsx';
import { CvdView } from './CvdView.tsx';
import { SavedColorways } from './SavedColorways.tsx';
import { useReorder } from './use-reorder.ts';
import { usePacedValue } from '../ui/use-paced-value.ts';

const NONE_PINNED: readonly (ColorRef | null)[] = [];
const StillCvdView = memo(CvdView);
const StillSavedColorways = memo(SavedColorways);

/** Series any check flags: too close to another for some colour vision, or too faint on the plot. */
function flaggedIndices(report: PanelColorway): Set<number> {
  const pairs = [report.normal, report.deficiencies.protan, report.deficiencies.deutan, report.deficiencies.tritan].flatMap((c) => c.failingPairs);
  return new Set([...pairs.flat(), ...(report.contrast?.failing ?? [])]);
}

export function ColorwayPanel() {
  // What this panel shows, not the whole theme: a drag of a page or text colour leaves the
  // colorway, its strips and its colour-vision rows alone (bench:preview counts the renders).
  const colorway = useEditor((s) => s.theme.colorway);
  const pinned = useEditor((s) => s.theme.colorwayOverrides?.[s.mode]) ?? NONE_PINNED;
  const shown = useEditor(useShallow((s) => resolveTheme(s.theme, s.mode).colorway));
  const mode = useEditor((s) => s.mode);
  const setSeries = useEditor((s) => s.setSeries);
  const rearrange = useEditor((s) => s.rearrangeColorway);
  const replaceColorway = useEditor((s) => s.replaceColorway);
  const showToast = useEditor((s) => s.showToast);
  const endGesture = useEditor((s) => s.endGesture);
  const [asList, setAsList] = useState(false);
  const [options, setOptions] = useState(false);
  // The colour-vision rows follow a series drag in the deferred render, a drag of anything else
  // at the checks' pace (checks.ts); the strip and the preview come first.
  const deferredShown = usePacedValue(shown, 'colorway:');
  const report = useChecks()[mode].colorway;
  const identity = colorway.map((_, i) => i);

  const set = (index: number, color: string, live: boolean) => setSeries(index, color, live ? seriesGesture(mode, index) : undefined);
  const move = (from: number, to: number) => rearrange(moveEntry(colorway, from, to), moveEntry(identity, from, to));
  const remove = (index: number) => rearrange(removeEntry(colorway, index), removeEntry(identity, index));
  const { dragging, itemProps } = useReorder(colorway.length, move, 'column');
  // The buttons read the theme when pressed, so the panel need not render on every edit.
  const seriesOptions = () => {
    const { light, dark } = useEditor.getState().theme.colors;
    return { backgrounds: { light: light.plotBackground, dark: dark.plotBackground }, reserved: [light.accentNegative, light.accentPositive, dark.accentNegative, dark.accentPositive] };
  };

  const add = () => {
    // The series that stays clearest of those already there, in both modes' variants.
    const { light } = useEditor.getState().theme.colors;
    const existing = colorway.slice(1).map((ref) => resolveColor(ref, light));
    const { series } = suggestSeries(light.accent, { ...seriesOptions(), count: colorway.length + 1, include: existing });
    const next = series.at(-1);
    if (next !== undefined) rearrange([...colorway, next], [...identity, undefined]);
  };

  const suggest = () => {
    const { series } = suggestSeries(useEditor.getState().theme.colors.light.accent, { ...seriesOptions(), count: Math.min(8, Math.max(colorway.length, COLORWAY_MIN)) });
    replaceColorway(['{accent}', ...series.slice(1)]);
  };

  return (
    <section className="panel-section" aria-labelledby="colorway-heading">
      <h2 className="panel-heading" id="colorway-heading">
        Colorway · {colorway.length} series · {mode} mode
      </h2>
      <p className="field-hint">
        {mode === 'light'
          ? 'Series as light mode draws them; dark mode lifts each a step, same hue. Editing here changes the series.'
          : 'Series as dark mode draws them, lifted from the light ones. Editing here pins a colour for dark mode only.'}
      </p>
      {!asList && (
        <ColorwayStrip
          entries={colorway}
          colors={shown}
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
                <SeriesField index={i} value={shown[i] ?? '#000000'} role={role} pinned={pinned[i] != null} mode={mode} />
                <span className="row-actions">
                  <button type="button" aria-label={`Move colour ${i + 1} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Move colour ${i + 1} down`} disabled={i === colorway.length - 1} onClick={() => move(i, i + 1)}>
                    ↓
                  </button>
                  <button type="button" aria-label={`Remove colour ${i + 1}`} disabled={colorway.length <= COLORWAY_MIN} onClick={() => remove(i)}>
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
        <button type="button" onClick={suggest} title="A balanced colorway from the accent, distinct for colour-blind readers, drawn for each mode's plot area">
          Suggest from accent
        </button>
        <button type="button" aria-expanded={options} aria-controls={options ? 'colorway-options' : undefined} onClick={() => setOptions(!options)}>
          {options ? 'Fewer options' : 'More options'}
        </button>
      </div>
      {options && (
        <div id="colorway-options">
          <ColorwayOptions
            count={Math.min(8, Math.max(colorway.length, COLORWAY_MIN))}
            onUse={(series, variant) => {
              replaceColorway(series);
              showToast({ title: `Colorway: the ${variant} suggestion`, details: ['Undo (Ctrl+Z) brings the previous one back.'] });
            }}
          />
        </div>
      )}
      <ColorwayModes />
      <StillCvdView colors={deferredShown} report={report} />
      <StillSavedColorways />
    </section>
  );
}

interface SeriesFieldProps {
  index: number;
  /** The series' colour as this mode draws it. */
  value: string;
  /** The role the entry follows ({accent} …), if it is one. */
  role: ColorRole | undefined;
  /** Set for this mode only (dark mode's own colour). */
  pinned: boolean;
  mode: Mode;
}

/**
 * One series' field in the list, on plain values and the store's actions (which never
 * change): a drag of one series, or of the accent the first follows, renders that field, not
 * every field of the list (bench:preview counts the renders).
 */
const SeriesField = memo(function SeriesField({ index, value, role, pinned, mode }: SeriesFieldProps) {
  const setSeries = useEditor((s) => s.setSeries);
  const resetSeries = useEditor((s) => s.resetSeries);
  const endGesture = useEditor((s) => s.endGesture);
  return (
    <ColorField
      label={`Colorway colour ${index + 1}`}
      value={value}
      onChange={(color, live) => setSeries(index, color, live ? seriesGesture(mode, index) : undefined)}
      onCommit={endGesture}
      path={`/colorway/${index}`}
      adornment={<SeriesNote role={role} pinned={pinned} mode={mode} onReset={() => resetSeries(index)} />}
    />
  );
});

/** Where a series' colour in this mode comes from, and the way back to the derived one. */
function SeriesNote({ role, pinned, mode, onReset }: { role: ColorRole | undefined; pinned: boolean; mode: Mode; onReset: () => void }) {
  if (pinned) {
    return (
      <span className="linked">
        set for {mode} mode{' '}
        <button type="button" className="link-button" onClick={onReset}>
          Use derived
        </button>
      </span>
    );
  }
  if (role !== undefined) return <span className="linked">follows {ROLE_LABELS[role]}</span>;
  return mode === 'dark' ? <span className="linked">lifted from light</span> : null;
}

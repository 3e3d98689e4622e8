import { titleCase, type FontSpec, type Theme } from '../../theme-runtime/index.ts';
import { withFont, withHeaderFont, withTypography } from '../../theme-runtime/model/edit.ts';
import { resolveTypography } from '../../theme-runtime/model/resolve.ts';
import { useEditor } from '../store/editor-store.ts';
import { NumberField, SelectField } from './fields.tsx';
import { FontFamilyField } from './FontFamilyField.tsx';
import { TYPE_SCALES, WEIGHTS } from './font-options.ts';

type FontKind = 'body' | 'heading' | 'mono';
const NAMES: Record<FontKind, string> = { body: 'Body', heading: 'Heading', mono: 'Mono' };

function FontControls({ kind }: { kind: FontKind }) {
  const font = useEditor((s) => s.theme.typography[kind]);
  const update = useEditor((s) => s.update);
  const set = (patch: Partial<FontSpec>) => update((t) => withFont(t, kind, patch));
  return (
    <fieldset className="font-group">
      <legend>{NAMES[kind]}</legend>
      <FontFamilyField label={`${NAMES[kind]} font`} value={font.family} kind={kind === 'mono' ? 'mono' : 'sans'} onChange={(family) => set({ family })} />
      <div className="field-grid">
        <NumberField label={`${NAMES[kind]} size`} value={font.size} min={8} max={72} unit="px" onChange={(size) => set({ size })} />
        <SelectField label={`${NAMES[kind]} weight`} value={String(font.weight)} options={WEIGHTS} onChange={(w) => set({ weight: Number(w) })} />
        <NumberField label={`${NAMES[kind]} line height`} value={font.lineHeight} min={0.8} max={3} step={0.05} onChange={(lineHeight) => set({ lineHeight })} />
      </div>
    </fieldset>
  );
}

/** The app bar's title: the heading font at h2 until the theme gives it its own. */
function HeaderFontControls() {
  const t = useEditor((s) => s.theme.typography);
  const update = useEditor((s) => s.update);
  const shown = resolveTypography(t).fonts.header;
  const own = t.header ?? {};
  const set = (patch: NonNullable<Theme['typography']['header']>) => update((theme) => withHeaderFont(theme, patch));
  const isOwn = Object.keys(own).length > 0;
  return (
    <fieldset className="font-group">
      <legend>App bar title</legend>
      <FontFamilyField label="App bar font" value={own.family ?? ''} optional placeholder={`Heading font (${t.heading.family})`} kind="sans" onChange={(family) => set({ family: family === '' ? undefined : family })} />
      <div className="field-grid">
        <NumberField label="App bar size" value={shown.size} min={8} max={72} unit="px" onChange={(size) => set({ size })} />
        <SelectField label="App bar weight" value={String(shown.weight)} options={WEIGHTS} onChange={(w) => set({ weight: Number(w) })} />
      </div>
      {isOwn ? (
        <button type="button" className="link-button" onClick={() => set({ family: undefined, size: undefined, weight: undefined })}>
          Follow the heading font
        </button>
      ) : (
        <p className="field-hint">Follows the heading font until changed.</p>
      )}
    </fieldset>
  );
}

function Specimen({ typography }: { typography: Theme['typography'] }) {
  const r = resolveTypography(typography);
  const heading = (size: number) => ({ fontFamily: r.fonts.heading.family, fontWeight: r.fonts.heading.weight, fontSize: size, lineHeight: r.fonts.heading.lineHeight, textTransform: r.fonts.heading.textTransform === 'capitalize' ? 'none' : r.fonts.heading.textTransform, margin: 0 });
  // Title case as the components apply it (CSS capitalize would mangle units and acronyms).
  const cased = (s: string) => (r.fonts.heading.textTransform === 'capitalize' ? titleCase(s) : s);
  return (
    <div className="specimen" aria-label="Type specimen">
      <p style={heading(r.headingSizes.h1)}>{cased('Quarterly revenue')}</p>
      <p style={heading(r.headingSizes.h2)}>{cased('Regions and products')}</p>
      <p style={heading(r.headingSizes.h3)}>{cased('North grew fastest')}</p>
      <p style={{ fontFamily: r.fonts.body.family, fontSize: r.fonts.body.size, fontWeight: r.fonts.body.weight, lineHeight: r.fonts.body.lineHeight, margin: 0 }}>
        Revenue rose 8.1 % to $1.24M as analytics subscriptions grew in every region.
      </p>
      <code style={{ fontFamily: r.fonts.mono.family, fontSize: r.fonts.mono.size }}>revenue_q2 = 1_240_000</code>
    </div>
  );
}

export function TypographyPanel() {
  // Only the typography: a colour drag does not re-render this panel.
  const t = useEditor((s) => s.theme.typography);
  const update = useEditor((s) => s.update);
  return (
    <section className="panel-section" aria-labelledby="type-heading">
      <h2 className="panel-heading" id="type-heading">
        Typography
      </h2>
      <FontControls kind="body" />
      <FontControls kind="heading" />
      <FontControls kind="mono" />
      <HeaderFontControls />
      <div className="field-grid">
        <SelectField
          label="Type scale"
          value={String(t.scaleRatio)}
          options={TYPE_SCALES.some(([v]) => Number(v) === t.scaleRatio) ? TYPE_SCALES : [[String(t.scaleRatio), `${t.scaleRatio} · custom`] as const, ...TYPE_SCALES]}
          onChange={(v) => update((theme) => withTypography(theme, { scaleRatio: Number(v) }))}
        />
        <SelectField
          label="Title case"
          value={t.titleCase}
          options={[['none', 'As written'], ['uppercase', 'UPPERCASE'], ['capitalize', 'Capitalised'], ['lowercase', 'lowercase']]}
          onChange={(titleCase) => update((theme) => withTypography(theme, { titleCase }))}
        />
      </div>
      <Specimen typography={t} />
    </section>
  );
}

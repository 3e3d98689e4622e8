import type { Theme } from '../../theme-runtime/index.ts';
import { withBreakpoints, withComponent, withShape } from '../../theme-runtime/model/edit.ts';
import { useEditor } from '../store/editor-store.ts';
import { CheckboxField, NumberField, SelectField } from './fields.tsx';

type Components = Theme['components'];

/** Spacing, corners, borders, shadows and the choices components make. */
export function LayoutPanel() {
  // Only what the panel shows: a colour drag does not re-render it.
  const s = useEditor((state) => state.theme.shape);
  const c = useEditor((state) => state.theme.components);
  const b = useEditor((state) => state.theme.breakpoints);
  const update = useEditor((state) => state.update);
  const shape = (patch: Partial<Theme['shape']>) => update((t) => withShape(t, patch));
  const component = <K extends keyof Components>(name: K, patch: Partial<Components[K]>) => update((t) => withComponent(t, name, patch));
  return (
    <section className="panel-section" aria-labelledby="layout-heading">
      <h2 className="panel-heading" id="layout-heading">
        Layout & components
      </h2>
      <div className="field-grid">
        <NumberField label="Spacing unit" value={s.spacing} min={2} max={32} unit="px" onChange={(spacing) => shape({ spacing })} />
        <NumberField label="Corner radius" value={s.radius} min={0} max={64} unit="px" onChange={(radius) => shape({ radius })} />
        <NumberField label="Border width" value={s.borderWidth} min={0} max={8} step={0.5} unit="px" onChange={(borderWidth) => shape({ borderWidth })} />
        <SelectField label="Shadow" value={s.shadow} options={[['none', 'None'], ['subtle', 'Subtle'], ['medium', 'Medium'], ['strong', 'Strong']]} onChange={(shadow) => shape({ shadow })} />
        <NumberField label="Stack below" value={b.phone} min={320} max={Math.min(1200, b.tablet - 1)} unit="px" onChange={(phone) => update((t) => withBreakpoints(t, { phone }))} />

        <h3 className="field-subheading">Components</h3>
        <SelectField label="Header" value={c.header.style} options={[['surface', 'Surface'], ['page', 'Page colour'], ['accent', 'Accent']]} onChange={(style) => component('header', { style })} />
        <SelectField label="Card accent" value={c.card.accentEdge} options={[['top', 'Top edge'], ['left', 'Left edge'], ['none', 'None']]} onChange={(accentEdge) => component('card', { accentEdge })} />
        <SelectField label="Buttons" value={c.button.variant} options={[['filled', 'Filled'], ['outline', 'Outline']]} onChange={(variant) => component('button', { variant })} />
        <SelectField label="Inputs" value={c.controls.style} options={[['outlined', 'Outlined'], ['filled', 'Filled'], ['underlined', 'Underlined']]} onChange={(style) => component('controls', { style })} />
        <SelectField label="Table density" value={c.table.density} options={[['compact', 'Compact'], ['normal', 'Normal'], ['comfortable', 'Comfortable']]} onChange={(density) => component('table', { density })} />
        <CheckboxField label="Striped rows" checked={c.table.striped} onChange={(striped) => component('table', { striped })} />
        <SelectField label="Tag shape" value={c.tag.shape} options={[['pill', 'Pill'], ['rounded', 'Rounded'], ['square', 'Square']]} onChange={(shape) => component('tag', { shape })} />
        <SelectField label="Tag style" value={c.tag.variant} options={[['subtle', 'Subtle'], ['outline', 'Outline'], ['solid', 'Solid']]} onChange={(variant) => component('tag', { variant })} />
      </div>
    </section>
  );
}

import { useShallow } from 'zustand/react/shallow';
import { resolveTheme } from '../../theme-runtime/index.ts';
import { withComponent, withShape } from '../../theme-runtime/model/edit.ts';
import { useEditor } from '../store/editor-store.ts';
import { NumberField, SelectField } from './fields.tsx';
import { OptionalColor } from './OptionalColor.tsx';

/** Cards and sections (padding, title look and sizes, gaps) and the colours of tooltips, tables, tags and inputs. */
export function ContainersPanel() {
  // Numbers and strings, compared one by one: a colour drag does not re-render the panel.
  const { padding, headerStyle, titleSize, descriptionSize, sectionGap } = useEditor(
    useShallow((s) => {
      const r = resolveTheme(s.theme, s.mode);
      return { ...r.card, sectionGap: r.shape.sectionGap };
    }),
  );
  const mode = useEditor((s) => s.mode);
  const update = useEditor((s) => s.update);
  const card = (patch: Parameters<typeof withComponent<'card'>>[2]) => update((t) => withComponent(t, 'card', patch));
  return (
    <section className="panel-section" aria-labelledby="containers-heading">
      <h2 className="panel-heading" id="containers-heading">
        Containers
      </h2>
      <div className="field-grid">
        <NumberField label="Card padding" value={padding} min={0} max={64} unit="px" onChange={(p) => card({ padding: p })} />
        <SelectField label="Card titles" value={headerStyle} options={[['divided', 'Rule underneath'], ['plain', 'Plain'], ['filled', 'Tinted band']]} onChange={(h) => card({ headerStyle: h })} />
        <NumberField label="Card title size" value={titleSize} min={8} max={72} unit="px" onChange={(s) => card({ titleSize: s })} />
        <NumberField label="Card description size" value={descriptionSize} min={8} max={72} step={0.5} unit="px" onChange={(s) => card({ descriptionSize: s })} />
        <NumberField label="Section gap" value={sectionGap} min={0} max={96} unit="px" onChange={(g) => update((t) => withShape(t, { sectionGap: g }))} />
      </div>
      <h3 className="field-subheading">Component colours · {mode} mode</h3>
      <div className="field-stack">
        <OptionalColor role="tooltipBackground" label="Tooltip background" />
        <OptionalColor role="tooltipText" label="Tooltip text" />
        <OptionalColor role="tableBorder" label="Table lines" />
        <OptionalColor role="tableStripe" label="Table stripes" />
        <OptionalColor role="tagBackground" label="Tag fill" />
        <OptionalColor role="tagText" label="Tag text" />
        <OptionalColor role="controlBackground" label="Input background" />
        <OptionalColor role="controlBorder" label="Input border" />
      </div>
    </section>
  );
}

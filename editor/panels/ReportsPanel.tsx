import { useShallow } from 'zustand/react/shallow';
import { resolveTheme } from '../../theme-runtime/model/resolve.ts';
import { withReport } from '../../theme-runtime/model/edit.ts';
import type { ReportSettings } from '../../theme-runtime/index.ts';
import { themeSchema } from '../../theme-runtime/model/schema.ts';
import { printReport } from '../print/print-report.ts';
import { useEditor } from '../store/editor-store.ts';
import { CheckboxField, NumberField, SelectField, TextField } from './fields.tsx';
import { FontFamilyField } from './FontFamilyField.tsx';
import { OptionalColor } from './OptionalColor.tsx';

const reportShape = themeSchema.shape.report.unwrap().shape;
const problem = (result: { error?: { issues: { message: string }[] } | undefined }) => result.error?.issues[0]?.message;

/** How reports lay out and print: paper, margins, type, running header and footer, page numbers, paper colours. */
export function ReportsPanel() {
  // Flat values, compared one by one: a colour drag does not re-render the panel.
  const r = useEditor(
    useShallow((s) => {
      const { font, ...settings } = resolveTheme(s.theme, s.mode).report;
      return { ...settings, fontSize: font.size, fontFamily: s.theme.report?.fontFamily ?? '', bodyFamily: s.theme.typography.body.family };
    }),
  );
  const update = useEditor((s) => s.update);
  const set = (patch: ReportSettings) => update((t) => withReport(t, patch));
  return (
    <section className="panel-section" aria-labelledby="reports-heading">
      <h2 className="panel-heading" id="reports-heading">
        Reports
      </h2>
      <div className="field-grid">
        <SelectField label="Paper size" value={r.pageSize} options={[['A4', 'A4 (210 × 297 mm)'], ['Letter', 'US Letter (8.5 × 11 in)']]} onChange={(pageSize) => set({ pageSize })} />
        <SelectField label="Orientation" value={r.orientation} options={[['portrait', 'Portrait'], ['landscape', 'Landscape']]} onChange={(orientation) => set({ orientation })} />
        <NumberField label="Page margins" value={r.margin} min={0} max={50} unit="mm" onChange={(margin) => set({ margin })} />
        <SelectField label="Paper" value={r.paper} options={[['light', 'Light'], ['dark', 'Dark (prints backgrounds)']]} onChange={(paper) => set({ paper })} />
        <NumberField label="Report text size" value={r.fontSize} min={8} max={72} unit="px" onChange={(fontSize) => set({ fontSize })} />
        <CheckboxField label="Page numbers" checked={r.pageNumbers} onChange={(pageNumbers) => set({ pageNumbers })} />
      </div>
      <div className="field-stack">
        <FontFamilyField label="Report font" value={r.fontFamily} optional placeholder={`Body font (${r.bodyFamily})`} kind="serif" onChange={(fontFamily) => set({ fontFamily: fontFamily === '' ? undefined : fontFamily })} />
        <TextField
          label="Running header"
          value={r.header}
          placeholder="None — e.g. Acme Corp · Quarterly review"
          path="/report/header"
          validate={(v) => problem(reportShape.header.safeParse(v))}
          onChange={(header) => set({ header: header === '' ? undefined : header })}
        />
        <TextField
          label="Running footer"
          value={r.footer}
          placeholder="None — e.g. Confidential"
          path="/report/footer"
          validate={(v) => problem(reportShape.footer.safeParse(v))}
          onChange={(footer) => set({ footer: footer === '' ? undefined : footer })}
        />
        <OptionalColor role="reportBackground" label="Report page" />
        <OptionalColor role="reportText" label="Report text" />
        <button type="button" className="secondary-button" onClick={printReport}>
          Print the report / save as PDF
        </button>
      </div>
    </section>
  );
}

import { useDeferredValue } from 'react';
import type { Finding } from '../../theme-runtime/index.ts';
import { themeReport } from './reports.ts';
import { useEditor } from '../store/editor-store.ts';

/** Takes the person to the control a finding names: switches mode if needed, then focuses it. */
function goTo(finding: Finding) {
  const { mode, setMode } = useEditor.getState();
  if (finding.path.startsWith('/colors/') && finding.mode !== mode) setMode(finding.mode);
  // After React has rendered the other mode's fields.
  requestAnimationFrame(() => {
    const section = { colors: 'section-colors', colorway: 'section-colorway', scales: 'section-scales', chart: 'section-charts' }[finding.path.split('/')[1] ?? ''];
    const target = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(finding.path)}"]`) ?? (section === undefined ? null : document.getElementById(section));
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  });
}

export function AccessibilityPanel() {
  // Audits trail a drag by a frame or two: React paints the preview first (deferred value).
  const theme = useDeferredValue(useEditor((s) => s.theme));
  const report = themeReport(theme);
  const counts = { error: 0, warning: 0, advice: 0 };
  for (const f of report.findings) counts[f.severity]++;
  return (
    <section className="panel-section" aria-labelledby="section-checks-heading">
      <h2 className="panel-heading" id="section-checks-heading">
        Accessibility · both modes
      </h2>
      <p role="status" className={report.pass ? 'cvd-verdict ok' : 'cvd-verdict bad'} data-testid="audit-summary">
        {report.pass ? '✓ No errors' : `${counts.error} error${counts.error === 1 ? '' : 's'}`}
        {counts.warning > 0 ? `, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}` : ''}
        {counts.advice > 0 ? `, ${counts.advice} advice` : ''}
      </p>
      <ul className="findings">
        {report.findings.map((f, i) => (
          <li key={`${f.path}-${f.mode}-${i}`} className={`finding finding-${f.severity}`}>
            <span className="finding-tag">
              {f.severity} · {f.mode}
            </span>
            <span>{f.message}</span>
            <button type="button" onClick={() => goTo(f)} aria-label={`Go to setting: ${f.message}`}>
              Go to setting
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { memo } from 'react';
import type { Finding } from '../../theme-runtime/index.ts';
import type { PanelChecks } from '../checks/panel-checks.ts';
import { useChecks } from '../checks/checks.ts';
import { useEditor } from '../store/editor-store.ts';
import { scrollIntoViewSettled } from '../ui/scroll-to.ts';

/** Takes the person to the control a finding names: switches mode if needed, then focuses it. */
function goTo(finding: Finding) {
  const { mode, setMode } = useEditor.getState();
  if (finding.path.startsWith('/colors/') && finding.mode !== mode) setMode(finding.mode);
  // After React has rendered the other mode's fields.
  requestAnimationFrame(() => {
    const section = { colors: 'section-colors', colorway: 'section-colorway', scales: 'section-scales', chart: 'section-charts' }[finding.path.split('/')[1] ?? ''];
    const target = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(finding.path)}"]`) ?? (section === undefined ? null : document.getElementById(section));
    if (target) scrollIntoViewSettled(target, { block: 'center' });
    target?.focus();
  });
}

/**
 * A key per finding that stays with it while a drag changes its wording or severity (the
 * list is sorted by severity, so a position would hand a finding's item to another and
 * React would rebuild every item after it, on every step): the mode and setting it is about,
 * and which of that setting's findings it is.
 */
function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.mode}${f.path}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  });
}

export function AccessibilityPanel() {
  // The report trails a drag by up to a tenth of a second (checks.ts); the list renders when it arrives.
  return <AuditReport report={useChecks()} />;
}

const AuditReport = memo(function AuditReport({ report }: { report: PanelChecks }) {
  const counts = { error: 0, warning: 0, advice: 0 };
  for (const f of report.findings) counts[f.severity]++;
  const keys = findingKeys(report.findings);
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
          <li key={keys[i]} className={`finding finding-${f.severity}`}>
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
});

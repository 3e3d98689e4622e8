import { useEditor } from './store/editor-store.ts';

/** Up to three lines show as they are; a longer list waits behind a disclosure. */
function Details({ lines }: { lines: string[] }) {
  const list = (
    <ul>
      {lines.map((d) => (
        <li key={d}>{d}</li>
      ))}
    </ul>
  );
  if (lines.length <= 3) return list;
  return (
    <details>
      <summary>{lines.length} details</summary>
      {list}
    </details>
  );
}

/** Messages that need the person: errors, warnings and decisions (transient news is a toast). */
export function NoticeBar() {
  const notice = useEditor((s) => s.notice);
  const dismiss = useEditor((s) => s.dismissNotice);
  if (notice === undefined) return null;
  const urgent = notice.tone === 'error' || notice.tone === 'warning';
  return (
    <div className={`notice notice-${notice.tone}`} role={urgent ? 'alert' : 'status'} data-testid="notice">
      <div className="notice-body">
        <strong>{notice.title}</strong>
        {notice.details !== undefined && notice.details.length > 0 && <Details lines={notice.details} />}
      </div>
      {notice.action !== undefined && (
        <button type="button" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      {notice.dismissLabel !== undefined ? (
        <button
          type="button"
          onClick={() => {
            dismiss();
            notice.onDismiss?.();
          }}
        >
          {notice.dismissLabel}
        </button>
      ) : (
        <button type="button" aria-label="Dismiss message" onClick={dismiss}>
          ×
        </button>
      )}
    </div>
  );
}

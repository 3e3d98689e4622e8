import { useEditor } from './store/editor-store.ts';

/** The one place messages appear: import results, link and draft problems, save failures. */
export function NoticeBar() {
  const notice = useEditor((s) => s.notice);
  const dismiss = useEditor((s) => s.dismissNotice);
  if (notice === undefined) return null;
  const urgent = notice.tone === 'error' || notice.tone === 'warning';
  return (
    <div className={`notice notice-${notice.tone}`} role={urgent ? 'alert' : 'status'} data-testid="notice">
      <div className="notice-body">
        <strong>{notice.title}</strong>
        {notice.details !== undefined && notice.details.length > 0 && (
          <ul>
            {notice.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
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

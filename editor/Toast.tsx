import { useEffect, useRef, useState } from 'react';
import { useEditor } from './store/editor-store.ts';

/** How long transient news stays up, unless the pointer or focus is on it. */
const SHOW_MS = 6000;

/**
 * Short-lived news ("Share link copied", "Imported seaborn.json"): one line in a corner,
 * announced politely, with details and any link behind a disclosure. It never moves the
 * toolbar or the panels; it waits while the person is reading or using it.
 */
export function ToastRegion() {
  const toast = useEditor((s) => s.toast);
  const dismiss = useEditor((s) => s.dismissToast);
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (toast === undefined || held || toast.sticky === true) return;
    const timer = setTimeout(dismiss, SHOW_MS);
    return () => clearTimeout(timer);
  }, [toast, held, dismiss]);

  return (
    // The live region stays mounted so screen readers announce each new toast.
    <div className="toast-region" role="status" aria-live="polite">
      {toast !== undefined && (
        <div
          ref={box}
          className="toast"
          data-testid="toast"
          onPointerEnter={() => setHeld(true)}
          onPointerLeave={() => setHeld(false)}
          onFocus={() => setHeld(true)}
          onBlur={(e) => {
            if (!box.current?.contains(e.relatedTarget)) setHeld(false);
          }}
        >
          <div className="toast-body">
            <span className="toast-title">{toast.title}</span>
            {toast.link !== undefined && (
              <input className="toast-link" aria-label="Share link" readOnly value={toast.link} onFocus={(e) => e.currentTarget.select()} />
            )}
            {toast.details !== undefined && toast.details.length > 0 && (
              <details>
                <summary>{toast.detailsLabel ?? 'Details'}</summary>
                <ul>
                  {toast.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          {toast.action !== undefined && (
            <button
              type="button"
              onClick={() => {
                toast.action?.run();
                dismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}

import { useEffect, useId, useState } from 'react';
import { formatIssue } from '../../theme-runtime/index.ts';
import { plotlyIssues, readFigureText } from '../preview/pasted-figure.ts';
import { plotlyFor } from '../preview/preview-plotly.ts';
import { useYourCharts } from '../preview/your-charts.ts';
import { useStoredListNotice } from './stored-list-notice.ts';
import { useEditor } from '../store/editor-store.ts';

/**
 * "Paste a Plotly figure": the JSON plotly.py's fig.to_json() or JSON.stringify(figure)
 * writes, checked for its shape and by plotly.js itself (each problem at its JSON pointer),
 * then shown first on the preview's dashboard, themed, in both modes.
 */
export function YourCharts() {
  const id = useId();
  const charts = useYourCharts((s) => s.charts);
  const add = useYourCharts((s) => s.add);
  const remove = useYourCharts((s) => s.remove);
  const setView = useEditor((s) => s.setPreviewView);
  const showToast = useEditor((s) => s.showToast);
  const notify = useEditor((s) => s.notify);
  const loaded = useYourCharts((s) => s.loaded);
  const storeError = useYourCharts((s) => s.storeError);
  useStoredListNotice(loaded, 'of your stored charts');
  useEffect(() => {
    if (storeError !== undefined) notify({ tone: 'warning', title: `Your charts could not be kept for the next visit: ${storeError}.` });
  }, [storeError, notify]);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [checking, setChecking] = useState(false);

  const submit = async () => {
    const read = readFigureText(text);
    if (!read.ok) {
      setErrors(read.errors.map(formatIssue));
      return;
    }
    setChecking(true);
    try {
      // Judged by the plotly.js that will draw it: most figures need only the preview's bundle.
      const issues = plotlyIssues(await plotlyFor(read.figure)(), read.figure);
      if (issues.length > 0) {
        setErrors(issues.map(formatIssue));
        return;
      }
    } finally {
      setChecking(false);
    }
    setErrors([]);
    setText('');
    add({ title: read.title, figure: read.figure });
    setView('dashboard');
    showToast({ title: `Added “${read.title}” to the dashboard preview.`, ...(read.notes.length > 0 ? { details: read.notes, detailsLabel: 'What changed' } : {}) });
  };

  return (
    <div className="your-charts">
      <h3 className="field-subheading">Your own charts</h3>
      <label htmlFor={`${id}-json`} className="field-label">
        Paste a Plotly figure (JSON)
      </label>
      <textarea
        id={`${id}-json`}
        className="figure-json"
        rows={5}
        spellCheck={false}
        value={text}
        placeholder='{"data": [{"type": "bar", "x": ["A", "B"], "y": [3, 5]}], "layout": {"title": {"text": "My chart"}}}'
        aria-invalid={errors.length > 0}
        aria-describedby={errors.length > 0 ? `${id}-errors` : `${id}-hint`}
        onChange={(e) => setText(e.target.value)}
      />
      <p className="field-hint" id={`${id}-hint`}>
        From plotly.py: <code>fig.to_json()</code>; from plotly.js: <code>JSON.stringify(&#123; data, layout &#125;)</code>. It is drawn in this theme, not its own, and kept in this browser.
      </p>
      {errors.length > 0 && (
        <ul className="field-error figure-errors" id={`${id}-errors`} role="alert" aria-label="Problems with the figure">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <button type="button" className="secondary-button" disabled={checking} onClick={() => void submit()}>
        {checking ? 'Checking…' : 'Add to the preview'}
      </button>
      {charts.length > 0 && (
        <ul className="your-chart-list" aria-label="Your charts">
          {charts.map((c) => (
            <li key={c.id}>
              <span>{c.title}</span>
              <button type="button" className="link-button" aria-label={`Remove ${c.title}`} onClick={() => remove(c.id)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

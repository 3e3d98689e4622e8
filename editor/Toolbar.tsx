import { useRef, useState } from 'react';
import { downloadText } from './export/download.ts';
import { exportPackage } from './export/export-package.ts';
import { EXPORT_FORMATS } from './export/formats.ts';
import { themeFileName, themeToJson } from './export/theme-file.ts';
import { importFile } from './import/import-file.ts';
import { useEditor, type PreviewWidth } from './store/editor-store.ts';
import { PREVIEW_WIDTHS } from './preview/Preview.tsx';
import { shareFragment } from './store/share-link.ts';

function SaveState() {
  const status = useEditor((s) => s.saveStatus);
  const text = { saved: 'Saved in this browser', pending: 'Saving…', failed: 'Not saved', idle: '' }[status.state];
  return (
    <span className={`save-state save-${status.state}`} role="status" title={status.state === 'failed' ? status.message : undefined}>
      {text}
    </span>
  );
}

export function Toolbar() {
  const mode = useEditor((s) => s.mode);
  const setMode = useEditor((s) => s.setMode);
  const name = useEditor((s) => s.theme.name);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const notify = useEditor((s) => s.notify);
  const picker = useRef<HTMLInputElement>(null);
  const previewWidth = useEditor((s) => s.previewWidth);
  const setPreviewWidth = useEditor((s) => s.setPreviewWidth);
  const [packaging, setPackaging] = useState(false);

  const exportJson = () => {
    const { theme } = useEditor.getState();
    downloadText(themeFileName(theme), themeToJson(theme));
  };

  const exportRuntimePackage = () => {
    setPackaging(true);
    exportPackage(useEditor.getState().theme)
      .catch((e: unknown) => notify({ tone: 'error', title: 'The package could not be built.', details: [e instanceof Error ? e.message : String(e)] }))
      .finally(() => setPackaging(false));
  };

  const share = () => {
    const url = `${window.location.origin}${window.location.pathname}${shareFragment(useEditor.getState().theme)}`;
    // The clipboard API is missing outside secure contexts (plain http on a LAN address).
    const copied = 'clipboard' in navigator ? navigator.clipboard.writeText(url) : Promise.reject(new Error('no clipboard'));
    copied.then(
      () => notify({ tone: 'success', title: 'Share link copied. Anyone who opens it gets this theme.', details: [url] }),
      () => notify({ tone: 'info', title: 'Share link (copy it from here):', details: [url] }),
    );
  };

  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Design Kit
        <span className="theme-name">{name}</span>
        <SaveState />
      </div>
      <div className="toolbar-actions">
        <button type="button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!canUndo} onClick={undo}>
          ↶ Undo
        </button>
        <button type="button" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!canRedo} onClick={redo}>
          ↷ Redo
        </button>
        <span className="toolbar-gap" />
        <button type="button" role="switch" aria-checked={mode === 'dark'} className="switch" onClick={() => setMode(mode === 'dark' ? 'light' : 'dark')}>
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          Dark mode
        </button>
        <select aria-label="Preview width" value={previewWidth} onChange={(e) => setPreviewWidth(e.target.value as PreviewWidth)}>
          {Object.entries(PREVIEW_WIDTHS).map(([id, { label }]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
        <span className="toolbar-gap" />
        <button type="button" onClick={() => picker.current?.click()} title="Open a theme, Plotly template, DDK theme or design-tokens file (or drop one anywhere)">
          Import
        </button>
        <input
          ref={picker}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <button type="button" onClick={share} title="Copy a link that opens this theme">
          Share link
        </button>
        <select
          aria-label="Export as"
          value=""
          onChange={(e) => {
            const format = EXPORT_FORMATS.find((f) => f.id === e.target.value);
            if (!format) return;
            const { name, text, type } = format.file(useEditor.getState().theme);
            downloadText(name, text, type);
          }}
        >
          <option value="" disabled>
            Export as…
          </option>
          {EXPORT_FORMATS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={exportRuntimePackage} disabled={packaging} title="Download an npm package (.tgz) that apps install: React components, Plotly templates, CSS variables, design tokens">
          {packaging ? 'Building package…' : 'Export package'}
        </button>
        <button type="button" className="primary" onClick={exportJson} title="Download the theme as a JSON file">
          Export
        </button>
      </div>
    </header>
  );
}

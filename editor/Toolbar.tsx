import { useEffect, useRef, useState } from 'react';
import { downloadText } from './export/download.ts';
import { exportPackage } from './export/export-package.ts';
import { EXPORT_FORMATS, type ExportFormat } from './export/formats.ts';
import { importFile } from './import/import-file.ts';
import { PREVIEW_WIDTHS } from './preview/Preview.tsx';
import { useEditor, type PreviewWidth } from './store/editor-store.ts';
import { shareFragment } from './store/share-link.ts';
import { MenuButton, type MenuEntry } from './ui/MenuButton.tsx';

function SaveState() {
  const status = useEditor((s) => s.saveStatus);
  // One short word in a fixed-width slot: the toolbar never shifts when the state changes.
  const text = { saved: 'Saved', pending: 'Saving…', failed: 'Not saved', idle: '' }[status.state];
  const detail =
    status.state === 'saved'
      ? `Saved in this browser at ${new Date(status.at).toLocaleTimeString()}`
      : status.state === 'failed'
        ? `Not saved: ${status.message}`
        : status.state === 'pending'
          ? 'Saving in this browser…'
          : 'Edits are saved in this browser as you go';
  return (
    <span className={`save-state save-${status.state}`} role="status" title={detail}>
      <span className="visually-hidden">{detail}</span>
      <span aria-hidden="true">{text}</span>
    </span>
  );
}

function downloadFormat(format: ExportFormat) {
  const { name, text, type } = format.file(useEditor.getState().theme);
  downloadText(name, text, type);
}

function share() {
  const { theme, showToast, notify } = useEditor.getState();
  const link = shareFragment(theme);
  if (!link.ok) {
    notify({ tone: 'warning', title: link.message });
    return;
  }
  const url = `${window.location.origin}${window.location.pathname}${link.fragment}`;
  // The clipboard API is missing outside secure contexts (plain http on a LAN address).
  const copied = 'clipboard' in navigator ? navigator.clipboard.writeText(url) : Promise.reject(new Error('no clipboard'));
  copied.then(
    () => showToast({ title: 'Share link copied: anyone who opens it gets this theme.', link: url }),
    () => showToast({ title: 'Copy the share link from here:', link: url, sticky: true }),
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
  const previewWidth = useEditor((s) => s.previewWidth);
  const setPreviewWidth = useEditor((s) => s.setPreviewWidth);
  const picker = useRef<HTMLInputElement>(null);
  const [packaging, setPackaging] = useState(false);
  useEffect(() => {
    document.title = `${name} — Design Kit`;
  }, [name]);

  const exportRuntimePackage = () => {
    const { theme, notify, showToast } = useEditor.getState();
    setPackaging(true);
    exportPackage(theme)
      .then(
        (file) => showToast({ title: `Downloaded ${file}. Install it with npm install ./${file}` }),
        (e: unknown) => notify({ tone: 'error', title: 'The package could not be built.', details: [e instanceof Error ? e.message : String(e)] }),
      )
      .finally(() => setPackaging(false));
  };

  const entries = (group: ExportFormat['group']): MenuEntry[] => EXPORT_FORMATS.filter((f) => f.group === group).map((f) => ({ id: f.id, label: f.label, hint: f.hint, run: () => downloadFormat(f) }));
  const exportGroups: MenuEntry[][] = [
    [
      ...entries('theme'),
      {
        id: 'package',
        label: packaging ? 'Building the package…' : 'Runtime package (.tgz)',
        hint: 'npm install it: React components, Plotly templates, CSS',
        disabled: packaging,
        run: exportRuntimePackage,
      },
    ],
    entries('web'),
    entries('libraries'),
  ];
  const openPicker = () => picker.current?.click();

  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark" role="img" aria-label="Design Kit" title="Design Kit" />
        <h1 className="theme-name" title={name}>
          {name}
        </h1>
        <SaveState />
      </div>
      <div className="toolbar-actions">
        <button type="button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!canUndo} onClick={undo}>
          <span aria-hidden="true">↶</span>
          <span className="wide-label"> Undo</span>
        </button>
        <button type="button" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!canRedo} onClick={redo}>
          <span aria-hidden="true">↷</span>
          <span className="wide-label"> Redo</span>
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
        <button type="button" className="roomy-only" onClick={openPicker} title="Open a theme, Plotly template, DDK theme or design-tokens file (or drop one anywhere)">
          Import
        </button>
        <button type="button" className="roomy-only" onClick={share} title="Copy a link that opens this theme">
          Share link
        </button>
        <span className="compact-only">
          <MenuButton
            label="⋯"
            aria-label="More actions"
            groups={[
              [
                { id: 'import', label: 'Import…', hint: 'A theme, Plotly template, DDK theme or design tokens', run: openPicker },
                { id: 'share', label: 'Share link', hint: 'Copy a link that opens this theme', run: share },
              ],
            ]}
          />
        </span>
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
        <MenuButton label="Export" className="primary" groups={exportGroups} />
      </div>
    </header>
  );
}

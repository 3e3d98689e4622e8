import { useState } from 'react';
import { useEditor } from './store/editor-store.ts';
import { exportPackage } from './export/export-package.ts';
import { downloadText } from './export/download.ts';
import { themeFileName, themeToJson } from './export/theme-file.ts';

export function Toolbar() {
  const mode = useEditor((s) => s.mode);
  const setMode = useEditor((s) => s.setMode);
  const name = useEditor((s) => s.theme.name);

  const [packaging, setPackaging] = useState(false);
  const [packageError, setPackageError] = useState<string>();

  const exportRuntimePackage = () => {
    setPackaging(true);
    setPackageError(undefined);
    exportPackage(useEditor.getState().theme)
      .catch((e: unknown) => setPackageError(`The package could not be built: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setPackaging(false));
  };

  const exportJson = () => {
    const { theme } = useEditor.getState();
    downloadText(themeFileName(theme), themeToJson(theme));
  };

  return (
    <header className="toolbar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Design Kit
        <span className="theme-name">{name}</span>
      </div>
      <div className="toolbar-actions">
        <button
          type="button"
          role="switch"
          aria-checked={mode === 'dark'}
          className="switch"
          onClick={() => setMode(mode === 'dark' ? 'light' : 'dark')}
        >
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          Dark mode
        </button>
        <button type="button" onClick={exportRuntimePackage} disabled={packaging} title="Download an npm package (.tgz) that apps install: React components, Plotly templates, CSS variables, design tokens">
          {packaging ? 'Building package…' : 'Export package'}
        </button>
        <button type="button" className="primary" onClick={exportJson} title="Download the theme as a JSON file">
          Export
        </button>
        {packageError !== undefined && (
          <p role="alert" className="toolbar-error">
            {packageError}
          </p>
        )}
      </div>
    </header>
  );
}

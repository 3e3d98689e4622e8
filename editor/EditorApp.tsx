import { ThemePanel } from './panels/ThemePanel.tsx';
import { Preview } from './preview/Preview.tsx';
import { Toolbar } from './Toolbar.tsx';

export function EditorApp() {
  return (
    <div className="editor">
      <Toolbar />
      <div className="workspace">
        <ThemePanel />
        <Preview />
      </div>
    </div>
  );
}

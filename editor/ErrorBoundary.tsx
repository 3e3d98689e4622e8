import { Component, type ErrorInfo, type ReactNode } from 'react';
import { downloadText } from './export/download.ts';
import { themeFileName, themeToJson } from './export/theme-file.ts';
import { useEditor } from './store/editor-store.ts';

interface Props {
  /** What this boundary guards, for the message: "the preview", "the theme settings". */
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
}

/**
 * A part of the editor that fails to render shows what failed and how to keep the work,
 * never a blank page. The theme lives in the store, outside React, so it survives the
 * failure and can still be downloaded; "Try again" re-renders the part (after an Undo, say).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for a bug report: the component stack says which part failed.
    console.warn(`Design Kit: ${this.props.area} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h2 className="crash-title">Something went wrong in {this.props.area}.</h2>
        <p className="crash-message">{error.message}</p>
        <p>Your theme is safe: download it, then reload the editor. Undo may also undo the edit that caused this.</p>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            onClick={() => {
              const { theme } = useEditor.getState();
              downloadText(themeFileName(theme), themeToJson(theme));
            }}
          >
            Download the current theme
          </button>
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </div>
    );
  }
}

import './zod-config.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from './bootstrap.ts';
import { EditorApp } from './EditorApp.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import './fonts.ts';
// The preview's theme changes on every edit: compile it synchronously from the first render.
import '../theme-runtime/react/with-compiler.ts';
import './editor.css';

bootstrap();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary area="the editor">
      <EditorApp />
    </ErrorBoundary>
  </StrictMode>,
);

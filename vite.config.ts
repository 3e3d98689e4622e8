import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The production editor's Content-Security-Policy: no inline script, no eval, nothing from
 * other origins. Styles may be inline (plotly.js and d3 set style attributes). Added to the
 * built index.html only: the dev server needs inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'design-kit-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

// The editor is a static single-page app: `npm start` serves it, `npm run build` writes dist/.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    // plotly.js is one 5 MB chunk by nature; it loads after the controls (see plotly-loader.ts).
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      onLog(level, log, handler) {
        // The theme compilers load lazily in apps (react/sheet-compiler.ts); the editor provides
        // them up front (react/with-compiler.ts), so for it that dynamic import is moot by design.
        if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT' && log.message.includes('css/compiler.ts')) return;
        handler(level, log);
      },
    },
  },
});

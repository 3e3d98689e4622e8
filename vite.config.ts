import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The editor is a static single-page app: `npm start` serves it, `npm run build` writes dist/.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    // plotly.js is one 5 MB chunk by nature; it loads after the controls (see plotly-loader.ts).
    chunkSizeWarningLimit: 6000,
  },
});

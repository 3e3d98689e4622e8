import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  logLevel: 'warn',
  // The SSR build bundles the theme package, the strictest case: nothing left to Node.
  ssr: { noExternal: ['acme-theme'] },
  build: { rolldownOptions: { input: { main: 'index.html', plain: 'plain.html', components: 'components.html', report: 'report.html', broken: 'broken.html', adopt: 'adopt.html' } }, chunkSizeWarningLimit: 6000 },
});

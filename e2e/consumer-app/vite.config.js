import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  logLevel: 'warn',
  build: { rolldownOptions: { input: { main: 'index.html', plain: 'plain.html', components: 'components.html', report: 'report.html', broken: 'broken.html' } }, chunkSizeWarningLimit: 6000 },
});

import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code; e2e specs have their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['theme-runtime/**/*.test.ts', 'editor/**/*.test.ts', 'presets/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});

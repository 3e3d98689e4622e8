import { defineConfig } from 'vitest/config';

// End-to-end specs drive the built editor (dist/, built by `npm run test:e2e`) in Debian's
// headless Chromium through playwright-core. One file at a time: two Chromiums on two
// cores would only make each slower.
export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

import { defineConfig } from 'vitest/config';

// End-to-end tests drive the Firefox build (.output/firefox-mv2) in real headless Firefox ESR.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});

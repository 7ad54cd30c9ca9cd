import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// End-to-end: builds the app once, serves it with `vite preview`, drives Debian's Chromium.
export default defineConfig({
  // Specs may read the shipped data through the same modules as the unit tests (scripts/lib/shipped-table).
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@data': fileURLToPath(new URL('./data', import.meta.url)),
    },
  },
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // A test that asserts nothing fails: it could never have caught anything.
    expect: { requireAssertions: true },
  },
});

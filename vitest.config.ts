import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit tests only: domain/data/state modules, no browser. End-to-end specs live in tests/e2e.
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@data': fileURLToPath(new URL('./data', import.meta.url)),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A test that asserts nothing fails: it could never have caught anything.
    expect: { requireAssertions: true },
    // CLI tests spawn tsx and read workbooks/PDFs; on a loaded 2-core machine 5 s is not enough. Speed is
    // measured by `npm run bench`, never by a test's time.
    testTimeout: 60_000,
  },
});

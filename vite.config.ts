import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { shippedScores } from './scripts/vite-shipped-scores.ts';

// base './': every asset is addressed relative to index.html, so dist/ works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), shippedScores()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@data': fileURLToPath(new URL('./data', import.meta.url)),
    },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});

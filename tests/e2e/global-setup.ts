/**
 * Builds the app once and serves it with `vite preview` on a free local port for the whole e2e run.
 * The URL is passed to the specs in E2E_BASE_URL.
 */
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { freePort, waitForServer } from '../../scripts/lib/local-server';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';



let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  // A private output folder, so several runs (or a developer's own build) never overwrite each other.
  const outDir = mkdtempSync(join(tmpdir(), 'chiso-dist-'));
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir --logLevel warn`, { stdio: 'inherit' });
  const port = await freePort();
  server = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url);
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
  return async () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        /* already gone */
      }
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The production build the specs run against (served again from a sub-path by subpath.spec.ts). */
    distDir: string;
  }
}

/**
 * The one way the e2e set-up, the bench, Lighthouse and the screenshot aid build the app, serve it and drive a
 * Chromium: a production build into a private folder (several runs never overwrite each other), `vite preview` on a
 * free local port (gzip, like any static host), and the Chromium flags this machine needs (playwright-core brings
 * no browser: chromium.mjs finds one).
 */
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitForServer } from './local-server';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

export { CHROMIUM_ARGS };

/** Build the app into a new temporary folder; returns the folder. */
export function buildApp(prefix = 'chiso-dist-'): string {
  const outDir = mkdtempSync(join(tmpdir(), prefix));
  execSync(`npx vite build --outDir ${outDir} --emptyOutDir --logLevel warn`, { stdio: 'inherit' });
  return outDir;
}

export interface Served {
  url: string;
  outDir: string;
  /** Stop the server (and remove the build when this helper made it). */
  close(): void;
}

/** Serve a build with `vite preview` on a free port (`base`: a sub-path such as "/chiso/"), once it answers. */
export async function serveBuild(outDir: string, options: { base?: string; removeOnClose?: boolean } = {}): Promise<Served> {
  const port = await freePort();
  const base = options.base ?? '/';
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--base', base, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}${base}`;
  const close = () => {
    if (server.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        /* already gone */
      }
    }
    if (options.removeOnClose) rmSync(outDir, { recursive: true, force: true });
  };
  try {
    await waitForServer(url);
  } catch (e) {
    close();
    throw e;
  }
  return { url, outDir, close };
}

/** Build, then serve: the app as a user gets it. */
export async function buildAndServe(prefix?: string): Promise<Served> {
  return serveBuild(buildApp(prefix), { removeOnClose: true });
}

/** A headless Chromium through playwright-core, with this machine's flags (plus `extraArgs`). */
export async function launchChromium(extraArgs: readonly string[] = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

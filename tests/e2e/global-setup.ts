/**
 * Builds the app once and serves it with `vite preview` on a free local port for the whole e2e run.
 * The URL is passed to the specs in E2E_BASE_URL.
 */
import type { TestProject } from 'vitest/node';
import { buildApp, serveBuild, type Served } from '../../scripts/lib/served-build';

let served: Served | undefined;

export default async function setup(project: TestProject) {
  // A private output folder, so several runs (or a developer's own build) never overwrite each other.
  const outDir = buildApp();
  served = await serveBuild(outDir);
  project.provide('baseUrl', served.url);
  project.provide('distDir', outDir);
  return async () => served?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The production build the specs run against (served again from a sub-path by subpath.spec.ts). */
    distDir: string;
  }
}

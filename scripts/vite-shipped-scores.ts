/**
 * Vite plugin: `virtual:shipped-scores` exports one URL per index for its compact score file
 * (scripts/lib/shipped-compact.ts). In a build the files are emitted as hashed assets (cached forever
 * by any static host, addressed relative to the script so the build works from a sub-path); in dev
 * they are served by a middleware and rebuilt when a CSV or the manifest changes.
 * The built index.html starts downloading the file of the index in its URL (default PCI) while the
 * scripts load, instead of after them: one round trip less before the first screen has its figures.
 */
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';

const VIRTUAL = 'virtual:shipped-scores';
const RESOLVED = `\0${VIRTUAL}`;
const DEV_PREFIX = '/@chiso-scores/';

type Producer = typeof import('./lib/shipped-compact');

async function producer(): Promise<Producer> {
  // Through tsx: the producer runs the app's own domain parser, which uses the project's path aliases.
  return (await tsImport('./lib/shipped-compact.ts', import.meta.url)) as Producer;
}

export function shippedScores(): Plugin {
  let isBuild = false;
  let devFiles = new Map<string, string>();
  return {
    name: 'chiso-shipped-scores',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    resolveId: {
      filter: { id: new RegExp(`^${VIRTUAL}$`) },
      handler: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    },
    load: {
      filter: { id: new RegExp(`^\0${VIRTUAL}$`) },
      async handler(id) {
      if (id !== RESOLVED) return undefined;
      const p = await producer();
      this.addWatchFile(p.MANIFEST_PATH);
      for (const path of p.shippedFilePaths()) this.addWatchFile(path);
      const byIndex = p.compactShippedScores();
      const entries: string[] = [];
      const files = new Map<string, string>();
      for (const [index, compact] of byIndex) {
        const name = `scores-${index.toLowerCase()}.json`;
        const source = JSON.stringify(compact);
        if (isBuild) {
          const ref = this.emitFile({ type: 'asset', name, source });
          entries.push(`${JSON.stringify(index)}: import.meta.ROLLUP_FILE_URL_${ref}`);
        } else {
          files.set(name, source);
          entries.push(`${JSON.stringify(index)}: ${JSON.stringify(DEV_PREFIX + name)}`);
        }
      }
      devFiles = files;
      return `export const shippedScoreUrls = {\n  ${entries.join(',\n  ')}\n};\n`;
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const files: Record<string, string> = {};
        for (const name of Object.keys(ctx.bundle)) {
          const m = /(?:^|\/)scores-([a-z0-9_]+)-[\w-]+\.json$/.exec(name);
          if (m) files[m[1].toUpperCase()] = `./${name}`;
        }
        if (!Object.keys(files).length) return html;
        // Same request as src/data/shipped.ts makes (fetch: cors mode, same-origin credentials), so the browser reuses it.
        const script = `(function(){var f=${JSON.stringify(files)};var i=(new URLSearchParams(location.search).get('index')||'PCI').toUpperCase();var u=f[i]||f.PCI;if(!u)return;var l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href=u;document.head.appendChild(l)})()`;
        return { html, tags: [{ tag: 'script', children: script, injectTo: 'head' }] };
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(DEV_PREFIX)) return next();
        const body = devFiles.get(path.slice(DEV_PREFIX.length));
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(body);
      });
    },
  };
}

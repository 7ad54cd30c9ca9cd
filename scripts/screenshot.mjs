#!/usr/bin/env node
// Developer aid: screenshot a view of a running app. Usage:
//   node scripts/screenshot.mjs 'http://127.0.0.1:5173/?tab=rankings' out.png [--full] [--pdf out.pdf] [--width 390 --height 844]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { integerFlag, readCli, runCli, usageError } from './lib/cli.mjs';

const SCREENSHOT_CLI = {
  name: 'screenshot',
  usage: "node scripts/screenshot.mjs URL OUT.png [--full] [--pdf OUT.pdf] [--width 1280] [--height 900]",
  summary: 'Screenshot a view of a running app (waits WAIT ms, default 2500, after loading).',
  helpCommand: 'node scripts/screenshot.mjs --help',
  options: {
    full: { type: 'boolean', help: 'the whole page, not only the viewport' },
    pdf: { type: 'string', value: 'OUT.pdf', help: 'also print the page to an A4 PDF' },
    width: { type: 'string', value: 'PX', help: 'viewport width (default 1280; 390 for a phone)', example: '390' },
    height: { type: 'string', value: 'PX', help: 'viewport height (default 900; 844 for a phone)', example: '844' },
  },
  positionals: { name: 'URL and OUT.png', min: 2, max: 2 },
};

void runCli(SCREENSHOT_CLI, async () => {
  const { values: args, positionals } = readCli(process.argv.slice(2), SCREENSHOT_CLI);
  const [url, out] = positionals;
  if (!URL.canParse(url)) throw usageError(`"${url}" is not an address (e.g. http://127.0.0.1:4173/?tab=rankings)`);
  const width = integerFlag('width', args.width ?? '1280', 200, 4000);
  const height = integerFlag('height', args.height ?? '900', 200, 4000);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
    await page.goto(url);
    await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
    await page.screenshot({ path: out, fullPage: Boolean(args.full) });
    if (args.pdf) await page.pdf({ path: args.pdf, format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
  return 0;
});

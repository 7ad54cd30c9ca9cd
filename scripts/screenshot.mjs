#!/usr/bin/env node
// Developer aid: screenshot a view of a running app. Usage:
//   node scripts/screenshot.mjs 'http://127.0.0.1:5173/?tab=rankings' out.png [--full] [--pdf out.pdf]
import { chromium } from 'playwright-core';
import { chromiumPath } from './lib/chromium.mjs';
const [url, out, ...rest] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
await page.goto(url);
await page.waitForTimeout(Number(process.env.WAIT ?? 2500));
await page.screenshot({ path: out, fullPage: rest.includes('--full') });
const pdfAt = rest.indexOf('--pdf');
if (pdfAt >= 0) await page.pdf({ path: rest[pdfAt + 1], format: 'A4', printBackground: true });
await browser.close();

/**
 * Deploy anywhere: the same production build served from a sub-path (/chiso/, as on a provincial portal
 * folder or GitHub Pages) loads, fetches every file under that path, and works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveBuild, type Served } from '../../scripts/lib/served-build';
import { launch } from './browser';

let browser: Browser;
let served: Served | undefined;
let root = '';

beforeAll(async () => {
  served = await serveBuild(inject('distDir'), { base: '/chiso/' });
  root = new URL(served.url).origin;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  served?.close();
});

describe('served from /chiso/', () => {
  it('the rank table loads (PCI 2016: Quảng Ninh 65,60, rank 2), switching to PAPI fetches its file from /chiso/assets/, nothing is requested outside /chiso/', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const requests: { url: string; status: number }[] = [];
    page.on('response', (r) => requests.push({ url: r.url(), status: r.status() }));
    await page.goto(`${root}/chiso/?tab=rankings&index=PCI&year=2016&province=22`);
    const row = page.locator('[data-testid="rank-table"] tr[data-key="22"]');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.locator('td[data-col="value"]').textContent()).toBe('65,60');
    expect(await row.locator('td[data-col="rank"]').textContent()).toBe('2');
    await page.getByTestId('select-index').selectOption('PAPI');
    await page.waitForURL(/index=PAPI/);
    await page.locator('[data-testid="rank-table"] tbody tr').first().waitFor();
    await page.waitForTimeout(300);
    const urls = requests.map((r) => new URL(r.url));
    expect(urls.filter((u) => !u.pathname.startsWith('/chiso/')).map((u) => u.pathname)).toEqual([]);
    expect(requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(urls.some((u) => /^\/chiso\/assets\/scores-papi-.*\.json$/.test(u.pathname))).toBe(true);
    // Tabs and permalinks keep the sub-path.
    await page.getByRole('tab', { name: 'Bản đồ' }).click();
    expect(new URL(page.url()).pathname).toBe('/chiso/');
    await context.close();
  });
});

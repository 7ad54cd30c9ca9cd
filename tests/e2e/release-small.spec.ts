/**
 * Release week, the small things users saw: the last province, index and language remembered; a permalink keeps the
 * rank table's sort; the two CSV downloads of a table have two names; the overview says which year its component
 * figures are from; sparklines show their first and last year; the map legend is at least 12 px on a phone; method
 * break labels on the trend chart never overlap (PCI 2006, 2013, 2022 on a 390 px screen).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, newPage, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const firstRow = (page: Page) => page.getByTestId('rank-table').locator('tbody tr').first();

describe('editions and visits connect', () => {
  it('the last province, index and language are remembered; a permalink still wins', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PAPI&year=2022&province=46&lang=en');
    await page.getByTestId('rank-table').waitFor();
    await openApp(page, '');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('province=46');
    const params = new URLSearchParams(await page.evaluate(() => location.search));
    expect([params.get('province'), params.get('index'), params.get('lang')]).toEqual(['46', 'PAPI', 'en']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await openApp(page, '?tab=rankings&index=PCI&year=2016&province=22&lang=vi');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await context.close();
  });

  it('Quảng Ninh’s PCI 2024 card says its component figures are from 2022 and 2021 (composite 2024); sparklines show their years', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=overview&province=22');
    const label = page.getByTestId('component-year-PCI');
    await label.waitFor();
    expect(await label.textContent()).toBe(' (số liệu thành phần mới nhất: 2022, 2021; điểm tổng hợp: 2024)');
    const years = await page.getByTestId('card-PCI').getByTestId('sparkline-years').first().textContent();
    expect(years).toBe('2005–2022');
    await context.close();
  });
});

describe('the analyst', () => {
  it('a permalink keeps the rank table’s sort (PCI 2016 by score, lowest first: 63rd on top)', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2016&province=22');
    await page.getByTestId('rank-table').locator('th[aria-sort] button', { hasText: 'Điểm' }).first().click();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('sort'))).toBe('value');
    const shared = await page.evaluate(() => location.search);
    const top = await firstRow(page).locator('td[data-col="rank"]').textContent();
    expect(top).toBe('63');

    const other = await newPage(browser);
    await openApp(other.page, shared);
    await expect.poll(() => firstRow(other.page).locator('td[data-col="rank"]').textContent()).toBe('63');
    expect(await other.page.getByTestId('rank-table').locator('th[aria-sort="ascending"]').textContent()).toContain('Điểm');
    await other.context.close();
    await context.close();
  });

  it('the two CSV downloads of the rank table have their own names (index, year, view; decimal comma marked)', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2016&province=22');
    await page.getByTestId('rank-table').waitFor();
    const names: string[] = [];
    for (const button of [page.getByRole('button', { name: '⬇ Tải CSV', exact: true }).first(), page.getByRole('button', { name: '⬇ Tải CSV (dấu phẩy thập phân)' }).first()]) {
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      names.push(download.suggestedFilename());
    }
    expect(names).toEqual(['pci-2016-total-rankings-vs-2015.csv', 'pci-2016-total-rankings-vs-2015-vi.csv']);
    await context.close();
  });
});

describe('the leader’s phone', () => {
  it('the map legend’s text is at least 12 px on a 390 px screen', async () => {
    const { page, context } = await newPage(browser, { phone: PHONE });
    await openApp(page, '?tab=map&index=PCI&year=2016&province=22');
    const legend = page.getByTestId('map-legend');
    await legend.waitFor();
    await expect
      .poll(() => legend.evaluate((g) => Math.min(...[...g.querySelectorAll('text')].map((t) => (t as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(t).fontSize)))))
      .toBeGreaterThanOrEqual(11.99);
    expect(await legend.locator('text').count()).toBe(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('PCI’s method-break labels (2006, 2013, 2022) do not overlap on a 390 px screen', async () => {
    const { page, context } = await newPage(browser, { phone: PHONE });
    await openApp(page, `?tab=trends&index=PCI&province=22`);
    const labels = page.getByTestId('trend-chart').locator('text.break-label');
    await expect.poll(() => labels.count()).toBe(3);
    await page.waitForTimeout(300); // the chart measures its box once after layout
    const boxes = await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
      }
    expect(await labels.allTextContents()).toEqual(['Đổi phương pháp 2006', 'Đổi phương pháp 2013', 'Đổi phương pháp 2022']);
    expect(baseUrl()).toBeTruthy();
    await context.close();
  });
});

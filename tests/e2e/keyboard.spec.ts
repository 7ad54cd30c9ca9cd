/**
 * By keyboard alone: a rank-table row opens the province's profile; charts are not unnamed tab stops
 * (their table alternative is one button away); map provinces are one tab stop moved through with the
 * arrow keys, showing the same line as hover, and Enter chooses the province.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard', () => {
  it('PCI 2016 rank table: Enter on "Quảng Ninh" (rank 2) opens its profile', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2016&province=01');
    const name = page.getByRole('button', { name: /^Quảng Ninh — mở hồ sơ tỉnh$/ });
    await name.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/tab=profile/);
    expect(new URL(page.url()).searchParams.get('province')).toBe('22');
    await page.getByRole('heading', { level: 1, name: /Quảng Ninh/ }).waitFor();
    // Tab order reaches the names: from the table's first name button, Tab goes to the next province.
    await page.goBack();
    await page.getByTestId('rank-table').waitFor();
    await page.locator('[data-testid="rank-table"] td[data-col="name"] button').first().focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('td')?.getAttribute('data-col'));
    expect(focused).toBe('name');
    await context.close();
  });

  it('charts are no unnamed tab stops (no role="application"); the trend chart\'s table is one button away', async () => {
    const { page, context } = await newPage(browser);
    for (const query of ['?tab=trends&index=PCI&province=22', '?tab=profile&index=PCI&year=2016&province=22']) {
      await openApp(page, query);
      await page.locator('.chart-frame').first().waitFor();
      await page.waitForTimeout(500);
      const stops = await page.evaluate(() => [...document.querySelectorAll('main svg, main [role="application"]')].filter((el) => el.getAttribute('role') === 'application' || (el as SVGElement).tabIndex >= 0 && el.tagName === 'svg').length);
      expect(stops, query).toBe(0);
    }
    await openApp(page, '?tab=trends&index=PCI&province=22');
    await page.getByTestId('trend-chart-table-toggle').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('trend-chart-table').waitFor();
    await context.close();
  });

  it('map (PCI 2016): one tab stop on the chosen province; arrows move and show the same line as hover; Enter chooses', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=map&index=PCI&year=2016&province=22');
    await page.locator('.choropleth path[data-unit]').first().waitFor();
    const tabStops = await page.locator('.choropleth path[tabindex="0"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')));
    expect(tabStops).toEqual(['22']);
    await page.locator('.choropleth path[data-unit="22"]').focus();
    const info = page.getByTestId('map-info');
    expect(await info.textContent()).toBe(await page.locator('.choropleth path[data-unit="22"]').getAttribute('aria-label'));
    expect(await info.textContent()).toMatch(/Quảng Ninh.*65,6/);
    // Quảng Ninh is in the north-east corner: its western neighbour is another province.
    await page.keyboard.press('ArrowLeft');
    const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-unit'));
    expect(moved).toBeTruthy();
    expect(moved).not.toBe('22');
    const label = await page.locator(`.choropleth path[data-unit="${moved}"]`).getAttribute('aria-label');
    expect(await info.textContent()).toBe(label);
    // Hover shows the same line.
    await page.locator('.choropleth path[data-unit="22"]').hover();
    expect(await info.textContent()).toMatch(/Quảng Ninh/);
    await page.locator(`.choropleth path[data-unit="${moved}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`province=${moved}`));
    expect(await page.locator('.choropleth path[tabindex="0"]').count()).toBe(1);
    await context.close();
  });
});

/**
 * Permalinks, back/forward, and every export's file: PNG (2× the chart), SVG (parses, carries title and
 * source), CSV (BOM, same values, Vietnamese diacritics), and the one-page A4 brief as PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import Papa from 'papaparse';
import { artifactDir, launch, newPage, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path!) };
}

/** Pages in a PDF: page objects, not the /Pages tree node. */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

describe('permalink: ?tab=trends&index=PAPI&province=46&peers=01,79&lang=en', () => {
  const link = '?tab=trends&index=PAPI&province=46&peers=01,79&lang=en';

  it('reproduces the view: Thừa Thiên Huế PAPI with Hà Nội and HCMC as peers, 2024 aggregate 45.095', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, link);
    await expect.poll(() => page.locator('#trends-title').textContent()).toBe('Trends: PAPI — Thua Thien Hue');
    expect(await page.getByTestId('trend-peers').textContent()).toContain('Ha Noi');
    expect(await page.getByTestId('trend-peers').textContent()).toContain('Ho Chi Minh City');
    expect(await page.getByTestId('select-index').inputValue()).toBe('PAPI');
    await page.getByTestId('trend-chart-table-toggle').click();
    const row2024 = page.locator('[data-testid="trend-chart-table"] tbody tr', { hasText: '2024' });
    const cells = await row2024.locator('td').allTextContents();
    // Columns: year, coverage, province, national median, best, best name, region median, Hà Nội, HCMC.
    expect(cells[0]).toBe('2024');
    expect(cells[2]).toBe('45.095');
    expect(cells).toHaveLength(9);
    await context.close();
  });

  it('back and forward restore the component chosen', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, link);
    await page.getByTestId('trend-component').selectOption('corruption_control');
    await expect.poll(() => page.url()).toContain('component=corruption_control');
    await expect.poll(() => page.locator('.chart-title').first().textContent()).toContain('Control of corruption');
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('component=');
    await expect.poll(() => page.getByTestId('trend-component').inputValue()).toBe('total');
    await page.goForward();
    await expect.poll(() => page.getByTestId('trend-component').inputValue()).toBe('corruption_control');
    expect(page.url()).toContain('peers=01%2C79');
    await context.close();
  });
});

describe('chart export', () => {
  it('the trend chart exports a PNG at 2× the drawn chart and an SVG with its title and source line', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=trends&index=PAPI&province=46&peers=01,79&lang=en');
    const chart = page.locator('[data-testid="trend-chart"] .recharts-wrapper > svg.recharts-surface').first();
    await chart.waitFor();
    const drawn = await chart.evaluate((svg) => svg.getBoundingClientRect().toJSON() as DOMRect);

    const svgFile = await download(page, 'trend-chart-svg');
    expect(svgFile.name).toMatch(/\.svg$/);
    const svgText = svgFile.bytes.toString('utf8');
    writeFileSync(`${artifactDir()}/trend-export.svg`, svgText);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.nodeName,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      };
    }, svgText);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    const shownTitle = await page.locator('[data-testid="trend-chart"] .chart-title').textContent();
    expect(shownTitle).toMatch(/^PAPI — .+: Thua Thien Hue 2011–2024$/);
    expect(parsed.texts[0]).toBe(shownTitle);
    expect(parsed.texts.some((t) => t.startsWith('Source: CECODES'))).toBe(true);
    expect(parsed.texts).toContain('Ha Noi');
    expect(parsed.width).toBe(Math.round(drawn.width));

    const pngFile = await download(page, 'trend-chart-png');
    expect(pngFile.name).toMatch(/\.png$/);
    writeFileSync(`${artifactDir()}/trend-export.png`, pngFile.bytes);
    const png = PNG.sync.read(pngFile.bytes);
    expect(png.width).toBe(2 * parsed.width);
    expect(png.height).toBe(2 * parsed.height);
    expect(parsed.height).toBeGreaterThan(Math.round(drawn.height));
    await context.close();
  });

  it('the map exports an SVG carrying the ODbL credit, and its data CSV', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=map&index=PCI&year=2016&province=22&lang=vi');
    await page.locator('[data-testid="map-chart"] svg[data-export-root] path[data-unit="22"]').waitFor();
    const svgFile = await download(page, 'map-chart-svg');
    const text = svgFile.bytes.toString('utf8');
    expect(text).toContain('© OpenStreetMap contributors (ODbL)');
    expect(text).toContain('Bản đồ PCI 2016');
    const png = PNG.sync.read((await download(page, 'map-chart-png')).bytes);
    writeFileSync(`${artifactDir()}/map-export.png`, PNG.sync.write(png));
    expect(png.width).toBeGreaterThan(800);
    await context.close();
  });
});

describe('table export (CSV for Excel)', () => {
  it('PCI 2016 map table: BOM, Vietnamese names intact, Quảng Ninh 65.595551 as plain and as vi-VN decimals', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=map&index=PCI&year=2016&province=22&lang=vi');
    await page.locator('[data-testid="map-table"] tr[data-key="22"]').waitFor();
    const shown = await page.locator('[data-testid="map-table"] tr[data-key="22"] td[data-col="value"]').textContent();
    expect(shown).toBe('65,60');

    const plain = (await download(page, 'map-table-csv')).bytes.toString('utf8');
    expect(plain.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(plain.slice(1).trim(), { delimiter: ',' }).data;
    const header = rows[0];
    const qn = rows.find((r) => r[0] === 'Quảng Ninh')!;
    expect(qn[header.indexOf('Điểm 2016')]).toBe('65.595551');
    expect(qn[header.indexOf('Hạng 2016')]).toBe('2');
    expect(rows.map((r) => r[0])).toContain('Thừa Thiên Huế');
    expect(rows.map((r) => r[0])).toContain('Đắk Lắk');

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /dấu phẩy thập phân/ }).last().click()]);
    const vi = readFileSync((await file.path())!).toString('utf8');
    expect(vi.charCodeAt(0)).toBe(0xfeff);
    const viRows = Papa.parse<string[]>(vi.slice(1).trim(), { delimiter: ';' }).data;
    expect(viRows.find((r) => r[0] === 'Quảng Ninh')![header.indexOf('Điểm 2016')]).toBe('65,595551');
    await context.close();
  });
});

describe('one-page brief', () => {
  it('Thừa Thiên Huế PAPI 2024: a weak component shows the lead department saved in the follow-up plan', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=brief&province=46&lang=vi');
    const weak = page.getByTestId('brief-weak');
    await weak.waitFor();
    // Nothing assigned yet: the brief says so instead of inventing owners.
    expect(await page.locator('[data-testid="brief"]').textContent()).toContain('Chưa có phân công');
    const row = weak.locator('tr', { hasText: 'Quản trị điện tử' });
    expect(await row.textContent()).toContain('chưa phân công');
    const item = {
      id: '46|PAPI|2024|e_governance', province: '46', index: 'PAPI', year: 2024, component: 'e_governance',
      lead: 'so-noi-vu', coOwners: [], targetScore: null, targetRank: null, targetYear: 2025, deadline: null,
      status: 'not_started', notes: '', origin: 'user',
    };
    await page.evaluate((it) => localStorage.setItem('chiso-assignments', JSON.stringify({ state: { items: { [it.id]: it }, departments: {} }, version: 2 })), item);
    await page.reload();
    await page.getByTestId('brief-weak').waitFor();
    await expect.poll(() => page.getByTestId('brief-weak').locator('tr', { hasText: 'Quản trị điện tử' }).textContent()).toContain('Sở Nội vụ');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${artifactDir()}/brief-46-vi.pdf`, pdf);
    expect(pdfPageCount(pdf)).toBe(1);
    await context.close();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`Quảng Ninh brief (${lang}) prints to exactly one A4 page`, async () => {
      const { page, context } = await newPage(browser);
      await openApp(page, `?tab=brief&province=22&lang=${lang}`);
      await page.getByTestId('brief').waitFor();
      const pciScore = page.locator('[data-testid="brief-indices"] tr[data-index="PCI"] td[data-col="score"]');
      // Quảng Ninh's newest PCI figure: PCI 2024, 73.20 (2nd), printed by vietnamnews.vn.
      await expect.poll(() => pciScore.textContent()).toBe(lang === 'vi' ? '73,20' : '73.20');
      // The sources in the brief's language, each shipped file by its title (data/scores/manifest.json).
      const sources = await page.getByTestId('brief-sources').textContent();
      if (lang === 'vi') {
        expect(sources).toContain('Nguồn: PCI 2005–2016: toàn bộ các tỉnh (sổ dữ liệu VCCI) · PCI 2017–2024: bảng, trang tỉnh chính thức và tin tức (một phần)');
        expect(sources).not.toMatch(/workbooks|compiled|news pages/);
        // Why a move is not split, as it is: PAPI 2023 did not rank Quảng Ninh (not missing data); SIPAS 2024 printed its rank only.
        expect(await page.locator('[data-testid="brief-no-move"][data-index="PAPI"]').textContent()).toContain('Không so sánh được với kỳ trước: Quảng Ninh không được xếp hạng trong PAPI 2023:');
        expect(await page.locator('[data-testid="brief-no-move"][data-index="SIPAS"]').textContent()).toBe('SIPAS: Không tách được: kỳ 2024 chỉ công bố hạng, chưa có điểm tổng hợp.');
        expect(await page.getByTestId('brief-moves').textContent()).not.toContain('chưa có điểm tổng hợp của kỳ trước (2023)');
      } else expect(sources).toContain('PCI 2005–2016: every province (VCCI workbooks)');
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(`${artifactDir()}/brief-22-${lang}.pdf`, pdf);
      expect(pdfPageCount(pdf)).toBe(1);
      await context.close();
    });
  }
});

/**
 * Bring your own data, end to end in Chromium: a wide Vietnamese-header PCI 2021 table (name variants,
 * decimal commas) is dropped, its mapping confirmed, and its figures show in the rank table; a table
 * with errors is refused with each error located; the import survives a reload; removing it brings
 * the shipped data back unchanged.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactDir, launch, newPage, openApp, dropFile } from './browser';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
const RANKINGS_2021 = '?tab=rankings&index=PCI&year=2021&province=22';
const cell = (page: Page, unit: string) => page.locator(`[data-testid="rank-table"] tr[data-key="${unit}"] td[data-col="value"]`);
/** A province without a figure: no row, or a row showing "—" (the rank table may list every province). */
const noFigure = async (page: Page, unit: string) => {
  const row = page.locator(`[data-testid="rank-table"] tr[data-key="${unit}"]`);
  return (await row.count()) === 0 || (await cell(page, unit).textContent()) === '—';
};
const coverage = async (page: Page) => Number(/(\d+) trên 63/.exec((await page.getByTestId('coverage-note').textContent()) ?? '')?.[1]);


let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ context, page } = await newPage(browser));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('import a published PCI 2021 wide table and take it back out', () => {
  let shippedCoverage = 0;

  it('before: PCI 2021 shipped has Quảng Ninh 73,02 and no Bắc Giang', async () => {
    await openApp(page, RANKINGS_2021);
    await expect.poll(() => cell(page, '22').textContent()).toBe('73,02');
    expect(await noFigure(page, '24')).toBe(true);
    shippedCoverage = await coverage(page);
    expect(shippedCoverage).toBeLessThan(63);
  });

  it('the wide table: index and year suggested from the file name, every header matched, confirmed, previewed', async () => {
    await openApp(page, '?tab=import&index=PCI&year=2021');
    await dropFile(page, fixture('pci-2021-wide-vi.csv'), 'pci-2021-wide-vi.csv');
    await page.getByTestId('import-mapping').waitFor();
    expect(await page.getByTestId('import-index').inputValue()).toBe('PCI');
    expect(await page.getByTestId('import-year').inputValue()).toBe('2021');
    const meaning = async (col: number) => page.getByTestId(`map-col-${col}`).inputValue();
    expect(await meaning(1)).toBe('ignore'); // STT
    expect(await meaning(2)).toBe('province'); // Tỉnh/Thành phố
    expect(await meaning(3)).toBe('c:entry_costs'); // Gia nhập thị trường
    expect(await meaning(10)).toBe('c:business_support'); // Chính sách hỗ trợ doanh nghiệp
    expect(await meaning(13)).toBe('c:total'); // PCI
    expect(await meaning(14)).toBe('rank'); // Xếp hạng
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    // 8 provinces new to PCI 2021 × 11 figures (Nghệ An's score fills its shipped rank-only row);
    // Quang Ninh, TT-Huế, BRVT, TP.HCM equal the shipped figures.
    expect(await page.getByTestId('import-added').textContent()).toContain('88');
    expect(await page.getByTestId('import-replaced').textContent()).toContain('0');
    expect(await page.getByTestId('import-unchanged').textContent()).toContain('44');
    const warning = page.locator('[data-testid="import-problems"] li[data-code="missing-provinces"]');
    expect(await warning.textContent()).toContain('thiếu 51/63 tỉnh');
    await page.screenshot({ path: `${artifactDir()}/import-preview.png`, fullPage: true });
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-saved-message').waitFor();
    await expect.poll(() => page.getByTestId('import-saved-item').count()).toBe(1);
  });

  it('the rank table shows the imported figures at once: Bắc Giang 64,74, Thái Nguyên 64,81, Kiên Giang 59,73', async () => {
    // No reload: the same page, switched to the rank table.
    await page.getByRole('tab', { name: 'Bảng xếp hạng' }).click();
    expect(page.url()).toContain('index=PCI&year=2021');
    await expect.poll(() => cell(page, '24').textContent()).toBe('64,74');
    expect(await cell(page, '19').textContent()).toBe('64,81');
    expect(await cell(page, '91').textContent()).toBe('59,73');
    expect(await cell(page, '22').textContent()).toBe('73,02');
    // 8 provinces new to PCI 2021, but Nghệ An was already counted (shipped with its printed rank 30 only).
    expect(await coverage(page)).toBe(shippedCoverage + 7);
  });

  it('after a reload the import is still there', async () => {
    await page.reload();
    await page.getByTestId('coverage-note').waitFor();
    await expect.poll(() => cell(page, '24').textContent()).toBe('64,74');
  });

  it('a table with bad rows: each error is located (file, line, column), the bad rows are left out and listed, the good ones can be imported', async () => {
    await openApp(page, '?tab=import&index=PCI&year=2021');
    await page.getByTestId('import-file-input').setInputFiles(fixture('pci-2021-wide-errors.csv'));
    await page.getByTestId('import-mapping').waitFor();
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-left-out').waitFor();
    expect(await page.getByTestId('import-left-out').textContent()).toContain('5 dòng có lỗi (5 lỗi) sẽ chưa được nhập; 11 số liệu đọc được vẫn nhập được.');
    const errors = page.locator('[data-testid="import-problems"] li[data-severity="error"]');
    const located = await errors.evaluateAll((items) => items.map((li) => `${li.getAttribute('data-line')}:${li.getAttribute('data-column')}:${li.getAttribute('data-code')}`));
    expect(located).toEqual(['3:4:not-a-number', '4:2:out-of-scale', '5:1:unknown-province', '6:13:bad-rank', '7:7:field-count']);
    const first = (await errors.first().textContent()) ?? '';
    expect(first).toContain('pci-2021-wide-errors.csv:3:4');
    expect(first).toContain('dòng 3, cột 4');
    expect(first).toContain('"#VALUE!" không phải là số');
    // Quảng Ninh's 11 figures equal the shipped ones: nothing to lay over, but the button is there.
    expect(await page.getByTestId('import-confirm').count()).toBe(1);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => errors.nth(1).textContent()).toContain('Score 69.9 is outside the 0–10 scale of Entry costs');
    await page.screenshot({ path: `${artifactDir()}/import-errors.png`, fullPage: true });
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    expect(await page.getByTestId('import-saved-item').count()).toBe(1);
  });

  it('removing the import brings the shipped PCI 2021 back unchanged', async () => {
    await page.getByTestId('import-remove').click();
    await page.getByTestId('import-remove-confirm').click();
    await expect.poll(() => page.getByTestId('import-saved-item').count()).toBe(0);
    await openApp(page, RANKINGS_2021);
    await expect.poll(() => cell(page, '22').textContent()).toBe('73,02');
    expect(await noFigure(page, '24')).toBe(true);
    expect(await coverage(page)).toBe(shippedCoverage);
  });
});

describe('conflicts with loaded figures are listed and resolved by the user', () => {
  it('a long file with TT-Huế 2021 at 69.42 (loaded 69.24): listed old → new, taken for this row, shown, then removed', async () => {
    const { page: p, context: c } = await newPage(browser);
    await openApp(p, '?tab=import&index=PCI&year=2021&lang=en');
    const csv = 'index;year;province;component;score;rank\nPCI;2021;TT-Huế;total;69,42;8\nPCI;2021;Bắc Giang;total;64,74;31\n';
    await p.getByTestId('import-file-input').setInputFiles({ name: 'corrections.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const row = p.locator('[data-testid="import-conflicts"] [data-key="PCI|2021|46|total"]');
    await row.waitFor();
    expect(await row.locator('[data-col="old"]').textContent()).toBe('69.24 (rank 8)');
    expect(await row.locator('[data-col="new"]').textContent()).toBe('69.42 (rank 8)');
    expect(await row.locator('select').inputValue()).toBe('keep');
    await row.locator('select').selectOption('take');
    await p.getByTestId('import-confirm').click();
    await p.getByTestId('import-saved-message').waitFor();
    await p.getByRole('tab', { name: 'Rankings' }).click();
    await expect.poll(() => cell(p, '46').textContent()).toBe('69.42');
    expect(await cell(p, '24').textContent()).toBe('64.74');
    await p.getByRole('tab', { name: 'Import data' }).click();
    await p.getByTestId('import-remove').click();
    await p.getByTestId('import-remove-confirm').click();
    await expect.poll(() => p.getByTestId('import-saved-item').count()).toBe(0);
    await p.getByRole('tab', { name: 'Rankings' }).click();
    await expect.poll(() => cell(p, '46').textContent()).toBe('69.24');
    await c.close();
  });
});

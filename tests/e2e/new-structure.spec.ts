/**
 * A new structure, end to end in Chromium (issue 21.3), at desktop width and on a 390×844 phone:
 * a PCI 2025 table in the three-pillar shape (PCI 2.0) on the 34 units → the import does not fold it into the old
 * sub-indices but asks, naming the columns → the user declares the new structure, saying "Cạnh tranh bình đẳng"
 * continues the old sub-index of the same name (equal_competition) → the rank table ranks the 34 units among themselves (ranks of the
 * 34-unit edition, not among-loaded), the profile shows no change across the break with the reason, the follow-up
 * gives the new pillar to the department the 2024 plan gave the old sub-index, and the structure survives a reload
 * and goes when the import is removed.
 * The pillar figures are made up (tests/fixtures/import/pci-2025-new-structure.csv: no PCI 2025 figures are published
 * yet, ../shared/data-candidates/SOURCES.md); only the structure matters. Quảng Ninh's PCI 2024 (73,2) is shipped.
 * Each step photographed at desktop and at 390×844 into .test-results/.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactDir, newPage, openApp, launch, dropFile } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FIXTURE = 'tests/fixtures/import/pci-2025-new-structure.csv';
/** The reason in short, worded once in src/domain/catalogue/editionStructure.ts (structureBreakShort). */
const BREAK = 'Không so sánh qua mốc 2025: cấu trúc chỉ số thay đổi';
/** What only the full wording of the break says (structureBreak: "declared on import of …"). */
const BREAK_FULL = 'khai báo khi nhập pci-2025.csv';
/** The break as the rank table and the overview state it (editionStructure.ts structureBreakAcross, 2025 against 2024). */
const ACROSS =
  '2025 có cấu trúc mới, xếp hạng trên 34 đơn vị; 2024 theo cấu trúc cũ, trên 63 tỉnh. Không tính thay đổi điểm hay hạng từ 2024 sang 2025: từ 2025 các thành phần và điểm tổng hợp đo những điều khác trước, nên điểm và hạng hai năm không so được với nhau.';
const ACROSS_EN =
  "2025 has a new structure, ranked among 34 units; 2024 is on the old structure, among 63 provinces. No score or rank change is computed from 2024 to 2025: from 2025 the components and the composite measure different things, so the two years' scores and ranks cannot be compared.";
const rankRow = (page: Page, unit: string) => page.locator(`[data-testid="rank-table"] tr[data-key="${unit}"]`);
const followRow = (page: Page, component: string) => page.locator(`[data-testid="followup-table"] tr[data-key="${component}"]`);


/** No sideways scrolling on the page. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const screens = [
  { name: 'desktop', phone: undefined },
  { name: '390', phone: { width: 390, height: 844 } },
] as const;

describe.each(screens)('a PCI 2025 table with a new structure ($name)', ({ name, phone }) => {
  let page: Page;
  const shoot = (step: string) => page.screenshot({ path: join(artifactDir(), `new-structure-${step}-${name}.png`), fullPage: step !== 'followup' && step !== '5-brief' });
  beforeAll(async () => {
    ({ page } = await newPage(browser, { phone }));
  });

  it("the 2024 plan gives Quảng Ninh's old Cạnh tranh bình đẳng to Sở Tư pháp", async () => {
    await openApp(page, '?tab=followup&index=PCI&year=2024&province=22');
    await followRow(page, 'equal_competition').getByTestId('lead').selectOption('so-tu-phap');
    expect(await followRow(page, 'equal_competition').getByTestId('lead').inputValue()).toBe('so-tu-phap');
  });

  it('the import asks, naming the two columns that match nothing and the one matched by name only; nothing is checked or imported', async () => {
    await openApp(page, '?tab=import');
    await dropFile(page, FIXTURE, 'pci-2025.csv');
    const ask = page.getByTestId('import-unmatched-columns');
    await ask.waitFor();
    expect(await page.getByTestId('import-index').inputValue()).toBe('PCI');
    expect(await page.getByTestId('import-year').inputValue()).toBe('2025');
    expect(await page.getByTestId('structure-ask-columns').textContent()).toBe('Cột có số liệu nhưng không khớp thành phần nào: "Môi trường kinh doanh", "Động lực tăng trưởng". Bảng chưa được nhập.');
    expect(await page.getByTestId('structure-ask-matched').textContent()).toContain('"Cạnh tranh bình đẳng" → Cạnh tranh bình đẳng');
    expect(await page.getByTestId('import-check').isDisabled()).toBe(true);
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot('1-ask');
    // The same question in English, no internal ids.
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByTestId('structure-ask-columns').textContent()).toBe('Columns of figures that match no component: "Môi trường kinh doanh", "Động lực tăng trưởng". The table has not been imported.');
    expect(await page.getByTestId('import-new-structure').textContent()).toBe('(b) This edition has a new structure');
    expect(await ask.textContent()).not.toMatch(/equal_competition|moi_truong|dong_luc/);
    await shoot('1-ask-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });

  it('"Đây là cấu trúc mới": three components named as printed on 0–10, a method break; the user says which old one "Cạnh tranh bình đẳng" continues', async () => {
    await page.getByTestId('import-new-structure').click();
    const panel = page.getByTestId('import-structure');
    await panel.waitFor();
    expect(await page.getByTestId('structure-name').allTextContents()).toEqual(['Môi trường kinh doanh', 'Cạnh tranh bình đẳng', 'Động lực tăng trưởng']);
    expect(await page.getByTestId('structure-component').first().textContent()).toContain('thang 0–10');
    expect(await page.getByTestId('structure-break').textContent()).toContain('xếp hạng trong 34 đơn vị của năm 2025');
    const pillar = page.getByTestId('structure-component').nth(1);
    await pillar.getByTestId('structure-continues-summary').click();
    await pillar.getByLabel('Cạnh tranh bình đẳng: Tiếp nối thành phần cũ Cạnh tranh bình đẳng').check();
    expect(await pillar.getByTestId('structure-continues-summary').textContent()).toBe('Tiếp nối thành phần cũ: Cạnh tranh bình đẳng');
    await page.getByTestId('import-preview').waitFor();
    // 34 units × (three pillars + the composite), all new; none folded into equal_competition.
    expect(await page.getByTestId('import-added').textContent()).toContain('136');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot('2-structure');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-saved-message').waitFor();
    expect(await page.getByTestId('import-saved-structure').textContent()).toContain('cấu trúc mới');
  });

  it('the rank table: 34 units ranked among themselves, ranks of the 34-unit edition (not among-loaded), a method break against 2024', async () => {
    await openApp(page, '?tab=rankings&index=PCI&year=2025&province=n22');
    await rankRow(page, 'n22').waitFor();
    expect(await page.locator('[data-testid="rank-table"] tbody tr').count()).toBe(34);
    expect(await page.getByTestId('coverage-note').textContent()).toContain('34 trên 34');
    const first = rankRow(page, 'n66'); // Đắk Lắk, printed 1st with 74,63
    expect(await first.locator('td[data-col="value"]').textContent()).toBe('74,63');
    expect(await first.locator('td[data-col="rank"]').textContent()).toBe('1');
    const rankTexts = await page.locator('[data-testid="rank-table"] td[data-col="rank"]').allTextContents();
    expect(rankTexts.some((t) => t.includes('*'))).toBe(false);
    expect(await page.locator('main').textContent()).toContain('Cấu trúc mới từ 2025');
    // Across the break the 2024 rank (of 63, old structure) is left out, as on the profile, and says why; the change
    // cell gives the reason, not a bare "—".
    expect(await page.locator('[data-testid="rank-table"] td[data-col="baseRank"]').count()).toBe(0);
    expect(await page.locator('[data-testid="rank-table"] th').allTextContents()).not.toContain(expect.stringContaining('Hạng năm so sánh'));
    expect(await rankRow(page, 'n22').locator('td[data-col="comparison"]').textContent()).toBe(BREAK);
    // One box says it plainly, in the one wording of editionStructure.ts: 2025 is a new structure on 34 units, no
    // score or rank change is computed across it, and why — not the generic "do not read it as real change".
    const box = page.getByTestId('method-break-warning');
    expect(await box.count()).toBe(1);
    expect(await box.locator('strong').textContent()).toBe(`⚠ ${BREAK}.`);
    expect(await page.getByTestId('structure-break-note').textContent()).toBe(ACROSS);
    expect(await page.getByTestId('structure-break-record').textContent()).toContain(`Cấu trúc mới từ 2025 (${BREAK_FULL}): 3 thành phần`);
    expect(await box.textContent()).not.toContain('không nên đọc như thay đổi thực chất');
    expect(await box.textContent()).not.toContain('Thay đổi phương pháp');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot('3-rankings');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await box.locator('strong').textContent()).toBe('⚠ Not compared across 2025: the index\'s structure changed.');
    expect(await page.getByTestId('structure-break-note').textContent()).toBe(ACROSS_EN);
    expect(await box.textContent()).not.toContain('do not read it as real change');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot('3-rankings-en');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  });

  it('the rank table CSV for PCI 2025: 34 rows with the rank basis, no score or rank change across the break, the reason instead', async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rank-table-csv').click()]);
    const text = readFileSync((await file.path())!).toString('utf8');
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ',' }).data;
    const [header, ...body] = rows;
    expect(body).toHaveLength(34);
    const col = (name: string) => header.findIndex((h) => h.startsWith(name));
    expect(col('Loại hạng')).toBeGreaterThanOrEqual(0);
    expect(body.every((r) => r[col('Loại hạng')] !== '')).toBe(true);
    expect(col('Hạng năm so sánh')).toBe(-1);
    expect(body.map((r) => r[col('Thay đổi điểm')]).filter(Boolean)).toEqual([]);
    expect(body.map((r) => r[col('Thay đổi hạng')]).filter(Boolean)).toEqual([]);
    expect(new Set(body.map((r) => r[col('Thay đổi (so với 2024)')]))).toEqual(new Set([BREAK]));
    const qn = body.find((r) => r[header.indexOf('Tỉnh/thành')] === 'Quảng Ninh')!;
    expect(qn[header.indexOf('Hạng')]).toBe('13');
  });

  it("the overview: Quảng Ninh's PCI card shows 2025 with no change, and says why", async () => {
    await openApp(page, '?tab=overview&province=n22');
    const withheld = page.getByTestId('change-withheld-PCI');
    await withheld.waitFor();
    expect(await page.getByTestId('change-PCI').textContent()).toBe('—');
    expect(await withheld.textContent()).toBe(BREAK);
    const card = page.getByTestId('card-PCI');
    expect(await card.locator('h2').textContent()).toContain('PCI 2025');
    // 2025 on the new structure is its own edition, labelled; the change is not "since 2024" and says why.
    expect(await page.getByTestId('structure-label-PCI').textContent()).toBe('Cấu trúc mới từ 2025');
    expect(await card.locator('dt').allTextContents()).not.toContain(expect.stringContaining('so với 2024'));
    expect(await page.getByTestId('structure-across-PCI').textContent()).toBe(ACROSS);
    // The three pillars' 2025 figures, with no line, no trend class and no "insufficient data" (a lone point is not a trend).
    const pillars = page.getByTestId('structure-components-PCI');
    expect(await pillars.locator('li .trend-name').allTextContents()).toEqual(['Môi trường kinh doanh', 'Cạnh tranh bình đẳng', 'Động lực tăng trưởng']);
    expect(await pillars.locator('li .trend-value').allTextContents()).toEqual(['7,45', '5,54', '6,74']);
    expect(await card.getByTestId('sparkline').count()).toBe(0);
    expect(await card.locator('.sparkline-empty').count()).toBe(0);
    expect(await card.textContent()).not.toContain('Chưa đủ số liệu');
    expect(await card.textContent()).not.toContain('Xu hướng các chỉ số thành phần');
    // PAR INDEX, SIPAS and PAPI have not published on the 34 units: their cards show Quảng Ninh's own latest figures
    // before the reorganisation (shipped: PAR INDEX 2023 92,18, 1st; PAPI 2024 47,82, 1st), as the 63-province unit's,
    // and offer no import of figures that are loaded.
    const par = page.getByTestId('predecessors-PAR');
    expect(await par.locator('[data-testid="predecessor"]').evaluateAll((li) => li.map((l) => l.getAttribute('data-unit')))).toEqual(['22']);
    expect(await par.textContent()).toContain('PAR INDEX chưa có kỳ nào xếp hạng Quảng Ninh theo 34 đơn vị hành chính từ 1/7/2025');
    expect(await par.textContent()).toContain('Số liệu gần nhất là của chính tỉnh này trước sắp xếp (trên 63 tỉnh):');
    expect(await par.getByTestId('predecessor').textContent()).toContain('Quảng Ninh — PAR INDEX 2023: 92,18 · hạng 1/63');
    expect(await page.getByTestId('predecessors-PAPI').getByTestId('predecessor').textContent()).toContain('Quảng Ninh — PAPI 2024: 47,82');
    expect(await page.getByTestId('card-PAR').textContent()).not.toContain('Nhập dữ liệu');
    expect(await page.getByTestId('card-PAR').locator('.big-number').textContent()).toBe('Chưa có kỳ trên 34 đơn vị');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('card-PAR').scrollIntoViewIfNeeded();
    await shoot('overview-before-2025');
    await card.scrollIntoViewIfNeeded();
    await shoot('overview');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getByTestId('structure-label-PCI').textContent()).toBe('New structure from 2025');
    expect(await page.getByTestId('change-withheld-PCI').textContent()).toBe("Not compared across 2025: the index's structure changed");
    expect(await page.getByTestId('structure-across-PCI').textContent()).toBe(ACROSS_EN);
    expect(await card.locator('dt').allTextContents()).not.toContain(expect.stringContaining('since 2024'));
    await shoot('overview-en');
    expect(await page.getByTestId('predecessors-PAR').textContent()).toContain("The latest figures are this province's own, before the reorganisation (among 63 provinces):");
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    // The way to those figures: Quảng Ninh's overview as the 63-province unit, on the year of the figure.
    await page.getByTestId('predecessors-PAR').getByTestId('predecessor-open').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('22');
    await page.getByTestId('score-PAR').waitFor();
    expect(await page.getByTestId('score-PAR').textContent()).toBe('92,18');
  });

  it("the overview of Quảng Ninh as a 63-province unit: PCI 2024 (73,20, 2/63) with its sub-indices' lines, untouched by the 2025 structure", async () => {
    await openApp(page, '?tab=overview&index=PCI&province=22');
    const card = page.getByTestId('card-PCI');
    await card.locator('h2').waitFor();
    expect(await card.locator('h2').textContent()).toContain('PCI 2024');
    expect(await page.getByTestId('score-PCI').textContent()).toBe('73,20');
    expect(await page.getByTestId('structure-label-PCI').count()).toBe(0);
    // The 2025 pillars are not this unit's: its card keeps the ten old sub-indices and their lines (emptied before).
    expect(await card.getByTestId('sparkline').count()).toBeGreaterThanOrEqual(9);
    expect(await card.textContent()).not.toMatch(/Môi trường kinh doanh|Động lực tăng trưởng/);
    // The notice does not call PCI 2025 "not loaded" for Quảng Ninh nor offer its import: it points to the 2025 unit.
    expect(await page.getByTestId('landing-under').textContent()).toBe('PCI 2025 xếp hạng các tỉnh, thành từ năm 2025: số liệu của Quảng Ninh nằm ở Quảng Ninh (đơn vị từ 2025). ');
    expect(await page.getByTestId('landing-import').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot('overview-63');
    await page.getByTestId('landing-go-under').click();
    await expect.poll(() => page.getByTestId('structure-label-PCI').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('province')).toBe('n22');
    expect(await page.getByTestId('card-PCI').locator('h2').textContent()).toContain('PCI 2025');
  });

  it("the profile: Quảng Ninh PCI 2025 ranked of 34, no change from 2024's 73,2 — the reason is the break", async () => {
    await openApp(page, '?tab=profile&index=PCI&year=2025&province=n22');
    const withheld = page.getByTestId('change-withheld');
    await withheld.waitFor();
    expect(await withheld.textContent()).toContain('Không so sánh qua mốc 2025: cấu trúc chỉ số thay đổi');
    expect(await page.getByTestId('profile-method-break').textContent()).toContain('Cấu trúc mới từ 2025');
    expect(await page.getByTestId('composite-change').count()).toBe(0);
    // The headline sets neither score nor rank against 2024 (no "2/63 → 13/34"), and says why.
    expect(await page.getByTestId('profile-change-withheld').textContent()).toContain('so với 2024: — (Không so sánh qua mốc 2025');
    expect(await page.getByTestId('profile-boundary').count()).toBe(0);
    expect(await page.getByTestId('profile-rank').textContent()).toBe('Hạng 13 trên 34');
    // "Falling in a row" needs earlier editions: withheld with the break as the reason, not "too few editions".
    expect(await page.getByTestId('weak-components').textContent()).toContain('giảm liên tiếp: Không so sánh qua mốc 2025: cấu trúc chỉ số thay đổi');
    expect(await page.getByTestId('contributions').count()).toBe(0);
    // The break is told in full once (under "why the rank moved"), named briefly in the headline, the move and the weak list.
    expect(await page.getByTestId('profile-method-break').textContent()).toContain(BREAK_FULL);
    expect(await withheld.textContent()).toBe(`${BREAK}.`);
    expect(await page.getByTestId('profile-change-withheld').textContent()).toBe(`so với 2024: — (${BREAK})`);
    expect((await page.locator('main').textContent())!.split(BREAK_FULL)).toHaveLength(2);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot('4-profile');
  });

  it('the follow-up: the new pillar "Cạnh tranh bình đẳng" is given as the 2024 plan gave the old sub-index of that name (Sở Tư pháp); the other pillars carry nothing', async () => {
    await openApp(page, '?tab=followup&index=PCI&year=2025&province=n22');
    const carried = followRow(page, 'canh_tranh_binh_dang').getByTestId('carried');
    await carried.waitFor();
    expect(await carried.textContent()).toContain('Theo kế hoạch năm 2024 cho Cạnh tranh bình đẳng');
    expect(await carried.textContent()).toContain('Sở Tư pháp');
    expect(await followRow(page, 'moi_truong_kinh_doanh').getByTestId('carried').count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await carried.scrollIntoViewIfNeeded();
    await shoot('followup');
  });

  it('the brief: PCI 2025 says why there is no change since 2024 (the new structure), never "no score for the previous edition"', async () => {
    await openApp(page, '?tab=brief&index=PCI&province=n22');
    const withheld = page.getByTestId('brief-change-withheld');
    await withheld.waitFor();
    expect(await withheld.textContent()).toContain('PCI 2025: Không so sánh qua mốc 2025: cấu trúc chỉ số thay đổi');
    expect(await page.getByTestId('brief-moves').textContent()).not.toContain('chưa có điểm tổng hợp của kỳ trước (2024)');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // The weak pillar's owner is carried from the 2024 plan of Quảng Ninh (unit 22) for the old component.
    expect(await page.getByTestId('brief-weak').textContent()).toContain('Sở Tư pháp (theo kế hoạch 2024 cho Cạnh tranh bình đẳng)');
    expect(await page.locator('main').textContent()).not.toContain('Chưa có phân công');
    await withheld.scrollIntoViewIfNeeded();
    await shoot('5-brief');
  });

  it('the map: PCI 2025 with the new pillar chosen colours the 34 units (no 63-province shapes), none left grey', async () => {
    await openApp(page, '?tab=map&index=PCI&year=2025&province=n22&component=canh_tranh_binh_dang');
    const shapes = page.locator('.choropleth path[data-unit]');
    await shapes.first().waitFor();
    expect(await page.getByTestId('map-component').inputValue()).toBe('canh_tranh_binh_dang');
    const units = await shapes.evaluateAll((els) => els.map((e) => ({ unit: e.getAttribute('data-unit'), fill: e.getAttribute('fill') })));
    expect(units).toHaveLength(34);
    expect(units.filter((u) => !u.unit!.startsWith('n'))).toEqual([]); // the 2025 units, not the 63 provinces
    expect(units.filter((u) => u.fill === '#d9d9d9')).toEqual([]); // NO_DATA (colour.ts)
    expect(await page.locator('[data-testid="map-table"] tbody tr').count()).toBe(34);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot('6-map');
  });

  it('the trends: the PCI composite is cut at the break (no line from 2024 into 2025), the break labelled "Cấu trúc mới 2025"', async () => {
    await openApp(page, '?tab=trends&index=PCI&province=n22&component=total');
    const chart = page.getByTestId('trend-chart');
    await chart.locator('.recharts-line-curve').first().waitFor();
    const labels = await chart.locator('.break-label').allTextContents();
    expect(labels).toContain('Cấu trúc mới 2025');
    // The break's x (the dashed line labelled 2025), and every drawn segment of every line: none crosses it.
    const crossing = await chart.evaluate((root) => {
      // The label sits centred on its dashed line; the line at that x is the break.
      const label = [...root.querySelectorAll('text.break-label')].find((t) => t.textContent?.includes('Cấu trúc mới 2025'))!;
      const labelX = Number(label.getAttribute('x'));
      const lines = [...root.querySelectorAll('.recharts-reference-line line')].map((l) => Number(l.getAttribute('x1')));
      const x = lines.find((lx) => Math.abs(lx - labelX) < 1) ?? -1;
      const curves = [...root.querySelectorAll('.recharts-line-curve')].map((p) => p.getAttribute('d') ?? '');
      const crossings: string[] = [];
      let drawn = 0;
      for (const d of curves)
        for (const sub of d.split('M').filter(Boolean)) {
          const xs = sub.split('L').map((pt) => Number(pt.split(',')[0]));
          drawn += xs.length;
          for (let i = 1; i < xs.length; i++) if ((xs[i - 1] - x) * (xs[i] - x) < 0) crossings.push(d.slice(0, 40));
        }
      return { x, drawn, crossings };
    });
    expect(crossing.x).toBeGreaterThan(0);
    expect(crossing.drawn).toBeGreaterThan(10);
    expect(crossing.crossings).toEqual([]);
    expect(await page.getByTestId('trend-breaks').textContent()).toContain('2025: Cấu trúc mới từ 2025');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot('7-trends');
  });

  it('after a reload the structure is still there; removing the import removes it (PCI 2025 gone, the old sub-indices back)', async () => {
    await openApp(page, '?tab=rankings&index=PCI&year=2025&province=n22&component=canh_tranh_binh_dang');
    await rankRow(page, 'n22').waitFor();
    expect(await page.locator('[data-testid="rank-table"] tbody tr').count()).toBe(34);
    await openApp(page, '?tab=import');
    await page.getByTestId('import-remove').click();
    await page.getByTestId('import-remove-confirm').click();
    await expect.poll(() => page.getByTestId('import-saved-item').count()).toBe(0);
    await openApp(page, '?tab=rankings&index=PCI&year=2025&province=n22');
    await page.getByTestId('rank-table').waitFor();
    expect(await page.getByTestId('coverage-note').textContent()).not.toContain('PCI 2025');
    expect(await page.locator('main').textContent()).not.toContain('Cấu trúc mới từ 2025');
  });
});

/**
 * Owners at indicator level and each department's request ("Việc cần làm"), desktop and 390×844, on the real shipped
 * PAPI 2024 sub-dimensions of Quảng Ninh: give one indicator (e-responsiveness, suggested to Sở KH&CN as its
 * sub-index) to Thanh tra tỉnh in the indicator view; the department page lists it (plan); Thanh tra's request holds
 * only its own weak indicators with their real figures (ranks among the 61 provinces loaded, marked *), and no
 * indicator of another department (water quality, Sở Nông nghiệp và Môi trường's); the .docx says the same.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { artifactDir, launch, newPage, openApp } from './browser';
import { fixtureSheets } from '../fixtures/indicatorWorkbook';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { readIndicatorWorkbook } from '@/domain/import/indicatorWorkbook';
import { sheetCell } from '@/domain/import/sourceTable';
import { blankItem, blankTask, withIndicatorPlan } from '@/domain/plan/followup';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const E_RESPONSIVENESS = 'Phúc đáp của chính quyền qua cổng thông tin điện tử';
const TASK = 'Trả lời phản ánh trên cổng trong 5 ngày';

/** Paragraph texts of a .docx (w:p → joined w:t). */
function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
}
const ownerCell = (page: Page, id: string) => page.locator(`[data-testid="indicator-owner"][data-indicator="${id}"]`);

for (const phone of [undefined, { width: 390, height: 844 }]) {
  const screen = phone ? '390' : 'desktop';
  describe(`indicator owners and a department's request (${phone ? '390×844' : 'desktop'})`, () => {
    it('an owner set for one indicator shows on the department page; the request lists only the department’s weak indicators with real figures; the .docx says the same', async () => {
      const { page, context } = await newPage(browser, { phone });
      await openApp(page, '?tab=indicators&index=PAPI&year=2024&province=22&component=e_governance');
      const cell = ownerCell(page, 'e_governance.e_responsiveness');
      await cell.waitFor({ timeout: 30_000 });
      // Before: its sub-index's suggested owner (Sở KH&CN, the 2025 successor of Sở TT&TT), not the plan.
      expect(await cell.getAttribute('data-owner')).toBe('so-khcn');
      expect(await cell.getAttribute('data-basis')).toBe('suggested');
      // By keyboard: focus the choice, pick Thanh tra tỉnh.
      const select = cell.getByTestId('indicator-owner-select');
      await select.focus();
      await select.selectOption('thanh-tra');
      await expect.poll(() => cell.getAttribute('data-owner')).toBe('thanh-tra');
      expect(await cell.getAttribute('data-basis')).toBe('plan');
      expect(await cell.innerText()).toContain('Thanh tra tỉnh');
      // The other indicators keep their sub-index's owner.
      expect(await ownerCell(page, 'e_governance.internet_access').getAttribute('data-owner')).toBe('so-khcn');
      const box = await select.boundingBox();
      expect(box!.height).toBeGreaterThanOrEqual(44);
      if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      await page.screenshot({ path: `${artifactDir()}/indicator-owner-${screen}.png`, fullPage: !phone });

      // The follow-up names the same owner for it (plan), its sub-index's for the others.
      await openApp(page, '?tab=followup&index=PAPI&year=2024&province=22');
      const inPlan = page.locator('[data-testid="followup-indicator-owners"] li[data-indicator="e_governance.e_responsiveness"]');
      await inPlan.waitFor({ state: 'attached', timeout: 30_000 });
      expect(await inPlan.getAttribute('data-owner')).toBe('thanh-tra');
      expect(await inPlan.getAttribute('data-basis')).toBe('plan');
      expect(await page.locator('[data-testid="followup-indicator-owners"] li[data-indicator="e_governance.internet_access"]').getAttribute('data-owner')).toBe('so-khcn');
      // The plan's target and deadline for that indicator, typed in the follow-up.
      await page.locator('details[data-key="e_governance"] > summary').click();
      await inPlan.getByTestId('indicator-target').fill('0,6');
      await inPlan.getByTestId('indicator-deadline').fill('2025-12-31');
      await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('chiso-assignments')!).state.items['22|PAPI|2024|e_governance'].indicators['e_governance.e_responsiveness'])).toEqual({ lead: 'thanh-tra', coOwners: [], target: 0.6, deadline: '2025-12-31' });

      // The A4 assignment sheet lists the indicator's own line under its sub-index.
      const sheetLine = page.locator('[data-testid="sheet-indicator"][data-key="e_governance@e_governance.e_responsiveness"]');
      await expect.poll(async () => (await sheetLine.textContent())?.replace(/\s+/g, ' ')).toContain(`Chỉ tiêu: ${E_RESPONSIVENESS}Thanh tra tỉnh0,6031/12/2025`);

      // A task that targets the indicator.
      const group = page.locator('[data-testid="tasks-panel"] details[data-key="e_governance"]');
      await group.getByTestId('add-task').click();
      const task = group.getByTestId('task').first();
      await task.getByTestId('task-title').fill(TASK);
      await task.getByTestId('task-indicator').selectOption('e_governance.e_responsiveness');
      await task.getByTestId('task-deadline').fill('2025-09-30');
      await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('chiso-assignments')!).state.items['22|PAPI|2024|e_governance'].tasks[0]?.indicator)).toBe('e_governance.e_responsiveness');
      // The A4 assignment sheet names it under the task.
      expect(await page.getByTestId('sheet-task-indicator').first().textContent()).toBe(`Chỉ tiêu: ${E_RESPONSIVENESS}`);

      // The plan as .xlsx: the task names its indicator; the indicator's line is a row of its own with its owner, target in its unit and deadline.
      const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
      const xlsxBytes = readFileSync((await xlsxDownload.path())!);
      const book = XLSX.read(xlsxBytes);
      const aoa = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]], { header: 1, defval: '' }).map((r) => r.map(String));
      const taskRow = aoa.find((r) => r[2].startsWith(TASK))!;
      expect(taskRow[2]).toBe(`${TASK}\nChỉ tiêu: ${E_RESPONSIVENESS}`);
      expect(taskRow[1]).toBe('PAPI — Quản trị điện tử');
      expect(taskRow[5]).toBe('30/09/2025');
      const lineRow = aoa.find((r) => r[2] === `Chỉ tiêu: ${E_RESPONSIVENESS}`)!;
      expect(lineRow.slice(1, 7)).toEqual(['PAPI — Quản trị điện tử', `Chỉ tiêu: ${E_RESPONSIVENESS}`, 'Thanh tra tỉnh', '', '31/12/2025', '0,60 (PAPI 2025)']);
      // The line comes after the component's task.
      expect(aoa.indexOf(lineRow)).toBeGreaterThan(aoa.indexOf(taskRow));

      // The quarterly report as .docx: the same task and line.
      const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
      const reportBytes = readFileSync((await docxDownload.path())!);
      const paragraphs = docxParagraphs(reportBytes);
      const at = paragraphs.indexOf(TASK);
      expect(at).toBeGreaterThan(0);
      expect(paragraphs[at + 1]).toBe(`Chỉ tiêu: ${E_RESPONSIVENESS}`);
      const line = paragraphs.lastIndexOf(`Chỉ tiêu: ${E_RESPONSIVENESS}`);
      expect(line).toBeGreaterThan(at + 1);
      expect(paragraphs.slice(line + 1, line + 5)).toEqual(['Thanh tra tỉnh', '', '31/12/2025', '0,60 (PAPI 2025)']);
      expect(paragraphs.find((p) => p.startsWith('Tổng số nhiệm vụ:'))).toMatch(/^Tổng số nhiệm vụ: 1;/);
      if (!phone) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${artifactDir()}/ke-hoach-chi-tieu.xlsx`, xlsxBytes);
        writeFileSync(`${artifactDir()}/bao-cao-quy-chi-tieu.docx`, reportBytes);
      }

      // The quarterly report's A4 print view: the same rows.
      await page.getByTestId('report-preview').click();
      const reportLine = page.locator('[data-testid="report-row"][data-kind="indicator"][data-indicator="e_governance.e_responsiveness"]');
      await reportLine.waitFor({ timeout: 30_000 });
      expect((await reportLine.innerText()).replace(/\s+/g, ' ')).toContain(`Chỉ tiêu: ${E_RESPONSIVENESS} Thanh tra tỉnh 31/12/2025 0,60 (PAPI 2025)`);
      expect((await page.locator('[data-testid="report-row"][data-kind="task"]').first().innerText()).replace(/\s+/g, ' ')).toContain(`${TASK} Chỉ tiêu: ${E_RESPONSIVENESS}`);
      await page.getByTestId('report-sheet').screenshot({ path: `${artifactDir()}/report-indicator-${screen}.png` });

      // The department page of Thanh tra tỉnh.
      await openApp(page, '?tab=province&index=PAPI&year=2024&province=22&dept=thanh-tra');
      const owned = page.getByTestId('department-owned-indicators');
      await owned.waitFor({ timeout: 30_000 });
      const row = owned.locator('tr[data-indicator="e_governance.e_responsiveness"]');
      expect(await row.getAttribute('data-basis')).toBe('plan');
      expect(await row.getAttribute('data-role')).toBe('lead');
      expect(await row.innerText()).toContain('0,42');

      // Its request: its own weak indicators only, with their figures.
      const request = page.getByTestId('department-request');
      expect(await request.getByTestId('request-subtitle').innerText()).toContain('Thanh tra tỉnh — Quảng Ninh — PAPI 2024');
      const rows = (await request.getByTestId('request-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      // Two: interactions with local authorities (1,97 against a median of 1,97 as printed) is not worse than the median.
      expect(rows).toHaveLength(2);
      expect(rows.some((r) => r.includes('Hiệu quả tương tác với các cấp chính quyền'))).toBe(false);
      const responsiveness = rows.find((r) => r.includes(E_RESPONSIVENESS))!;
      expect(responsiveness).toContain('0,42');
      expect(responsiveness).toContain('0,43'); // national median
      expect(responsiveness).toContain('Bà Rịa - Vũng Tàu: 0,62');
      expect(responsiveness).toContain('34*/61');
      expect(responsiveness).toContain('0,60 31/12/2025'); // the plan's target and deadline for it
      expect(rows.find((r) => r.includes('Giải đáp khiếu nại, tố cáo, khúc mắc của người dân'))).toContain('57*/61');
      const text = await request.innerText();
      expect(text).not.toContain('Chất lượng nước'); // Sở Nông nghiệp và Môi trường's
      expect(text).not.toContain('Tiếp cận và sử dụng Internet'); // not weak, and Sở KH&CN's
      expect(text).toContain('Hạng có dấu * là hạng trong số các tỉnh có số liệu');
      if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      await request.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${artifactDir()}/department-request-${screen}.png`, fullPage: !phone });

      // The .docx: the same rows, nothing of another department.
      const [download] = await Promise.all([page.waitForEvent('download'), request.getByTestId('request-docx').click()]);
      expect(download.suggestedFilename()).toMatch(/^viec-can-lam-thanh-tra-tinh-quang-ninh-\d{4}-\d{2}-\d{2}\.docx$/);
      const bytes = readFileSync((await download.path())!);
      const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']);
      const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      for (const expected of ['31/12/2025', 'VIỆC CẦN LÀM', 'UBND TỈNH QUẢNG NINH', 'Thanh tra tỉnh — Quảng Ninh — PAPI 2024', E_RESPONSIVENESS, '34*/61', '57*/61', 'Bà Rịa - Vũng Tàu: 0,62']) expect(words).toContain(expected);
      expect(words).not.toContain('Chất lượng nước');
      if (!phone) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${artifactDir()}/viec-can-lam-thanh-tra.docx`, bytes);
      }

      // An earlier edition chosen: PAPI 2020, that edition's figures (national ranks among 63, change since 2019); the
      // address keeps the choice and the .docx follows it.
      const edition = page.getByTestId('request-edition');
      expect(await edition.inputValue()).toBe('2024');
      expect(await edition.locator('option').allTextContents()).not.toContain('2023'); // Quảng Ninh not ranked in PAPI 2023
      await edition.selectOption('2020');
      await expect.poll(() => request.getByTestId('request-subtitle').innerText()).toContain('Thanh tra tỉnh — Quảng Ninh — PAPI 2020');
      const rows2020 = (await request.getByTestId('request-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
      expect(rows2020).toHaveLength(2);
      expect(rows2020[0]).toContain('Hiệu quả tương tác với các cấp chính quyền');
      expect(rows2020[0]).toContain('1,93');
      expect(rows2020[0]).toContain('48/63');
      expect(rows2020[0]).toContain('+0,06 (so với 2019)');
      expect(rows2020[1]).toContain('Giải đáp khiếu nại, tố cáo, khúc mắc của người dân');
      expect(rows2020[1]).toContain('0,90');
      expect(rows2020[1]).toContain('42/63');
      expect(await request.innerText()).not.toContain(E_RESPONSIVENESS); // the 2024 plan's line does not speak for 2020
      expect(page.url()).toContain('reqeditions=PAPI%3A2020');
      const editionBox = (await edition.boundingBox())!;
      expect(editionBox.height).toBeGreaterThanOrEqual(44);
      if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      await page.locator('.request-editions').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: `${artifactDir()}/request-edition-${screen}.png` });
      const [download2020] = await Promise.all([page.waitForEvent('download'), request.getByTestId('request-docx').click()]);
      const words2020 = strFromU8(unzipSync(new Uint8Array(readFileSync((await download2020.path())!)))['word/document.xml']).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
      for (const expected of ['Thanh tra tỉnh — Quảng Ninh — PAPI 2020', 'Hiệu quả tương tác với các cấp chính quyền', '1,93', '48/63', '0,90', '42/63']) expect(words2020).toContain(expected);
      expect(words2020).not.toContain('34*/61');
      if (!phone) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${artifactDir()}/viec-can-lam-thanh-tra-2020.docx`, readFileSync((await download2020.path())!));
      }
      // The permalink opens on the chosen edition.
      await openApp(page, '?tab=province&index=PAPI&year=2024&province=22&dept=thanh-tra&reqeditions=PAPI:2020');
      await expect.poll(() => page.getByTestId('request-subtitle').innerText(), { timeout: 30_000 }).toContain('PAPI 2020');
      expect(await page.getByTestId('request-edition').inputValue()).toBe('2020');

      // English: the same request, English words.
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => request.innerText()).toContain('TO-DO REQUEST');
      expect(await request.innerText()).toContain('Responsiveness');
      await context.close();
    }, 120_000);
  });
}

/**
 * PCI base indicators in the plan's exports: the definitions come from a workbook saved in IndexedDB (the LAYOUT
 * FIXTURE of tests/fixtures/indicatorWorkbook.ts — labels as VCCI prints them, indicator values NOT published figures),
 * read lazily; the export is clicked as soon as the follow-up shows and must wait for them: labels, never codes.
 */
const LURC = '% DN có mặt bằng kinh doanh và có Giấy chứng nhận quyền sử dụng đất';
const LURC_DAYS = 'Số ngày chờ đợi để được cấp Giấy CNQSDĐ (trung vị)';
const LAND_TASK = 'Rút ngắn thời gian cấp Giấy CNQSDĐ lần đầu';
for (const phone of [undefined, { width: 390, height: 844 }]) {
  describe(`PCI indicators in the plan's exports (${phone ? '390×844' : 'desktop'})`, () => {
    it('a saved PCI 2016 workbook: the .xlsx and .docx name the task\'s indicator and the line\'s, with its own owner and a share target as a percentage', async () => {
      const book = readIndicatorWorkbook(
        fixtureSheets(2016).map((sh) => ({ kind: 'sheet' as const, name: sh.name, rows: sh.rows, place: (r: number, c: number) => ({ vi: sheetCell(sh.name, r, c), en: sheetCell(sh.name, r, c) }) })),
        'PCI_2016.xlsx',
        2016,
        defaultCatalogue,
      );
      const record = { version: 1, id: 'plan-2016', fileName: 'PCI_2016.xlsx', date: '2026-12-01T00:00:00.000Z', kind: 'vcci-workbook', index: 'PCI', year: 2016, book, unmatched: [] };
      const item = {
        ...withIndicatorPlan({ ...blankItem('22', 'PCI', 2016, 'land_access'), lead: 'so-tnmt', deadline: '2017-09-30' }, 'land_access.LURC', { lead: 'tt-pvhcc', coOwners: [], target: 0.55, deadline: '2017-06-30' }),
        tasks: [{ ...blankTask('t1'), title: LAND_TASK, lead: 'so-tnmt', deadline: '2017-03-31', indicator: 'land_access.LURC_days' }],
      };
      const { page, context } = await newPage(browser, { phone });
      await openApp(page, '?tab=rankings&index=PCI&year=2016');
      await page.evaluate(
        ([record, item]) =>
          new Promise<void>((resolve, reject) => {
            localStorage.setItem('chiso-assignments', JSON.stringify({ state: { items: { [(item as { id: string }).id]: item }, departments: {} }, version: 4 }));
            const req = indexedDB.open('keyval-store');
            req.onupgradeneeded = () => req.result.createObjectStore('keyval');
            req.onerror = () => reject(req.error);
            req.onsuccess = () => {
              const tx = req.result.transaction('keyval', 'readwrite');
              tx.objectStore('keyval').put(record, 'chiso:indicator-import:plan-2016');
              tx.oncomplete = () => {
                req.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        [record, item] as const,
      );
      // The saved workbook is read slowly (2 s, as on a busy phone), so the export is clicked before the view has it.
      await context.addInitScript(() => {
        const get = IDBObjectStore.prototype.get;
        const onsuccess = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess')!;
        IDBObjectStore.prototype.get = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
          const request = get.call(this, key);
          if (typeof key === 'string' && key.startsWith('chiso:indicator-import:')) {
            Object.defineProperty(request, 'onsuccess', {
              set(fn: (e: Event) => void) {
                onsuccess.set!.call(request, (e: Event) => setTimeout(() => fn.call(request, e), 2000));
              },
              get: () => onsuccess.get!.call(request),
            });
          }
          return request;
        };
      });
      await openApp(page, '?tab=followup&index=PCI&year=2016&province=22');
      // Clicked at once: the export awaits the saved workbook's definitions.
      const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
      const book_ = XLSX.read(readFileSync((await xlsxDownload.path())!));
      const aoa = XLSX.utils.sheet_to_json<string[]>(book_.Sheets[book_.SheetNames[0]], { header: 1, defval: '' }).map((r) => r.map(String));
      const taskRow = aoa.find((r) => r[2].startsWith(LAND_TASK))!;
      expect(taskRow.slice(1, 6)).toEqual(['PCI — Tiếp cận đất đai', `${LAND_TASK}\nChỉ tiêu: ${LURC_DAYS}`, 'Sở Tài nguyên và Môi trường', '', '31/03/2017']);
      const lineRow = aoa.find((r) => r[2] === `Chỉ tiêu: ${LURC}`)!;
      expect(lineRow.slice(1, 8)).toEqual(['PCI — Tiếp cận đất đai', `Chỉ tiêu: ${LURC}`, 'Trung tâm Phục vụ hành chính công tỉnh', '', '30/06/2017', '55 % (PCI 2017)', 'PCI 2017: Chưa có số liệu']);
      expect(aoa.flat().join(' ')).not.toMatch(/land_access\.|LURC_days/);

      const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
      const paragraphs = docxParagraphs(readFileSync((await docxDownload.path())!));
      expect(paragraphs[paragraphs.indexOf(LAND_TASK) + 1]).toBe(`Chỉ tiêu: ${LURC_DAYS}`);
      const line = paragraphs.indexOf(`Chỉ tiêu: ${LURC}`);
      expect(paragraphs.slice(line + 1, line + 5)).toEqual(['Trung tâm Phục vụ hành chính công tỉnh', '', '30/06/2017', '55 % (PCI 2017)']);

      // The quarterly report's A4 view, opened by its permalink (the workbook read slowly again): printed once loaded.
      await openApp(page, '?tab=followup&index=PCI&year=2016&province=22&print=report');
      const reportLine = page.locator('[data-testid="report-row"][data-indicator="land_access.LURC"]');
      await reportLine.waitFor({ timeout: 30_000 });
      expect((await reportLine.innerText()).replace(/\s+/g, ' ')).toContain(`Chỉ tiêu: ${LURC} Trung tâm Phục vụ hành chính công tỉnh 30/06/2017 55 % (PCI 2017)`);
      expect(await page.getByTestId('report-sheet').innerText()).toContain(`Chỉ tiêu: ${LURC_DAYS}`);
      if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      await page.getByTestId('report-sheet').screenshot({ path: `${artifactDir()}/report-pci-indicator-${phone ? '390' : 'desktop'}.png` });
      await context.close();
    }, 120_000);
  });
}

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactDir, launch, newPage, openApp, tempDir } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const KEY = 'chiso-assignments';
const URL_QN_2015 = '?tab=followup&index=PCI&year=2015&province=22';
const row = (page: Page, component: string) => page.locator(`[data-testid="followup-table"] tr[data-key="${component}"]`);
const storedItems = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{"state":{"items":{}}}').state.items as Record<string, Record<string, unknown>>;

async function openFollowUp(page: Page, query = URL_QN_2015) {
  await openApp(page, query);
  await page.getByTestId('followup-table').waitFor();
}

describe('assignments & follow-up, end to end', () => {
  it('assign three components, reload, import a file with errors (located, nothing overwritten), export JSON and CSV, re-import: every assignment is equal', async () => {
    const { page, context } = await newPage(browser);
    await openFollowUp(page);

    // 1. Assign three components: one by adopting the template, two by hand.
    await row(page, 'entry_costs').getByTestId('adopt').click();
    await row(page, 'entry_costs').getByTestId('target-score').fill('9,2');
    await row(page, 'entry_costs').getByTestId('target-rank').fill('2');
    await row(page, 'time_costs').getByTestId('lead').selectOption('vp-ubnd');
    await row(page, 'time_costs').getByTestId('target-score').fill('7,5');
    await row(page, 'time_costs').getByTestId('deadline').fill('2016-09-30');
    await row(page, 'time_costs').getByTestId('status').selectOption('at_risk');
    await row(page, 'labour_training').getByTestId('lead').selectOption('so-ldtbxh');
    await row(page, 'labour_training').getByTestId('co-owners').locator('summary').click();
    await row(page, 'labour_training').getByTestId('co-owners').getByLabel('Sở Giáo dục và Đào tạo').check();
    await row(page, 'labour_training').getByTestId('notes').fill('=SUM(A1) họp quý III');

    // Closing the loop with PCI 2016: 9.28 ≥ 9.20 and 1st ≤ 2 → met; 6.86 < 7.50 → not met.
    await expect.poll(() => row(page, 'entry_costs').getByTestId('check').getAttribute('data-status')).toBe('met');
    expect(await row(page, 'entry_costs').getByTestId('check').textContent()).toContain('+0,08');
    expect(await row(page, 'time_costs').getByTestId('check').getAttribute('data-status')).toBe('not_met');
    expect(await row(page, 'time_costs').getByTestId('check').textContent()).toContain('−0,64');

    const before = await storedItems(page);
    expect(Object.keys(before).sort()).toEqual(['22|PCI|2015|entry_costs', '22|PCI|2015|labour_training', '22|PCI|2015|time_costs']);
    expect(before['22|PCI|2015|entry_costs']).toMatchObject({ lead: 'so-khdt', coOwners: ['tt-pvhcc', 'so-tu-phap'], targetScore: 9.2, targetRank: 2, origin: 'template' });

    // 2. Reload: everything is still there, on screen and in storage.
    await page.reload();
    await page.getByTestId('followup-table').waitFor();
    expect(await row(page, 'time_costs').getByTestId('lead').inputValue()).toBe('vp-ubnd');
    expect(await row(page, 'time_costs').getByTestId('status').inputValue()).toBe('at_risk');
    expect(await row(page, 'entry_costs').getByTestId('target-score').inputValue()).toBe('9,20');
    expect(await storedItems(page)).toEqual(before);

    // 3. Department view: Sở KH&ĐT leads Gia nhập thị trường, met in 2016.
    await page.getByTestId('department-select').selectOption('so-khdt');
    expect(await page.getByTestId('department-record').locator('tbody tr').count()).toBe(1);
    expect(await page.getByTestId('department-summary').textContent()).toContain('2016: 1 đạt');

    // 4. Import a file with errors: located messages, nothing overwritten.
    const dir = tempDir();
    const bad = join(dir, 'ke-hoach-loi.csv');
    writeFileSync(bad, 'province,index,year,component,lead,target_score,status\n22,PCI,2015,entry_costs,so-khdt,15,done\n22,PCI,2015,khong_co,so-khdt,,\n');
    await page.getByTestId('import-file').setInputFiles(bad);
    await page.getByTestId('import-errors').waitFor();
    const problems = await page.getByTestId('import-problem').allTextContents();
    expect(problems).toEqual([expect.stringContaining('ke-hoach-loi.csv:2:6: error'), expect.stringContaining('ke-hoach-loi.csv:3:4: error')]);
    expect(await storedItems(page)).toEqual(before);

    // 5. Export JSON and CSV.
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const jsonPath = join(dir, 'plan.json');
    await jsonDownload.saveAs(jsonPath);
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csvPath = join(dir, 'plan.csv');
    await csvDownload.saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("'=SUM(A1) họp quý III");

    // 6. Wipe the plan, re-import the JSON: the diff lists 3 new items; apply; every item equal.
    await page.evaluate((k) => localStorage.removeItem(k), KEY);
    await page.reload();
    await page.getByTestId('followup-table').waitFor();
    expect(await storedItems(page)).toEqual({});
    await page.getByTestId('import-file').setInputFiles(jsonPath);
    await page.getByTestId('import-diff').waitFor();
    expect(await page.getByTestId('diff-added').count()).toBe(3);
    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-applied').waitFor();
    expect(await storedItems(page)).toEqual(before);

    // 7. Re-import the CSV over it: nothing to add or change.
    await page.getByTestId('import-file').setInputFiles(csvPath);
    await page.getByTestId('import-diff').waitFor();
    expect(await page.getByTestId('import-diff').textContent()).toContain('3 không đổi');
    expect(await page.getByTestId('diff-added').count()).toBe(0);
    expect(await page.getByTestId('diff-changed').count()).toBe(0);
    await page.getByTestId('import-apply').click();
    expect(await storedItems(page)).toEqual(before);
    await page.screenshot({ path: `${artifactDir()}/followup-qn-pci-2015.png`, fullPage: true });
    await context.close();
  });

  it('an older stored version (v1, free-text department names) is migrated when the app loads, and the old copy is kept', async () => {
    const { page, context } = await newPage(browser);
    const v1 = {
      version: 1,
      state: {
        assignments: [
          { province: '22', index: 'PCI', year: 2015, component: 'entry_costs', lead: 'Sở KH&ĐT', coOwners: 'Sở Tư pháp', target: 9.2, status: 'doing' },
          { province: '22', index: 'PCI', year: 2015, component: 'land_access', lead: 'Ban Quản lý Khu kinh tế', coOwners: '', target: 6.5, status: 'late', note: 'xem lại' },
        ],
      },
    };
    await page.addInitScript(([k, v]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, v);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, JSON.stringify(v1)] as const);
    await openFollowUp(page);
    expect(await row(page, 'entry_costs').getByTestId('lead').inputValue()).toBe('so-khdt');
    expect(await row(page, 'entry_costs').getByTestId('status').inputValue()).toBe('in_progress');
    expect(await row(page, 'land_access').getByTestId('lead').locator('option:checked').textContent()).toBe('Ban Quản lý Khu kinh tế');
    expect(await row(page, 'land_access').getByTestId('status').inputValue()).toBe('at_risk');
    // 6.07 in 2016 < 6.50 → not met.
    expect(await row(page, 'land_access').getByTestId('check').getAttribute('data-status')).toBe('not_met');
    expect(await page.getByTestId('storage-alert').getAttribute('data-kind')).toBe('migrated');
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
    expect(stored.version).toBe(4);
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('chiso-assignments.backup.v1.')));
    expect(backups).toHaveLength(1);
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), backups[0]))!)).toEqual(v1);
    await context.close();
  });

  it('corrupted stored state is reported with its backup key and never discarded', async () => {
    const { page, context } = await newPage(browser);
    await page.addInitScript((k) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(k, '{"state":{"items":{"22|PCI|2015|entry_costs":{"lead":"so-kh');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    await openFollowUp(page);
    const alert = page.getByTestId('storage-alert');
    expect(await alert.getAttribute('data-kind')).toBe('corrupt');
    const key = (await alert.locator('code').textContent())!;
    expect(key).toMatch(/^chiso-assignments\.backup\.corrupt\./);
    await row(page, 'transparency').getByTestId('lead').selectOption('vp-ubnd');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toContain('"lead":"so-kh');
    await context.close();
  });

  it('the A4 assignment sheet is Vietnamese and lists who owns what, the target and the deadline', async () => {
    const { page, context } = await newPage(browser);
    await openFollowUp(page);
    await row(page, 'entry_costs').getByTestId('adopt').click();
    await row(page, 'entry_costs').getByTestId('target-score').fill('9,2');
    await row(page, 'entry_costs').getByTestId('deadline').fill('2016-06-30');
    await page.getByTestId('print-preview').click();
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    expect(page.url()).toContain('print=1');
    expect(await sheet.locator('h1').textContent()).toContain('BẢNG PHÂN CÔNG THEO DÕI, CẢI THIỆN CÁC CHỈ SỐ THÀNH PHẦN PCI');
    const entry = sheet.locator('tr[data-key="entry_costs"]');
    expect(await entry.textContent()).toContain('Sở Kế hoạch và Đầu tư');
    expect(await entry.textContent()).toContain('≥ 9,20');
    expect(await entry.textContent()).toContain('30/06/2016');
    expect(await sheet.locator('tbody tr').count()).toBe(10);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${artifactDir()}/followup-sheet.pdf`, pdf);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await context.close();
  });
  it("the department view opens the department's own page (province view) for the chosen department, Sở Tư pháp", async () => {
    const { page, context } = await newPage(browser);
    await openFollowUp(page);
    await page.getByTestId('department-select').selectOption('so-tu-phap');
    await page.getByTestId('open-department-page').click();
    await page.getByTestId('department-page').waitFor();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('province');
    expect(new URL(page.url()).searchParams.get('dept')).toBe('so-tu-phap');
    expect(await page.getByTestId('department-page-select').inputValue()).toBe('so-tu-phap');
    await context.close();
  });
});

/**
 * The plan a steering committee runs, end to end: the what-if simulator and the target finder in the profile
 * ("top 50" for Hà Giang PCI 2016), apply → component targets in the plan, a task with lead and coordinating
 * agencies, the plan as .xlsx and the quarterly report as .docx read back (SheetJS; the .docx XML through
 * fflate, the zip library `docx` itself uses), the quarterly report printed on A4, screenshots.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { artifactDir, launch, newPage, openApp, tempDir } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const KEY = 'chiso-assignments';
const storedItems = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{"state":{"items":{}}}').state.items as Record<string, Record<string, unknown>>;

/** Paragraph texts of a .docx (w:p → joined w:t). */
function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')).map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
}

describe('targets that add up: what-if, target finder, the plan and its office exports', () => {
  it('Hà Giang PCI 2016: what-if land access +0,5 → 55,65 and 58th; finder "top 50" → apply → targets in the plan; a task; .xlsx and .docx read back; the quarterly report printed on A4', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PCI&year=2016&province=02');
    const whatIf = page.getByTestId('whatif');
    await whatIf.waitFor();
    expect(await whatIf.textContent()).toContain('Số liệu mô phỏng (giả định), không phải số liệu công bố.');

    // What-if: land access +0.5 (5 % weight) → composite 55.65, 58th nationally.
    await whatIf.locator('tr[data-key="land_access"]').getByTestId('whatif-change').fill('+0,5');
    await expect.poll(() => whatIf.getByTestId('whatif-composite').first().textContent()).toBe('55,65');
    expect(await whatIf.getByTestId('whatif-rank').first().textContent()).toBe('58');
    expect(await whatIf.getByTestId('whatif-rank').first().getAttribute('data-basis')).toBe('computed-national');
    await whatIf.screenshot({ path: `${artifactDir()}/whatif-desktop.png` });

    // Target finder: top 50.
    await whatIf.getByTestId('finder-rank').fill('50');
    await whatIf.getByTestId('finder-run').click();
    const proposals = whatIf.getByTestId('proposal');
    await proposals.first().waitFor();
    const count = await proposals.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThanOrEqual(3);
    for (let i = 0; i < count; i++) expect(Number(await proposals.nth(i).getByTestId('whatif-rank').textContent())).toBeLessThanOrEqual(50);
    await whatIf.getByTestId('finder-results').screenshot({ path: `${artifactDir()}/finder-desktop.png` });
    await proposals.first().getByTestId('proposal-apply').click();
    await whatIf.getByTestId('finder-applied').waitFor();

    const items = await storedItems(page);
    const targeted = Object.values(items).filter((i) => i.province === '02' && i.index === 'PCI' && i.year === 2016 && i.targetScore !== null);
    expect(targeted.length).toBeGreaterThanOrEqual(1);
    const targets = JSON.parse((await page.evaluate(() => localStorage.getItem('chiso-targets')))!).state.targets;
    expect(targets['02|PCI']).toEqual({ kind: 'top', n: 50 });

    // The plan shows the component targets.
    await whatIf.getByTestId('open-plan').click();
    await page.getByTestId('followup-table').waitFor();
    const first = targeted[0];
    const targetCell = page.locator(`[data-testid="followup-table"] tr[data-key="${first.component}"]`).getByTestId('target-score');
    expect(await targetCell.inputValue()).toBe((first.targetScore as number).toFixed(2).replace('.', ','));

    // A task with a lead and two coordinating agencies, an overdue deadline and a progress note.
    const group = page.locator(`[data-testid="tasks-panel"] details[data-key="${first.component}"]`);
    await group.getByTestId('add-task').click();
    const task = group.getByTestId('task').first();
    await task.getByTestId('task-title').fill('Mở 3 lớp đào tạo nghề theo nhu cầu doanh nghiệp');
    await task.getByTestId('task-lead').selectOption('so-ldtbxh');
    await task.getByTestId('task-co-owners').locator('summary').click();
    await task.getByTestId('task-co-owners').getByLabel('Sở Giáo dục và Đào tạo').check();
    await task.getByTestId('task-co-owners').getByLabel('Sở Kế hoạch và Đầu tư').check();
    await task.getByTestId('task-deadline').fill('2017-03-31');
    await task.getByTestId('task-status').selectOption('in_progress');
    // The target rules refuse a score off the component's 0–10 scale; nothing is saved.
    await task.getByTestId('task-target-score').fill('12');
    await task.getByTestId('task-target-problem').waitFor();
    await task.getByTestId('task-target-score').fill('5,6');
    await task.getByTestId('task-evidence').fill('https://hagiang.gov.vn/ke-hoach-pci');
    await task.getByTestId('note-text').fill('Đã mở lớp đầu tiên');
    await task.getByTestId('add-note').click();
    await task.getByTestId('task-notes').waitFor();
    const saved = (await storedItems(page))[first.id as string] as { tasks: { lead: string; coOwners: string[]; progress: unknown[] }[] };
    expect(saved.tasks).toHaveLength(1);
    expect(saved.tasks[0]).toMatchObject({ lead: 'so-ldtbxh', coOwners: ['so-gddt', 'so-khdt'], targetScore: 5.6 });
    expect(saved.tasks[0].progress).toHaveLength(1);
    await group.screenshot({ path: `${artifactDir()}/tasks-desktop.png` });

    // Department view: Sở LĐ-TB&XH sees the task.
    await page.getByTestId('department-select').selectOption('so-ldtbxh');
    expect(await page.getByTestId('department-tasks').textContent()).toContain('Mở 3 lớp đào tạo nghề theo nhu cầu doanh nghiệp');

    // .xlsx: the office columns, read back with SheetJS.
    const dir = tempDir();
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    const xlsxPath = join(dir, 'plan.xlsx');
    await xlsxDownload.saveAs(xlsxPath);
    expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = XLSX.read(readFileSync(xlsxPath));
    const sheet = book.Sheets[book.SheetNames[0]];
    const aoa = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
    expect(aoa[2]).toEqual(['STT', 'Chỉ số thành phần', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Chỉ tiêu', 'Kết quả']);
    const taskRow = aoa.find((r) => r[2] === 'Mở 3 lớp đào tạo nghề theo nhu cầu doanh nghiệp')!;
    expect(taskRow).toBeDefined();
    expect(String(taskRow[3])).toMatch(/Lao động/);
    expect(String(taskRow[4])).toMatch(/Giáo dục và Đào tạo; Sở Kế hoạch và Đầu tư/);
    expect(taskRow[5]).toBe('31/03/2017');
    expect(taskRow[6]).toBe(`≥ 5,60 điểm (PCI ${first.targetYear})`);
    expect(String(taskRow[7])).toContain('Đang thực hiện');
    expect(String(taskRow[7])).toContain('Đã mở lớp đầu tiên');
    expect(sheet['C4'].v).toBe(taskRow[2]);
    // It prints on A4: paper size 9, landscape, one page wide.
    const sheetXml = new TextDecoder().decode(XLSX.CFB.find(XLSX.CFB.read(readFileSync(xlsxPath), { type: 'buffer' }), '/xl/worksheets/sheet1.xml')!.content as Uint8Array);
    const pageSetup = /<pageSetup [^>]*>/.exec(sheetXml)![0];
    expect(pageSetup).toMatch(/paperSize="9"/);
    expect(pageSetup).toMatch(/orientation="landscape"/);
    // Formatted as offices print it: the header row frozen and repeated on each page, bold, bordered, wrapped, set widths.
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="3"[^>]*state="frozen"/);
    expect(sheetXml).toMatch(/<col [^>]*width="40"/);
    const bookXml = new TextDecoder().decode(XLSX.CFB.find(XLSX.CFB.read(readFileSync(xlsxPath), { type: 'buffer' }), '/xl/workbook.xml')!.content as Uint8Array);
    expect(bookXml).toMatch(/name="_xlnm\.Print_Titles"[^>]*>[^<]*!\$3:\$3</);
    const stylesXml = new TextDecoder().decode(XLSX.CFB.find(XLSX.CFB.read(readFileSync(xlsxPath), { type: 'buffer' }), '/xl/styles.xml')!.content as Uint8Array);
    expect(stylesXml).toContain('<b/>');
    expect(stylesXml).toContain('wrapText="1"');
    expect(stylesXml).toMatch(/<left style="thin"/);

    // .docx: the quarterly report, paragraphs read back.
    const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-docx').click()]);
    const docxPath = join(dir, 'report.docx');
    await docxDownload.saveAs(docxPath);
    const paragraphs = docxParagraphs(readFileSync(docxPath));
    // A4 landscape: 297 × 210 mm = 16838 × 11906 twips.
    const pageSize = /<w:pgSz [^>]*>/.exec(strFromU8(unzipSync(readFileSync(docxPath))['word/document.xml']))![0];
    expect(pageSize).toMatch(/w:w="16838"/);
    expect(pageSize).toMatch(/w:h="11906"/);
    expect(paragraphs.some((p) => /^BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH QUÝ [IV]+\/\d{4}$/.test(p))).toBe(true);
    expect(paragraphs).toContain('UBND TỈNH HÀ GIANG');
    // The national heading as official documents carry it, with the place and date under the motto.
    expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(paragraphs).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(paragraphs.some((p) => /^Hà Giang, ngày \d{1,2} tháng \d{1,2} năm \d{4}$/.test(p))).toBe(true);
    expect(paragraphs.find((p) => p.startsWith('Tổng số nhiệm vụ:'))).toMatch(/quá hạn: 1\./);
    expect(paragraphs).toContain('Mở 3 lớp đào tạo nghề theo nhu cầu doanh nghiệp');
    expect(paragraphs).toContain('Đang thực hiện — QUÁ HẠN');
    // Tasks first in the table: overdue before the rest.
    const tableRows = paragraphs.slice(paragraphs.indexOf('Kết quả') + 1);
    expect(tableRows[0]).toBe('1');
    expect(tableRows[2]).toBe('Mở 3 lớp đào tạo nghề theo nhu cầu doanh nghiệp');

    // The quarterly report printed on A4.
    await page.getByTestId('report-preview').click();
    const report = page.getByTestId('report-sheet');
    await report.waitFor();
    expect(await report.getByTestId('report-row').first().textContent()).toContain('QUÁ HẠN');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${artifactDir()}/quarterly-report.pdf`, pdf);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.screenshot({ path: `${artifactDir()}/report-desktop.png`, fullPage: true });

    // Phone: the what-if panel and the tasks at 390×844.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${artifactDir()}/report-phone.png`, fullPage: false });
    await page.getByRole('button', { name: '← Quay lại bảng phân công' }).click();
    await page.getByTestId('tasks-panel').waitFor();
    await page.locator(`[data-testid="tasks-panel"] details[data-key="${first.component}"]`).screenshot({ path: `${artifactDir()}/tasks-phone.png` });
    await openApp(page, '?tab=profile&index=PCI&year=2016&province=02');
    await page.getByTestId('whatif').waitFor();
    await page.getByTestId('whatif').scrollIntoViewIfNeeded();
    await page.getByTestId('whatif').screenshot({ path: `${artifactDir()}/whatif-phone.png` });
    // The panel fits the phone's width (its table scrolls inside its own frame).
    const box = (await page.getByTestId('whatif').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('a plan saved before tasks existed (version 2) opens in the follow-up view with its targets and agencies', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PCI&year=2016&province=02');
    const saved = readFileSync(new URL('../fixtures/storage/assignments-v2.json', import.meta.url), 'utf8');
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, saved]);
    await openApp(page, '?tab=followup&index=PCI&year=2016&province=02');
    await page.getByTestId('followup-table').waitFor();
    const row = page.locator('[data-testid="followup-table"] tr[data-key="labour_training"]');
    expect(await row.getByTestId('lead').inputValue()).toBe('so-ldtbxh');
    expect(await row.getByTestId('target-score').inputValue()).toBe('5,54');
    expect(await row.getByTestId('notes').inputValue()).toBe('Mở 3 lớp đào tạo nghề cho doanh nghiệp; "ưu tiên" KCN');
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!);
    expect(stored.state.items['02|PCI|2016|labour_training'].tasks ?? []).toEqual([]);
    await context.close();
  });
});

/**
 * Merging a colleague's plan loses nothing (issue 22): both sides added a progress note to the same task;
 * after the merge with the default choices both notes are in the plan; a conflict left (the task's status,
 * a department renamed both ways) shows both versions, at 390×844 without sideways scrolling.
 */
import { writeFileSync } from 'node:fs';
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
const ID = '22|PCI|2015|entry_costs';
const OUR_NOTE = 'Đã rút thời gian đăng ký doanh nghiệp còn 2 ngày, 35 hồ sơ';
const THEIR_NOTE = 'Họp với Cục Thuế; thống nhất một cửa liên thông "mã số thuế"';
const LONG_EVIDENCE = 'https://quangninh.gov.vn/van-ban/ke-hoach-cai-thien-chi-so-gia-nhap-thi-truong-nam-2016-so-123-kh-ubnd-ngay-15-3-2016.pdf';

const item = (task: Record<string, unknown>) => ({
  id: ID,
  province: '22',
  index: 'PCI',
  year: 2015,
  component: 'entry_costs',
  lead: 'so-khdt',
  coOwners: [],
  targetScore: null,
  targetRank: null,
  targetYear: 2016,
  deadline: null,
  status: 'in_progress',
  notes: '',
  origin: 'user',
  tasks: [{ id: 't1', title: 'Rút ngắn thời gian đăng ký', lead: 'so-khdt', coOwners: [], targetScore: null, targetRank: null, deadline: '2016-06-30', status: 'in_progress', evidence: '', progress: [{ date: '2016-03-01', text: 'Khảo sát thủ tục' }], ...task }],
});
const ours = {
  state: {
    items: { [ID]: item({ progress: [{ date: '2016-03-01', text: 'Khảo sát thủ tục' }, { date: '2016-04-10', text: OUR_NOTE }], evidence: 'https://quangninh.gov.vn/a' }) },
    departments: { '22': { added: [], hidden: [], renamed: { 'so-tu-phap': { vi: 'Sở Tư pháp Quảng Ninh', en: 'Quang Ninh DoJ' } } } },
  },
  version: 3,
};
const theirs = {
  schema: 'chiso-followup-plan',
  version: 3,
  exportedAt: '2016-04-20T00:00:00Z',
  items: [item({ status: 'done', evidence: LONG_EVIDENCE, progress: [{ date: '2016-03-01', text: 'Khảo sát thủ tục' }, { date: '2016-04-12', text: THEIR_NOTE }] })],
  departments: { '22': { added: [], hidden: [], renamed: { 'so-tu-phap': { vi: 'Sở TP tỉnh Quảng Ninh', en: 'QN Justice' } } } },
};

async function openWithOurPlan(page: Page) {
  await openApp(page, '?tab=followup&index=PCI&year=2015&province=22');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(ours)] as const);
  await page.reload();
  await page.getByTestId('followup-table').waitFor();
  const file = join(tempDir(), 'ke-hoach-dong-nghiep.json');
  writeFileSync(file, JSON.stringify(theirs, null, 2));
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-diff').waitFor();
}

describe('merging a colleague’s plan, end to end', () => {
  it('both sides added a progress note to the same task: after merging with the defaults both notes are in the plan; the status conflict and the renaming show both versions', async () => {
    const { page, context } = await newPage(browser);
    await openWithOurPlan(page);
    const conflict = page.getByTestId('diff-task-conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.getByTestId('diff-ours').textContent()).toContain('Đang thực hiện');
    expect(await conflict.getByTestId('diff-theirs').textContent()).toContain('Hoàn thành');
    expect(await conflict.getByTestId('diff-ours').textContent()).toContain('https://quangninh.gov.vn/a');
    expect(await conflict.getByTestId('diff-theirs').textContent()).toContain(LONG_EVIDENCE);
    expect(await page.getByTestId('diff-notes-merged').textContent()).toContain(THEIR_NOTE);
    const names = page.getByTestId('diff-name-conflict');
    expect(await names.getByTestId('diff-ours').textContent()).toContain('Sở Tư pháp Quảng Ninh');
    expect(await names.getByTestId('diff-theirs').textContent()).toContain('Sở TP tỉnh Quảng Ninh');
    expect(await page.getByTestId('diff-conflicts').textContent()).toContain('2 xung đột');
    await page.getByTestId('import-diff').screenshot({ path: `${artifactDir()}/plan-merge-desktop.png` });

    await page.getByTestId('import-apply').click();
    await page.getByTestId('import-applied').waitFor();
    const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!).state;
    const task = stored.items[ID].tasks[0];
    expect(task.progress.map((n: { text: string }) => n.text)).toEqual(['Khảo sát thủ tục', OUR_NOTE, THEIR_NOTE]);
    expect(task.status).toBe('done'); // the file's side of the listed conflict, the default
    expect(stored.departments['22'].renamed['so-tu-phap'].vi).toBe('Sở Tư pháp Quảng Ninh'); // our name stays unless chosen
    await context.close();
  });

  it('at 390×844 the conflict list shows both versions without sideways scrolling', async () => {
    const { page, context } = await newPage(browser, { phone: { width: 390, height: 844 } });
    await openWithOurPlan(page);
    const conflict = page.getByTestId('diff-task-conflict');
    await conflict.scrollIntoViewIfNeeded();
    expect(await conflict.getByTestId('diff-ours').isVisible()).toBe(true);
    expect(await conflict.getByTestId('diff-theirs').isVisible()).toBe(true);
    expect(await conflict.getByTestId('diff-theirs').textContent()).toContain(LONG_EVIDENCE);
    const ours = await conflict.getByTestId('diff-ours').boundingBox();
    const theirs = await conflict.getByTestId('diff-theirs').boundingBox();
    expect(ours!.x + ours!.width).toBeLessThanOrEqual(390);
    expect(theirs!.x + theirs!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByTestId('import-diff').screenshot({ path: `${artifactDir()}/plan-merge-390.png` });
    await context.close();
  });
});

/**
 * Release week on the leader's phone (390×844, touch): the what-if shows a component's name and its input together,
 * the plan and the department view carry the tasks, the printed plan carries them too — none scrolls sideways
 * (document.documentElement.scrollWidth ≤ 390). The seeded plan is Tây Ninh's PCI 2016 plan with three tasks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactDir, launch, newPage, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PHONE = { width: 390, height: 844 };
const TASKS = ['Mở 3 lớp đào tạo nghề theo nhu cầu doanh nghiệp', 'Khảo sát nhu cầu lao động của 200 doanh nghiệp', 'Công khai quy hoạch sử dụng đất trên cổng thông tin'];

const task = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id, title, lead: null, coOwners: [], targetScore: null, targetRank: null, deadline: null, status: 'not_started', progress: [], evidence: '', ...extra,
});
const item = (component: string, extra: Record<string, unknown>) => ({
  id: `72|PCI|2016|${component}`, province: '72', index: 'PCI', year: 2016, component, lead: null, coOwners: [], targetScore: null, targetRank: null,
  targetYear: 2017, deadline: null, status: 'not_started', notes: '', origin: 'user', tasks: [], ...extra,
});
const PLAN = {
  state: {
    items: Object.fromEntries(
      [
        item('labour_training', {
          lead: 'so-ldtbxh', coOwners: ['so-gddt'], targetScore: 6.2, targetRank: 30, status: 'in_progress',
          tasks: [
            task('t1', TASKS[0], { lead: 'so-ldtbxh', coOwners: ['so-gddt', 'so-khdt'], targetScore: 6.2, deadline: '2017-05-31', status: 'in_progress', progress: [{ date: '2017-03-15', text: 'Đã mở lớp thứ nhất' }], evidence: 'https://tayninh.gov.vn/dao-tao-nghe' }),
            task('t2', TASKS[1], { deadline: '2017-04-30', status: 'done' }),
          ],
        }),
        item('land_access', { lead: 'so-tnmt', tasks: [task('t1', TASKS[2], { lead: 'so-tnmt', coOwners: ['so-xay-dung'], deadline: '2017-09-30' })] }),
      ].map((i) => [i.id, i]),
    ),
    departments: {},
  },
  version: 3,
};

async function phoneWithPlan(): Promise<{ page: Page; context: BrowserContext }> {
  const { page, context } = await newPage(browser, { phone: PHONE });
  await context.addInitScript((plan) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('chiso-assignments', plan);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(PLAN));
  return { page, context };
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('what-if on a phone', () => {
  it('Hà Giang PCI 2016: each component’s name and its input are on screen together; land access +0,5 → 55,65; "abc" gets a message (vi, en)', async () => {
    const { page, context } = await newPage(browser, { phone: PHONE });
    await openApp(page, '?tab=profile&index=PCI&year=2016&province=02');
    const whatIf = page.getByTestId('whatif');
    await whatIf.waitFor();
    const rows = whatIf.locator('tbody tr');
    expect(await rows.count()).toBe(10);
    for (const key of ['entry_costs', 'land_access', 'legal_institutions']) {
      const row = whatIf.locator(`tr[data-key="${key}"]`);
      await row.getByTestId('whatif-change').scrollIntoViewIfNeeded();
      const name = (await row.locator('th').boundingBox())!;
      const input = (await row.getByTestId('whatif-change').boundingBox())!;
      // Both inside the 390 × 844 screen at once, the input right under its name.
      for (const box of [name, input]) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(844);
      }
      expect(input.y).toBeGreaterThan(name.y);
      expect(input.y - (name.y + name.height)).toBeLessThan(60);
      expect(input.width).toBeGreaterThanOrEqual(44);
    }
    const land = whatIf.locator('tr[data-key="land_access"]');
    expect(await land.locator('th').textContent()).toBe('Tiếp cận đất đai');
    await land.getByTestId('whatif-change').fill('+0,5');
    await expect.poll(() => whatIf.getByTestId('whatif-composite').first().textContent()).toBe('55,65');
    await land.getByTestId('whatif-change').fill('abc');
    const message = land.getByTestId('whatif-not-a-number');
    await message.waitFor();
    expect(await message.textContent()).toBe('“abc” không phải là số nên chưa được tính. Hãy gõ mức thay đổi, ví dụ +0,5 hoặc -0,3.');
    expect(await land.getByTestId('whatif-change').getAttribute('aria-invalid')).toBe('true');
    // A change that cannot be read is not counted: the composite is the published one again.
    await expect.poll(() => whatIf.getByTestId('whatif-composite').first().textContent()).toBe('55,40');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await land.screenshot({ path: `${artifactDir()}/whatif-phone.png` });

    await openApp(page, '?tab=profile&index=PCI&year=2016&province=02&lang=en');
    await page.getByTestId('whatif').locator('tr[data-key="land_access"]').getByTestId('whatif-change').fill('abc');
    expect(await page.getByTestId('whatif-not-a-number').textContent()).toBe('“abc” is not a number, so it is not counted. Type a change such as +0.5 or -0.3.');
    await context.close();
  });
});

describe('the plan on a phone', () => {
  it('Tây Ninh PCI 2016: the plan’s rows are cards, its tasks are listed, the department view lists the department’s tasks with coordinating agencies and evidence', async () => {
    const { page, context } = await phoneWithPlan();
    await openApp(page, '?tab=followup&index=PCI&year=2016&province=72');
    await page.getByTestId('followup-table').waitFor();
    const titles = page.getByTestId('tasks-panel').getByTestId('task-title');
    await expect.poll(() => titles.count()).toBe(3);
    expect(await Promise.all([0, 1, 2].map((i) => titles.nth(i).inputValue()))).toEqual(expect.arrayContaining(TASKS));
    // A plan row: the lead's select sits inside the screen (no 1,239 px table).
    const lead = page.locator('[data-testid="followup-table"] tr[data-key="labour_training"]').getByTestId('lead');
    const box = (await lead.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);

    await page.getByTestId('department-select').selectOption('so-ldtbxh');
    const deptTasks = page.getByTestId('department-task');
    await expect.poll(() => deptTasks.count()).toBe(2);
    const first = await deptTasks.filter({ hasText: TASKS[0] }).textContent();
    expect(first).toContain('Sở Giáo dục và Đào tạo; Sở Kế hoạch và Đầu tư');
    expect(first).toContain('https://tayninh.gov.vn/dao-tao-nghe');
    expect(first).toContain('31/05/2017');
    expect(await deptTasks.filter({ hasText: TASKS[1] }).textContent()).toContain('Hoàn thành');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.getByTestId('department-tasks').screenshot({ path: `${artifactDir()}/department-tasks-phone.png` });
    await context.close();
  });

  it('the printed plan carries every task (what, lead, coordinating agencies, deadline, status, evidence), on a phone without sideways scrolling and on A4', async () => {
    const { page, context } = await phoneWithPlan();
    await openApp(page, '?tab=followup&index=PCI&year=2016&province=72&print=1');
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    expect(await sheet.locator('.sheet-head').textContent()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const tasks = sheet.getByTestId('sheet-task');
    expect(await tasks.count()).toBe(3);
    const texts = await tasks.allTextContents();
    for (const title of TASKS) expect(texts.some((t) => t.includes(title))).toBe(true);
    const first = texts.find((t) => t.includes(TASKS[0]))!;
    for (const part of ['Sở Lao động – Thương binh và Xã hội', 'Sở Giáo dục và Đào tạo; Sở Kế hoạch và Đầu tư', '31/05/2017', 'Đang thực hiện', 'Minh chứng: https://tayninh.gov.vn/dao-tao-nghe', '≥ 6,20']) expect(first).toContain(part);
    // Numbered under their component: Đào tạo lao động's tasks follow its row.
    const labourRow = sheet.locator('tr[data-key="labour_training"]');
    const number = (await labourRow.locator('td').first().textContent())!.replace(/\D/g, '');
    expect(await tasks.first().locator('td').first().textContent()).toMatch(new RegExp(`${number}\\.1$`));
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${artifactDir()}/print-sheet-phone.png`, fullPage: true });
    await context.close();

    // The same sheet on A4 (desktop print): the task rows are printed.
    const desk = await newPage(browser);
    await desk.context.addInitScript((plan) => localStorage.setItem('chiso-assignments', plan), JSON.stringify(PLAN));
    await openApp(desk.page, '?tab=followup&index=PCI&year=2016&province=72');
    await desk.page.getByTestId('followup-table').waitFor();
    await desk.page.getByTestId('sheet-task').first().waitFor({ state: 'attached' });
    await desk.page.emulateMedia({ media: 'print' });
    expect(await desk.page.getByTestId('sheet-task').first().isVisible()).toBe(true);
    await desk.page.pdf({ path: `${artifactDir()}/print-sheet-a4.pdf`, format: 'A4' });
    await desk.context.close();
  });

  it('the sheet’s footnote gives the assessment’s own reason when the weak list is partial (PCI 2022 Lâm Đồng: method break 2022)', async () => {
    const { page, context } = await newPage(browser, { phone: PHONE });
    await openApp(page, '?tab=followup&index=PCI&year=2022&province=68&print=1');
    const partial = page.getByTestId('sheet-partial');
    await partial.waitFor();
    const text = await partial.textContent();
    expect(text).toContain('giảm liên tiếp: thay đổi phương pháp năm 2022');
    expect(text).not.toContain('thiếu số liệu toàn quốc');
    await context.close();
  });
});

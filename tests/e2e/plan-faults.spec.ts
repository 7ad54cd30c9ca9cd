/**
 * The plan under faults, in the browser (issue 22): a colleague's file with a NUL deep inside a progress note is
 * refused with the value's line, nothing stored; with the browser storage full, three edits give one message
 * (not one per edit, never a loop) and the edits stay on the page.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, openApp, tempDir } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const KEY = 'chiso-assignments';
const QUERY = '?tab=followup&index=PCI&year=2015&province=22';
const row = (page: Page, component: string) => page.locator(`[data-testid="followup-table"] tr[data-key="${component}"]`);

describe('the plan under faults, end to end', () => {
  it('a plan file with a NUL after 13,000 characters of a progress note: refused, the message names the file, the line and the character; nothing stored', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, QUERY);
    await page.getByTestId('followup-table').waitFor();
    const note = 'Đã khảo sát. '.repeat(1000) + '\u0000hỏng';
    const text = JSON.stringify(
      {
        schema: 'chiso-followup-plan',
        version: 3,
        items: [{ province: '22', index: 'PCI', year: 2015, component: 'entry_costs', lead: 'so-khdt', tasks: [{ id: 't1', title: 'Rút ngắn thời gian', progress: [{ date: '2016-04-10', text: note }] }] }],
      },
      null,
      2,
    );
    const line = text.split('\n').findIndex((l) => l.includes('"text": "Đã khảo sát')) + 1;
    const file = join(tempDir(), 'hong.json');
    writeFileSync(file, text);
    await page.getByTestId('import-file').setInputFiles(file);
    const problem = page.getByTestId('import-problem');
    await problem.first().waitFor();
    expect(await problem.count()).toBe(1);
    const message = await problem.textContent();
    expect(message).toContain(`hong.json:${line}:`);
    expect(message).toContain('ký tự rỗng (NUL) ở ký tự thứ 13001');
    expect(message).toContain('Tệp không được nhập, không lưu gì');
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    await context.close();
  });

  it('browser storage full: three edits of the plan give one "storage full" message, and the edits stay on the page', async () => {
    const { page, context } = await newPage(browser);
    // Every write of the plan fails as a full browser storage does (QuotaExceededError); counted.
    await page.addInitScript((key) => {
      const set = Storage.prototype.setItem;
      (window as unknown as { planWrites: number }).planWrites = 0;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k === key) {
          (window as unknown as { planWrites: number }).planWrites++;
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return set.call(this, k, v);
      };
    }, KEY);
    await openApp(page, QUERY);
    await page.getByTestId('followup-table').waitFor();
    await row(page, 'time_costs').getByTestId('lead').selectOption('vp-ubnd');
    await row(page, 'time_costs').getByTestId('status').selectOption('at_risk');
    await row(page, 'time_costs').getByTestId('deadline').fill('2016-09-30');
    const alerts = page.locator('[data-testid="storage-alert"][data-store="assignments"]');
    await alerts.first().waitFor();
    expect(await alerts.count()).toBe(1);
    expect(await alerts.first().getAttribute('data-kind')).toBe('storage-full');
    expect(await alerts.first().textContent()).toContain('bộ nhớ trình duyệt đã đầy');
    const writes = await page.evaluate(() => (window as unknown as { planWrites: number }).planWrites);
    expect(writes).toBeGreaterThanOrEqual(3);
    expect(writes).toBeLessThanOrEqual(6); // once per change, never a loop
    expect(await row(page, 'time_costs').getByTestId('status').inputValue()).toBe('at_risk');
    expect(await row(page, 'time_costs').getByTestId('lead').inputValue()).toBe('vp-ubnd');
    await context.close();
  });
});

/**
 * Accessibility: axe-core finds no violations on any main view (WCAG 2.x A/AA rules and best practices
 * axe enables by default), in Vietnamese and on a partial year.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, openApp } from './browser';

const require = createRequire(import.meta.url);
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** Wait until the lazy view has rendered: its heading is there and no busy placeholder is left in main. */
async function settle(page: Page) {
  await page.waitForFunction(() => !!document.querySelector('main h1') && !document.querySelector('main [aria-busy="true"]'));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const describeViolations = (vs: AxeViolation[]) =>
  vs.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');

const VIEWS: [string, string][] = [
  ['overview', '?tab=overview&province=22'],
  ['rankings', '?tab=rankings&index=PCI&year=2016&province=22'],
  ['profile', '?tab=profile&index=PCI&province=22'],
  ['trends', '?tab=trends&index=PAPI&province=46&peers=01,79'],
  ['map', '?tab=map&index=PCI&year=2016&province=22'],
  ['followup', '?tab=followup&index=PCI&province=22'],
  ['import', '?tab=import'],
  ['import indicator tables', '?tab=import&dest=indicators&importIndex=PCI&importYear=2016'],
  ['indicators', '?tab=indicators&index=PAPI&year=2016&province=22&component=participation'],
  ['data', '?tab=data'],
  ['brief', '?tab=brief&province=22'],
  ['report', '?tab=report&index=PCI&year=2016&province=72'],
  ['province', '?tab=province&province=42'],
];

describe('axe-core: no violations on any main view', () => {
  for (const [name, query] of VIEWS) {
    it(`${name} (${query})`, async () => {
      const { page, context } = await newPage(browser);
      await openApp(page, query);
      await settle(page);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await context.close();
    });
  }

  it('map in change mode, English, partial year (PCI 2021 vs 2019)', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=map&index=PCI&year=2021&base=2019&province=22&mapMode=change&lang=en');
    await settle(page);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('the table alternative of a chart (trends), opened by keyboard', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=trends&index=PCI&province=22');
    await settle(page);
    await page.getByTestId('trend-chart-table-toggle').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('trend-chart-table').waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });
});

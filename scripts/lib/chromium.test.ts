import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from './chromium.mjs';

const saved = { CHROME_PATH: process.env.CHROME_PATH, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('finding a Chromium for the end-to-end tests', () => {
  it('CHROME_PATH wins when it exists (here: the node binary stands in for a browser)', () => {
    process.env.CHROME_PATH = process.execPath;
    expect(findChromium()).toEqual({ path: process.execPath });
  });

  it('a CHROME_PATH that does not exist is reported in one line with how to get a browser, never replaced by another', () => {
    process.env.CHROME_PATH = '/nonexistent/chrome';
    const found = findChromium();
    expect(found.path).toBeNull();
    const problem = 'problem' in found ? found.problem : '';
    expect(problem).toMatch(/^CHROME_PATH=\/nonexistent\/chrome does not exist\. .*(apt-get install -y chromium|Chrome)/);
    expect(problem).not.toContain('\n');
  });
});

// Where the end-to-end tests, the bench and the screenshot aid find a Chromium to drive (playwright-core
// brings none). Order: $CHROME_PATH (or $CHROMIUM_PATH), Debian's /usr/bin/chromium, then an installed
// Chrome or Chromium in the usual places of Linux, macOS and Windows. A path named in the environment
// that does not exist is an error, never silently replaced by another browser.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Flags every headless Chromium run here takes (no sandbox as root, no GPU, no network calls of its own). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const env = () => process.env;

function knownLocations() {
  const e = env();
  const windows = [e.PROGRAMFILES, e['PROGRAMFILES(X86)'], e.LOCALAPPDATA]
    .filter(Boolean)
    .flatMap((root) => [join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(root, 'Chromium', 'Application', 'chrome.exe')]);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ...windows,
  ];
}

/** @returns {{ path: string } | { path: null, problem: string }} */
export function findChromium() {
  const e = env();
  const named = e.CHROME_PATH || e.CHROMIUM_PATH;
  if (named) {
    if (existsSync(named)) return { path: named };
    return { path: null, problem: `${e.CHROME_PATH ? 'CHROME_PATH' : 'CHROMIUM_PATH'}=${named} does not exist. ${chromiumHint()}` };
  }
  const found = knownLocations().find((p) => existsSync(p));
  return found ? { path: found } : { path: null, problem: `No Chromium or Chrome found. ${chromiumHint()}` };
}

export function isDebian() {
  try {
    return existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  } catch {
    return false;
  }
}

/** One line saying how to get a browser on this machine. */
export function chromiumHint() {
  if (isDebian()) return 'Install one with `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chrome/Chromium binary.';
  if (process.platform === 'darwin') return 'Install Google Chrome (or `brew install --cask chromium`), or set CHROME_PATH to its binary.';
  return 'Install Google Chrome or Chromium, or set CHROME_PATH to its binary.';
}

/** Path of the binary, or throws one line saying how to get one. */
export function chromiumPath() {
  const found = findChromium();
  if (found.path === null) throw new Error(found.problem);
  return found.path;
}


/**
 * Where the shared research folder lives: `<repo>/../shared` by default
 * (override with the CHISO_SHARED_DIR environment variable).
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = process.env.CHISO_SHARED_DIR
  ? resolve(process.env.CHISO_SHARED_DIR)
  : resolve(REPO_ROOT, '../shared');
export const DATA_CANDIDATES_DIR = resolve(SHARED_DIR, 'data-candidates');

export function sharedAvailable(): boolean {
  return existsSync(DATA_CANDIDATES_DIR);
}

/**
 * A storage failure as a message the user can read, whatever was thrown: IndexedDB rejects with the
 * transaction's `error`, which is null when the transaction was aborted without one. Reading `.message`
 * of that null inside a catch threw a second time, so the worker posted nothing and the page waited forever.
 */
export function describeStorageError(err: unknown): string {
  if (err === null || err === undefined) return 'the browser storage (IndexedDB) transaction was aborted without a reason';
  if (err instanceof Error || (typeof err === 'object' && 'message' in err)) {
    const { name, message } = err as { name?: string; message?: string };
    return message || name || 'unknown browser storage error';
  }
  return String(err);
}

/** The browser refused a write because its storage is full (IndexedDB or localStorage, in any engine). */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string } | null)?.name ?? '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(String((err as Error | null)?.message ?? ''));
}

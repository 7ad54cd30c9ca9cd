import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeStorageError } from './storageError';

describe('every storage error reaches the user as a message', () => {
  it('an IndexedDB write aborted with a null error gives a message (the worker used to throw reading null.message and post nothing)', () => {
    expect(describeStorageError(null)).toBe('the browser storage (IndexedDB) transaction was aborted without a reason');
    expect(describeStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe('The quota has been exceeded.');
    expect(describeStorageError(new DOMException('', 'AbortError'))).toBe('AbortError');
  });
});

describe('removing an import when IndexedDB aborts the delete', () => {
  afterEach(() => {
    vi.doUnmock('idb-keyval');
    vi.resetModules();
  });
  it('is reported in storageError and keeps the record listed, instead of an unhandled rejection', async () => {
    vi.resetModules();
    vi.doMock('idb-keyval', () => ({ del: () => Promise.reject(null), entries: () => Promise.resolve([]), get: () => Promise.resolve(undefined), set: () => Promise.resolve() }));
    const { useImports } = await import('./imported');
    useImports.setState({ records: [{ id: 'a' } as never] });
    await expect(useImports.getState().remove('a')).resolves.toBeUndefined();
    expect(useImports.getState().storageError).toBe('the browser storage (IndexedDB) transaction was aborted without a reason');
    expect(useImports.getState().records.map((r) => r.id)).toEqual(['a']);
  });
});

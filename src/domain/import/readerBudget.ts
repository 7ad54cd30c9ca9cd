/**
 * What a reader may cost, and the harness that holds every reader to it in the property tests.
 *
 * The rule (issues 17.8 and 22.6): any input under 1 MB is read — as data or as located problems — within
 * 2 s, and no exception escapes a reader. The readers are bounded by their input (linear readers, limits
 * measured before expansion: zipCheck.ts, pasteGrid.ts); the property tests check the bound case by case,
 * each case against this budget (never a timed run of the whole suite).
 */

/** Inputs up to this size are read within `ms`. */
export const READER_BUDGET = { inputBytes: 1024 * 1024, ms: 2000 } as const;

/** One generated case that failed: its seed, so `checkCase(seed)` replays it alone. */
export class CaseFailed extends Error {
  constructor(
    readonly reader: string,
    readonly seed: number,
    why: string,
  ) {
    super(`${reader}, seed ${seed}: ${why}`);
  }
}

/**
 * Run one generated case: `read` must not throw, and must end within the budget when its input is under
 * `READER_BUDGET.inputBytes`. Returns what `read` returned; throws CaseFailed naming the seed otherwise.
 */
export function withinBudget<T>(reader: string, seed: number, inputBytes: number, read: () => T): T {
  const start = performance.now();
  let result: T;
  try {
    result = read();
  } catch (err) {
    throw new CaseFailed(reader, seed, `threw ${(err as Error)?.stack ?? String(err)}`);
  }
  const ms = performance.now() - start;
  if (inputBytes < READER_BUDGET.inputBytes && ms > READER_BUDGET.ms) throw new CaseFailed(reader, seed, `took ${Math.round(ms)} ms for ${inputBytes} bytes (budget ${READER_BUDGET.ms} ms)`);
  return result;
}

/** The same for a reader that answers with a promise (workbooks, PDFs). */
export async function withinBudgetAsync<T>(reader: string, seed: number, inputBytes: number, read: () => Promise<T>): Promise<T> {
  const start = performance.now();
  let result: T;
  try {
    result = await read();
  } catch (err) {
    throw new CaseFailed(reader, seed, `threw ${(err as Error)?.stack ?? String(err)}`);
  }
  const ms = performance.now() - start;
  if (inputBytes < READER_BUDGET.inputBytes && ms > READER_BUDGET.ms) throw new CaseFailed(reader, seed, `took ${Math.round(ms)} ms for ${inputBytes} bytes (budget ${READER_BUDGET.ms} ms)`);
  return result;
}

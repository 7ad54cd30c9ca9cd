/** Give the page a turn (input, paint) between slices of a long computation. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

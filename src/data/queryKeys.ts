/** Stable TanStack Query keys, one factory per resource. */
export const scoreKeys = {
  all: ['scores'] as const,
  /** One index's shipped figures (the compact file). */
  shipped: (index: string) => [...scoreKeys.all, 'shipped', index] as const,
  /** One index's merged, indexed table: shipped figures with the saved imports on top, per imports version. */
  table: (index: string, importsVersion: number) => [...scoreKeys.all, 'table', index, importsVersion] as const,
};

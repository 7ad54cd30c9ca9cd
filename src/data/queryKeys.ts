/** Stable TanStack Query keys, one factory per resource. */
export const scoreKeys = {
  all: ['scores'] as const,
  manifest: () => [...scoreKeys.all, 'manifest'] as const,
  shipped: () => [...scoreKeys.all, 'shipped'] as const,
  file: (name: string) => [...scoreKeys.all, 'file', name] as const,
};

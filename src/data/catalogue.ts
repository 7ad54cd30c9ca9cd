/**
 * The catalogue every view reads: the shipped one with the new structures the user's saved imports declare
 * (catalogue/editionStructure.ts `withStructures`, the same function the CLI's `analyze --with` applies). Saving the
 * import applies its structure; removing it removes the structure. The shipped catalogue itself when none is declared.
 */
import { useEffect } from 'react';
import { defaultCatalogue, type Catalogue } from '@/domain/catalogue/catalogue';
import { withStructures } from '@/domain/catalogue/editionStructure';
import { structuresOf, type ImportRecord } from './importRecord';
import { ensureImportsLoaded, useImports } from './imported';

const built = new WeakMap<readonly ImportRecord[], Catalogue>();

/** The catalogue with the structures `records` declare (one object per list of records, so views' memos keep it). */
export function catalogueOf(records: readonly ImportRecord[]): Catalogue {
  let catalogue = built.get(records);
  if (!catalogue) {
    const structures = structuresOf(records);
    catalogue = structures.length ? withStructures(defaultCatalogue, structures) : defaultCatalogue;
    built.set(records, catalogue);
  }
  return catalogue;
}

export function useCatalogue(): Catalogue {
  const records = useImports((s) => s.records);
  useEffect(() => {
    void ensureImportsLoaded();
  }, []);
  return catalogueOf(records);
}

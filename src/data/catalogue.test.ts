import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { clear, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCatalogue, findIndex, mainComponents } from '@/domain/catalogue/catalogue';
import { useImports } from './imported';
import { catalogueOf } from './catalogue';
import { analyseText, buildRecord, IMPORT_KEY_PREFIX, structureContinuing, toStored } from './importParsing';

// PCI 2.0 in the three-pillar shape on the 34 units: a made-up test table (no PCI 2025 figures are published yet).
const text = readFileSync('tests/fixtures/import/pci-2025-new-structure.csv', 'utf8');
const pci = findIndex(defaultCatalogue, 'PCI')!;

describe('a new structure declared in the app is saved with the import and read by the catalogue every view uses', () => {
  beforeEach(async () => {
    await clear();
    useImports.setState({ records: [], unreadable: [], storageError: null, overlayByIndex: new Map(), versionByIndex: new Map(), addedByIndex: new Map(), ready: false });
  });

  it('without the choice two pillars match nothing (the import asks); with it, three components as printed, "Cạnh tranh bình đẳng" not folded into equal_competition', () => {
    const plain = analyseText(text, 'pci-2025.csv', defaultCatalogue, { index: 'PCI', year: 2025 }, []);
    expect(plain.analysis.structure).toBeUndefined();
    const declared = analyseText(text, 'pci-2025.csv', defaultCatalogue, { index: 'PCI', year: 2025, newStructure: true }, []);
    expect(declared.analysis.errorCount).toBe(0);
    expect(declared.analysis.structure!.components.map((c) => [c.vi, c.min, c.max])).toEqual([
      ['Môi trường kinh doanh', 0, 10],
      ['Cạnh tranh bình đẳng', 0, 10],
      ['Động lực tăng trưởng', 0, 10],
    ]);
    expect(declared.scores.some((s) => s.component === 'equal_competition')).toBe(false);
    expect(declared.scores.filter((s) => s.component === 'canh_tranh_binh_dang')).toHaveLength(34);
    expect(declared.scores.find((s) => s.component === 'total' && s.officialRank === 1)).toMatchObject({ value: 74.63 });
  });

  it('saved (IndexedDB, survives a reload) with what it continues; the catalogue holds the pillars from 2025 and a structure break; removing the import removes it', async () => {
    const result = analyseText(text, 'pci-2025.csv', defaultCatalogue, { index: 'PCI', year: 2025, newStructure: true }, []);
    const structure = structureContinuing(result.analysis.structure!, pci, { canh_tranh_binh_dang: ['equal_competition'], dong_luc_tang_truong: [] });
    const record = buildRecord(result, { all: 'keep', byKey: {} }, { id: 's', date: '2026-12-03T00:00:00Z', fileName: 'pci-2025.csv', index: 'PCI', year: 2025, structure });
    await set(`${IMPORT_KEY_PREFIX}s`, toStored(record));
    await useImports.getState().load();
    const { records } = useImports.getState();
    expect(records[0].structure!.components[1]).toMatchObject({ id: 'canh_tranh_binh_dang', continues: ['equal_competition'] });
    const catalogue = catalogueOf(records);
    const ix = findIndex(catalogue, 'PCI')!;
    expect(mainComponents(ix, 2025).map((c) => c.id)).toEqual(['moi_truong_kinh_doanh', 'canh_tranh_binh_dang', 'dong_luc_tang_truong']);
    expect(mainComponents(ix, 2025)[1].continues).toEqual(['equal_competition']);
    expect(mainComponents(ix, 2024)).toHaveLength(10);
    expect(ix.methodBreaks.at(-1)).toMatchObject({ year: 2025, structure: true });
    expect(catalogueOf(records)).toBe(catalogue); // one object per list of records
    await useImports.getState().remove('s');
    expect(catalogueOf(useImports.getState().records)).toBe(defaultCatalogue);
    expect(await get(`${IMPORT_KEY_PREFIX}s`)).toBeUndefined();
  });

  it('a damaged structure is reported with its reason and kept in storage, never applied', async () => {
    const result = analyseText(text, 'pci-2025.csv', defaultCatalogue, { index: 'PCI', year: 2025, newStructure: true }, []);
    const record = buildRecord(result, { all: 'keep', byKey: {} }, { id: 'd', date: '2026-12-03T00:00:00Z', fileName: 'pci-2025.csv', structure: { ...result.analysis.structure!, components: [{ id: 'x' }] } as never });
    await set(`${IMPORT_KEY_PREFIX}d`, toStored(record));
    await useImports.getState().load();
    expect(useImports.getState().records).toHaveLength(0);
    expect(useImports.getState().unreadable[0].reason).toContain('structure: component 1');
    expect(catalogueOf(useImports.getState().records)).toBe(defaultCatalogue);
  });
});

import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { defaultCatalogue as catalogue } from '../catalogue/catalogue';
import { ranksFor } from '../analysis/changes';
import { compositeConflict, dataConflicts, rankConflicts } from './conflicts';
import { parseDisagreements } from './publishedDisagreements';
import { buildScoreTable } from './dataset';
import { assessComponents } from '../analysis/weakness';
import type { Score } from '../catalogue/types';

const shipped = loadShippedTable();
// PCI 2015 is complete (VCCI workbook, 63 provinces). investinquangninh printed Quảng Ninh's land-access rank as 44;
// the table is built with that printed rank whether or not the shipped file still carries it (the data is being mended).
const landAccess = shipped.get('PCI', 2015, '22', 'land_access')!;
const withPrinted44 = buildScoreTable(
  shipped.scores.map((s): Score => (s === landAccess ? { ...s, officialRank: 44, note: 'rank printed by investinquangninh' } : s)),
  catalogue,
);

describe('data conflicts: a printed figure that the published scores contradict is shown with both sources', () => {
  it('PCI 2015 Quảng Ninh land access: printed 44th, but its 6.26 is 20th of 63 in the complete year — the rank used is 20', () => {
    expect(landAccess.value).toBeCloseTo(6.261923, 6);
    expect(withPrinted44.coverage('PCI', 2015, 'land_access').complete).toBe(true);
    expect(ranksFor(withPrinted44, catalogue, 'PCI', 2015, 'land_access').get('22')).toEqual({
      rank: 20,
      basis: 'computed-national',
      conflict: { printedRank: 44, impliedRank: 20, impliedRange: [20, 20] },
    });
    const [c] = rankConflicts(withPrinted44, catalogue, 'PCI', 2015, '22');
    expect(c).toMatchObject({ kind: 'rank-vs-score-order', component: 'land_access', printed: { value: 44 }, implied: { value: 20 }, used: 'implied' });
    expect(c.printed.source).toContain('investinquangninh');
    expect(c.implied.source).toContain('63/63');
    expect(c.message.en).toBe('Printed rank 44 contradicts the score order: the score 6.26 is 20 of 63 in this complete year; rank 20 is used');
  });

  it('the shipped data, mended, no longer carries the printed 44: no conflict, and the rank shown is 20 of 63', () => {
    expect(landAccess.officialRank === null || landAccess.officialRank === 20).toBe(true);
    expect(rankConflicts(shipped, catalogue, 'PCI', 2015, '22')).toEqual([]);
    expect(ranksFor(shipped, catalogue, 'PCI', 2015, 'land_access').get('22')?.rank).toBe(20);
  });

  it('PCI 2015 Quảng Ninh land access is therefore not weak: no bottom-group flag from the printed 44', () => {
    const land = assessComponents(withPrinted44, catalogue, 'PCI', 2015, '22').find((a) => a.component === 'land_access')!;
    expect(land.rank).toBe(20);
    expect(land.flags.map((f) => f.rule)).not.toContain('bottom-share');
  });

  it('on a partial year the scores cannot contradict a printed rank: PCI 2021 Hậu Giang stays 38th as printed', () => {
    expect(ranksFor(shipped, catalogue, 'PCI', 2021, 'total').get('93')).toEqual({ rank: 38, basis: 'official' });
    expect(rankConflicts(shipped, catalogue, 'PCI', 2021, '93')).toEqual([]);
  });

  it('every shipped complete year agrees with its printed ranks, apart from conflicts listed here', () => {
    const found: string[] = [];
    for (const index of shipped.indices())
      for (const year of shipped.years(index))
        for (const component of shipped.components(index, year))
          for (const [unit, r] of ranksFor(shipped, catalogue, index, year, component)) if (r.conflict) found.push(`${index} ${year} ${unit} ${component}`);
    expect(found.filter((f) => f !== 'PCI 2015 22 land_access')).toEqual([]);
  });

  it('a composite that contradicts its components under the edition weights: both figures, the printed one kept in use', () => {
    // Quảng Ninh PCI 2016: 10 × Σ weight × sub-index agrees with the printed composite 63.45 within rounding.
    expect(compositeConflict(shipped, catalogue, 'PCI', 2016, '22')).toBeNull();
    const total = shipped.get('PCI', 2016, '22', 'total')!;
    const moved = buildScoreTable(shipped.scores.map((s) => (s === total ? { ...s, value: total.value! + 1 } : s)), catalogue);
    const c = compositeConflict(moved, catalogue, 'PCI', 2016, '22')!;
    expect(c).toMatchObject({ kind: 'composite-vs-components', used: 'printed' });
    expect(c.printed.value - c.implied.value).toBeCloseTo(1, 1);
    expect(dataConflicts(moved, catalogue, 'PCI', 2016, '22').map((x) => x.kind)).toEqual(['composite-vs-components']);
  });
});

describe('published disagreements (data/reference/disagreements.csv) are shown with both sources', () => {
  it('PCI 2015 Quảng Ninh land access: investinquangninh printed 44, the complete table implies 20 — both shown, 20 used', async () => {
    const { readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const list = parseDisagreements(readFileSync(resolve(__dirname, '../../../data/reference/disagreements.csv'), 'utf8'), catalogue).rows;
    const [c] = dataConflicts(shipped, catalogue, 'PCI', 2015, '22', list).filter((k) => k.component === 'land_access');
    expect(c).toMatchObject({ kind: 'rank-vs-score-order', printed: { value: 44 }, implied: { value: 20 }, used: 'implied' });
    expect(c.printed.source).toContain('investinquangninh');
    expect(c.message.en).toBe('Printed rank 44 contradicts the score order: the score is 20 of 63 in this complete year; rank 20 is used');
    // PAR INDEX 2023 Hải Phòng printed two ways (91.81 and 91.87): both, with their pages.
    const hp = dataConflicts(shipped, catalogue, 'PAR', 2023, '31', list);
    expect(hp.map((k) => [k.kind, k.printed.value, k.implied.value])).toContainEqual(['sources-disagree', 91.81, 91.87]);
  });
});

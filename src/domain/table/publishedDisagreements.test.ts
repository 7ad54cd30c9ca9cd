import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { disagreementsAbout, parseDisagreements } from './publishedDisagreements';

const text = readFileSync(new URL('../../../data/reference/disagreements.csv', import.meta.url), 'utf8');
const { rows, problems } = parseDisagreements(text, defaultCatalogue);

describe('published disagreements (data/reference/disagreements.csv) read for the views', () => {
  it('every row of the shipped file reads without a problem', () => {
    expect(problems).toEqual([]);
    expect(rows.length).toBe(text.trim().split('\n').length - 1);
  });

  it('PAR INDEX 2023 Hải Phòng: 91.87 shipped (vietnam.vn) and 91.81 from en.doanhnghiephoinhap.vn, both with their sources', () => {
    expect(disagreementsAbout(rows, { index: 'PAR', year: 2023, unit: '31', component: 'total' })).toEqual([
      expect.objectContaining({ field: 'score', shipped: 91.87, other: 91.81, kind: 'sources-disagree', derived: false }),
    ]);
  });

  it('PCI 2015 Quảng Ninh land access: the printed rank 44 (investinquangninh.vn) is kept here, the shipped row has none', () => {
    expect(disagreementsAbout(rows, { index: 'PCI', year: 2015, unit: '22', component: 'land_access' })).toEqual([
      expect.objectContaining({ field: 'rank', shipped: null, other: 44, kind: 'rank-contradicts-scores', otherSource: 'investinquangninh.vn/vi/pci: Dữ liệu PCI' }),
    ]);
  });

  it('PCI 2023 Thanh Hóa: the weighted sum 67.485 is labelled derived, beside the printed 66.79', () => {
    expect(disagreementsAbout(rows, { index: 'PCI', year: 2023, unit: '38', component: 'total' })).toEqual([
      expect.objectContaining({ shipped: 66.79, other: 67.485, kind: 'composite-contradicts-components', derived: true }),
    ]);
  });

  it('a damaged row is reported by its line, not dropped silently', () => {
    const bad = parseDisagreements('index,year,province,component,field,shipped,shipped_source,other,other_source,kind,note\nPAR,2023,Atlantis,total,score,1,a,2,b,sources-disagree,\nPAR,2023,Hải Phòng,total,score,91.81,a,x,b,sources-disagree,\n', defaultCatalogue);
    expect(bad.rows).toEqual([]);
    expect(bad.problems).toEqual(['line 2: unknown province "Atlantis"', 'line 3: not a number']);
  });
});

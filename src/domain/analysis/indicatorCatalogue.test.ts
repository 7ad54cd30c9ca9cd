/**
 * The PCI base-indicator reader and catalogue on a LAYOUT FIXTURE laid out like VCCI's workbooks
 * (tests/fixtures/indicatorWorkbook.ts): the sub-index scores are the real PCI 2015/2016 figures, the indicator
 * values are NOT published figures (made up from those scores), because the real workbooks could not be read here.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/catalogue';
import { readIndicatorWorkbook } from '../import/indicatorWorkbook';
import { sheetCell, type SourceTable } from '../import/sourceTable';
import { fixtureSheets } from '../../../tests/fixtures/indicatorWorkbook';
import { buildIndicatorCatalogue, indicatorDefFor, inferDirection } from './indicatorCatalogue';
import { indicatorStandings } from './indicators';
import { indicatorSetSource } from './indicatorSources';
import { correlation } from './stats';

const asSheets = (year: number): SourceTable[] =>
  fixtureSheets(year).map((s) => ({ kind: 'sheet' as const, name: s.name, rows: s.rows, place: (r: number, c: number) => ({ vi: sheetCell(s.name, r, c), en: sheetCell(s.name, r, c) }) }));
const b2015 = readIndicatorWorkbook(asSheets(2015), 'PCI_2015.xlsx', 2015, defaultCatalogue);
const b2016 = readIndicatorWorkbook(asSheets(2016), 'PCI_2016.xlsx', 2016, defaultCatalogue);
const catalogue = buildIndicatorCatalogue([b2016, b2015]);
const entry = (id: string) => catalogue.find((e) => e.id === id)!;

describe('reading the workbook layout (layout fixture)', () => {
  it('one sheet per sub-index: land access (4 indicators in 2016) and time costs (2); the summary sheet is left out with a notice', () => {
    expect(b2016.sheets).toEqual([
      { name: 'Tiep can dat dai', component: 'land_access', provinces: 63, indicators: 4 },
      { name: 'Chi phi thoi gian', component: 'time_costs', provinces: 63, indicators: 2 },
    ]);
    expect(b2016.problems.map((p) => [p.code, p.severity, p.place?.en])).toEqual([['indicator-sheet-skipped', 'warning', 'Summary_VN!1:1']]);
  });

  it('labels as printed from row 1, codes from row 3, "CHỈ TIÊU MỚI" stripped and recorded', () => {
    const land = b2016.indicators.filter((i) => i.component === 'land_access');
    expect(land.map((i) => i.code)).toEqual(['LURC', 'LURC_days', 'LURC_detered', 'land_new']);
    expect(land[3].label.vi).toBe('Tỷ lệ DN thấy khung giá đất phù hợp');
    expect(land[3].markedNew).toBe(true);
    expect(entry('land_access.land_new').newIn).toBe(2016);
  });

  it('N/A is missing, never 0', () => {
    const missing = b2016.figures.filter((f) => f.code === 'land_new' && f.value === null);
    expect(missing).toHaveLength(1);
  });

  it('a bad cell is an error at its sheet and cell', () => {
    const sheets = asSheets(2016);
    sheets[1].rows[5][4] = '#VALUE!';
    const book = readIndicatorWorkbook(sheets, 'PCI_2016.xlsx', 2016, defaultCatalogue);
    expect(book.problems.find((p) => p.severity === 'error')).toMatchObject({ code: 'not-a-number', place: { en: 'Tiep can dat dai!E6' } });
  });
});

describe('direction from the sign of the correlation with the sub-index, evidence kept', () => {
  it('higher is better where r > 0 in both editions (LURC), lower is better where r < 0 (days, inspections)', () => {
    expect(entry('land_access.LURC')).toMatchObject({ higherIsBetter: true, direction: { basis: 'correlation' } });
    expect(entry('land_access.LURC').direction.evidence.map((e) => [e.year, e.r, e.n])).toEqual([
      [2015, 1, 63],
      [2016, 1, 63],
    ]);
    expect(entry('land_access.LURC_days')).toMatchObject({ higherIsBetter: false, direction: { basis: 'correlation' } });
    expect(entry('time_costs.tc_inspect').higherIsBetter).toBe(false);
    expect(entry('time_costs.tc_hours').higherIsBetter).toBe(false);
  });

  it('a weak correlation (|r| < 0.3) leaves the direction undecided until a hand review sets it', () => {
    const e = entry('land_access.land_new');
    expect(Math.abs(e.direction.evidence[0].r)).toBeLessThan(0.3);
    expect(e).toMatchObject({ higherIsBetter: null, direction: { basis: 'undecided' } });
    const reviewed = buildIndicatorCatalogue([b2016], { 'land_access.land_new': { higherIsBetter: true, note: { vi: 'Xem lại bằng tay', en: 'Hand review' } } });
    expect(reviewed.find((x) => x.id === 'land_access.land_new')).toMatchObject({ higherIsBetter: true, direction: { basis: 'hand-review' } });
  });

  it('editions that disagree leave it undecided', () => {
    expect(inferDirection([{ year: 2015, r: 0.5, n: 63 }, { year: 2016, r: -0.4, n: 63 }])).toEqual({ higherIsBetter: null, basis: 'undecided' });
  });

  it('correlation drops missing pairs and says nothing on a constant series', () => {
    expect(correlation([[1, 2], [2, 4], [null, 5], [3, 6]])).toEqual({ r: 1, n: 3 });
    expect(correlation([[1, 1], [1, 2], [1, 3]])).toBeNull();
  });
});

describe('units, label changes, comparability', () => {
  it('units from the label and values: shares 0–1, days, counts', () => {
    expect(entry('land_access.LURC').unit).toBe('share');
    expect(entry('land_access.LURC_days').unit).toBe('days');
    expect(entry('time_costs.tc_inspect').unit).toBe('count');
  });

  it('a changed label keeps both labels as printed and restarts the series (no change across it) unless reviewed as the same meaning', () => {
    const e = entry('land_access.LURC_days');
    expect(e.labels.map((l) => [l.from, l.vi])).toEqual([
      [2015, 'Số ngày chờ cấp giấy chứng nhận quyền sử dụng đất'],
      [2016, 'Số ngày chờ đợi để được cấp Giấy CNQSDĐ (trung vị)'],
    ]);
    expect(e).toMatchObject({ comparability: 'label-changed', breaks: [2016] });
    expect(indicatorDefFor(e, 2015).label.vi).toBe('Số ngày chờ cấp giấy chứng nhận quyền sử dụng đất');
    const same = buildIndicatorCatalogue([b2015, b2016], { 'land_access.LURC_days': { sameMeaningFrom: [2016] } }).find((x) => x.id === e.id)!;
    expect(same).toMatchObject({ comparability: 'label-changed-same-meaning', breaks: [] });
    expect(entry('land_access.LURC')).toMatchObject({ comparability: 'same', breaks: [], years: [2015, 2016] });
  });

  it('the indicator view on the imported set: lower-is-better ranks, ties shared, change only where comparable', () => {
    const defs = { 2015: catalogue.filter((e) => e.years.includes(2015)).map((e) => indicatorDefFor(e, 2015)), 2016: catalogue.filter((e) => e.years.includes(2016)).map((e) => indicatorDefFor(e, 2016)) };
    const rows = [b2015, b2016].flatMap((b) => b.figures.map((f) => ({ index: 'PCI', year: f.year, unit: f.unit, indicator: `${f.component}.${f.code}`, value: f.value })));
    const source = indicatorSetSource({ defs, rows }, defaultCatalogue);
    const qn = indicatorStandings(source, 'PCI', 2016, 'land_access', '22');
    const days = qn.find((s) => s.def.code === 'LURC_days')!;
    const lurc = qn.find((s) => s.def.code === 'LURC')!;
    // Quảng Ninh's land access 2016 is 6.07 (19th of 63 in the real table): the fixture's formulas keep that order.
    expect(lurc.rank).toBe(19);
    expect(days.rank).toBe(19);
    expect(days.best).toBeLessThan(days.value!);
    expect(days.distanceToBest?.up).toBe(false);
    expect(days.change).toBeNull(); // label changed in 2016: not comparable with 2015
    expect(lurc.previousYear).toBe(2015);
    const detered = qn.find((s) => s.def.code === 'LURC_detered')!;
    const tiedWith = b2016.figures.filter((f) => f.code === 'LURC_detered' && f.value === detered.value).length;
    expect(tiedWith).toBeGreaterThan(1);
    const all = source.figures('PCI', 2016, 'land_access.LURC_detered');
    const better = all.filter((f) => f.value !== null && f.value < detered.value!).length;
    expect(detered.rank).toBe(better + 1); // shared rank: 1 + provinces strictly better
    const undecided = qn.find((s) => s.def.code === 'land_new')!;
    expect(undecided).toMatchObject({ rank: null, best: null, weak: [], distanceToBest: null });
    expect(undecided.median).not.toBeNull();
  });
});

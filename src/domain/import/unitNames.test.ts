import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultCatalogue, getIndex, readUnitName } from '../catalogue/catalogue';
import { parseScoresCsv } from './parse';
import { LEAVE_OUT, readProvinceCell, spellingReadText } from './unitNames';
import { parseWideCsv } from './wide';
import { pci2016 } from '../../../tests/fixtures/tables';

/** VCCI's PCI 2016 table (data/scores/pci-2005-2016-vcci-workbooks.csv) as a wide CSV, provinces printed as given. */
function pci2016Csv(printed: Record<string, string>): string {
  const rows = pci2016(printed);
  const header = ['STT', 'Tỉnh/Thành phố', 'Gia nhập thị trường', 'Tiếp cận đất đai', 'Tính minh bạch', 'Chi phí thời gian', 'Chi phí không chính thức', 'Cạnh tranh bình đẳng', 'Tính năng động', 'Dịch vụ hỗ trợ doanh nghiệp', 'Đào tạo lao động', 'Thiết chế pháp lý', 'Điểm số PCI', 'Xếp hạng'];
  return [header.join(','), ...rows.map((r, i) => [i + 1, `"${r.printed}"`, ...r.components, r.total, r.rank].join(','))].join('\n') + '\n';
}
const line = (rows: ReturnType<typeof pci2016>, province: string) => rows.findIndex((r) => r.province === province) + 2;
const total = (scores: { unit: string; component: string; value: number | null }[], unit: string) => scores.find((s) => s.unit === unit && s.component === 'total')?.value;

describe('province names as people write them, in VCCI\'s PCI 2016 table (unitNames.ts)', () => {
  it('"Đắc Lắc" (the listed older spelling) imports as Đắk Lắk without a question: 58.623993, rank 28; all 63 provinces read', () => {
    const r = parseWideCsv(pci2016Csv({ 'Đắk Lắk': 'Đắc Lắc' }), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.unresolved).toEqual([]);
    expect(total(r.rows, '66')).toBe(58.623993);
    expect(r.rows.find((s) => s.unit === '66' && s.component === 'total')?.officialRank).toBe(28);
    expect(new Set(r.rows.map((s) => s.unit)).size).toBe(63);
  });

  it('"Quảng Nình" (a tone mark off) is never taken: an error at its cell asking "Có phải Quảng Ninh?", its row left out, the other 62 read', () => {
    const rows = pci2016({ 'Quảng Ninh': 'Quảng Nình' });
    const r = parseWideCsv(pci2016Csv({ 'Quảng Ninh': 'Quảng Nình' }), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    const errors = r.issues.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.line}:${p.column}:${p.code}`)).toEqual([`${line(rows, 'Quảng Ninh')}:2:unit-guess`]);
    expect(errors[0].message.vi).toMatch(/^Có phải Quảng Ninh\? "Quảng Nình"/);
    expect(errors[0].message.en).toMatch(/^Did you mean Quang Ninh\? "Quảng Nình"/);
    expect(total(r.rows, '22')).toBeUndefined();
    expect(new Set(r.rows.map((s) => s.unit)).size).toBe(62);
    expect(r.unresolved).toEqual([{ written: 'Quảng Nình', year: 2016, kind: 'guess', unit: '22', set: 'provinces63', first: { file: 'pci-2016.csv', line: line(rows, 'Quảng Ninh'), column: 2 }, rows: 1 }]);
  });

  it('the user\'s pick (a confirmed guess) imports the row — Quảng Ninh 65.595551, rank 2 — with a warning saying it was chosen', () => {
    const r = parseWideCsv(pci2016Csv({ 'Quảng Ninh': 'Quảng Nình' }), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016, unitNames: { picks: { 'provinces63|Quảng Nình': '22' } } });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(total(r.rows, '22')).toBe(65.595551);
    expect(r.issues.find((p) => p.code === 'unit-picked')?.message.vi).toBe('"Quảng Nình" được nhập là Quảng Ninh theo lựa chọn của người dùng');
    expect(r.unresolved).toEqual([]);
  });

  it('a pick holds for the name in decomposed form (NFD, as some pages paste it)', () => {
    const r = parseWideCsv(pci2016Csv({ 'Quảng Ninh': 'Quảng Nình'.normalize('NFD') }), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016, unitNames: { picks: { 'provinces63|Quảng Nình': '22' } } });
    expect(total(r.rows, '22')).toBe(65.595551);
  });

  it('a pick of a unit of another period is not applied (a 2025 unit for a 2016 table): the guess still asks', () => {
    const r = parseWideCsv(pci2016Csv({ 'Quảng Ninh': 'Quảng Nình' }), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016, unitNames: { picks: { 'provinces63|Quảng Nình': 'n22', 'units34|Quảng Nình': 'n22' } } });
    expect(r.issues.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['unit-guess']);
  });

  it('picks are kept per set of units: a 2016 table takes the 63-province pick (Quảng Ninh 22), a 2025 table the 34-unit one (n22)', () => {
    const picks = { 'provinces63|Quảng Nình': '22', 'units34|Quảng Nình': 'n22', 'provinces63|__proto__': '01' };
    expect(readProvinceCell(defaultCatalogue, 'Quảng Nình', 2016, 'PCI', { picks }).unit?.id).toBe('22');
    expect(readProvinceCell(defaultCatalogue, 'Quảng Nình', 2025, 'PCI', { picks }).unit?.id).toBe('n22');
    expect(readProvinceCell(defaultCatalogue, '__proto__', 2016, 'PCI', { picks }).unit?.id).toBe('01');
    expect(readProvinceCell(defaultCatalogue, '__proto__', 2025, 'PCI', { picks }).unit).toBeUndefined();
  });

  it('a name left out (LEAVE_OUT): its row is not imported and says so with a warning at its cell; the name stays listed, marked left out', () => {
    const rows = pci2016({ 'Quảng Ninh': 'Quảng Nình' });
    const r = parseWideCsv(pci2016Csv({ 'Quảng Ninh': 'Quảng Nình' }), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016, unitNames: { picks: { 'provinces63|Quảng Nình': LEAVE_OUT } } });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    const left = r.issues.filter((p) => p.code === 'unit-left-out');
    expect(left.map((p) => `${p.line}:${p.column}:${p.severity}`)).toEqual([`${line(rows, 'Quảng Ninh')}:2:warning`]);
    expect(left[0].message.vi).toBe('"Quảng Nình": dòng này để lại, chưa nhập, theo lựa chọn của người dùng (chọn đơn vị cho tên này để nhập)');
    expect(total(r.rows, '22')).toBeUndefined();
    expect(new Set(r.rows.map((s) => s.unit)).size).toBe(62);
    expect(r.unresolved).toMatchObject([{ written: 'Quảng Nình', kind: 'guess', unit: '22', leftOut: true }]);
  });

  it('CLI --accept-guesses: the guess is taken, said with a warning at its line naming it', () => {
    const r = parseWideCsv(pci2016Csv({ 'Quảng Ninh': 'Quảng Nình' }), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016, unitNames: { acceptGuesses: true } });
    expect(total(r.rows, '22')).toBe(65.595551);
    const w = r.issues.find((p) => p.code === 'unit-guess-accepted')!;
    expect(w.severity).toBe('warning');
    expect(w.message.en).toBe('"Quảng Nình" read as Quang Ninh (a near miss, guess accepted)');
  });

  it('"Hà Tây" in a 2016 table says what it became: part of Hà Nội from 1/8/2008', () => {
    const r = parseWideCsv(pci2016Csv({ 'Quảng Ninh': 'Hà Tây' }), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    const p = r.issues.find((x) => x.severity === 'error')!;
    expect(p.code).toBe('unit-ended');
    expect(p.message.vi).toContain('"Hà Tây" là đơn vị riêng đến năm 2008, từ 1/8/2008 thuộc Hà Nội');
    expect(p.message.en).toContain('part of Ha Noi from 1 August 2008');
    expect(r.unresolved[0]).toMatchObject({ written: 'Hà Tây', kind: 'other-period', unit: '28' });
  });

  it('"Bình Dương" in a PCI 2025 table: part of Hồ Chí Minh from 1/7/2025 (the 2025 mergers, units.json successor)', () => {
    const r = parseWideCsv('Tỉnh,Điểm PCI\nBình Dương,70\n', 'b.csv', defaultCatalogue, { index: 'PCI', year: 2025 });
    expect(r.issues.find((x) => x.severity === 'error')?.message.vi).toContain('từ 1/7/2025 thuộc Hồ Chí Minh');
  });
});

describe('readUnitName: spellings without a question, near misses as guesses', () => {
  it.each([
    ['Đắc Lắc', '66'], ['Đaklak', '66'], ['Thừa Thiên - Huế', '46'], ['Tp. Hồ Chí Minh', '79'], ['Bà Rịa–Vũng Tàu', '77'],
    ['QUẢNG NINH', '22'], ['Quang Ninh', '22'], ['Tỉnh Hoà Bình', '17'], ['Thanh Hoá', '38'],
  ])('"%s" in 2019 is unit %s, no question', (name, id) => {
    expect(readUnitName(defaultCatalogue, name, 2019)).toMatchObject({ kind: 'unit', unit: { id } });
  });
  it.each([
    ['Quảng Nình', '22'], ['Quàng Ninh', '22'], ['Quang Nin', '22'], ['Đồng Thap', '87'],
  ])('"%s" in 2019 is a guess of unit %s', (name, id) => {
    expect(readUnitName(defaultCatalogue, name, 2019)).toMatchObject({ kind: 'guess', unit: { id } });
  });
  it('"Hue" alone is too short to guess from; "Tỉnh XYZ" is unknown', () => {
    expect(readUnitName(defaultCatalogue, 'Hux', 2019).kind).toBe('unknown');
    expect(readUnitName(defaultCatalogue, 'Tỉnh XYZ', 2019).kind).toBe('unknown');
  });
  it('a long score file: "Quảng Nình" is an error naming the guess, not Quảng Ninh\'s figure', () => {
    const r = parseScoresCsv('index,year,province,component,score,rank\nPCI,2016,Quảng Nình,total,65.60,2\n', 'l.csv', defaultCatalogue);
    expect(r.rows).toEqual([]);
    expect(r.issues.map((p) => `${p.line}:${p.code}`)).toEqual(['2:unit-guess']);
  });
});

describe('messages a civil servant understands: names, not ids; Vietnamese only in Vietnamese', () => {
  it('a score outside its scale names the component ("Tính minh bạch"), never "transparency"', () => {
    const r = parseWideCsv('Tỉnh,Tính minh bạch,Điểm số PCI\nQuảng Ninh,15.2,65.6\n', 'x.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    const p = r.issues.find((x) => x.code === 'out-of-scale')!;
    expect(p.message.vi).toBe('Điểm 15,2 ngoài thang 0–10 của Tính minh bạch');
    expect(p.message.en).toBe('Score 15.2 is outside the 0–10 scale of Transparency and access to information');
  });
  it('a long cell quoted in a message says its length in Vietnamese ("ký tự"), in English ("characters")', () => {
    const long = 'x'.repeat(80);
    const r = parseWideCsv(`Tỉnh,Tính minh bạch\nQuảng Ninh,${long}\n`, 'x.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    const p = r.issues.find((x) => x.code === 'not-a-number')!;
    expect(p.message.vi).toContain('(80 ký tự)');
    expect(p.message.vi).not.toContain('characters');
    expect(p.message.en).toContain('(80 characters)');
  });
  it('two rows for one province name it, not "*"', () => {
    const r = parseWideCsv('Tỉnh,Điểm số PCI\nQuảng Ninh,65.6\nTỉnh Quảng Ninh,65.6\n', 'x.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    expect(r.issues.find((x) => x.severity === 'error')?.message.vi).toBe('"Quảng Ninh" có hai dòng trong bảng PCI 2016 (đã có ở dòng 2): dòng này chưa được nhập');
  });
  it('every Vietnamese problem message about a PCI table holds no component id', () => {
    const ids = getIndex(defaultCatalogue, 'PCI').components.map((c) => c.id).filter((id) => id.includes('_'));
    const r = parseWideCsv('Tỉnh,Gia nhập thị trường,Gia nhập thị trường,Tiếp cận đất đai\nQuảng Ninh,11,5,x\n', 'x.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    for (const p of r.issues) for (const id of ids) expect(p.message.vi).not.toContain(id);
  });
});

/** PCI 2016's long rows of three provinces as shipped (data/scores/pci-2005-2016-vcci-workbooks.csv), their names printed as given. */
function pci2016Long(printed: Record<string, string>): string {
  const text = readFileSync(new URL('../../../data/scores/pci-2005-2016-vcci-workbooks.csv', import.meta.url), 'utf8').split('\n');
  const rows = text.filter((l) => /^PCI,2016,(Quảng Ninh|Đắk Lắk|Hà Giang),/.test(l));
  return [text[0], ...rows.map((l) => l.replace(/^PCI,2016,([^,]+),/, (_, p: string) => `PCI,2016,${printed[p] ?? p},`))].join('\n') + '\n';
}

describe('province names in a long score file (index,year,province,component,score …): the rule and messages of a wide table', () => {
  const text = pci2016Long({ 'Đắk Lắk': 'Đắc Lắc', 'Quảng Ninh': 'Quảng Nình', 'Hà Giang': 'Tỉnh Xyz' });
  const lines = text.split('\n');
  const firstLine = (name: string) => lines.findIndex((l) => l.includes(`,${name},`)) + 1;

  it('"Đắc Lắc" is Đắk Lắk (58.623993, rank 28); "Quảng Nình" waits naming its guess; "Tỉnh Xyz" is unknown; each once in the names to resolve, with its row count', () => {
    const r = parseScoresCsv(text, 'pci-2016-long.csv', defaultCatalogue);
    expect(total(r.rows, '66')).toBe(58.623993);
    expect(r.rows.find((s) => s.unit === '66' && s.component === 'total')?.officialRank).toBe(28);
    expect(new Set(r.rows.map((s) => s.unit))).toEqual(new Set(['66']));
    const guess = r.issues.find((p) => p.code === 'unit-guess')!;
    expect(guess.line).toBe(firstLine('Quảng Nình'));
    expect(guess.message.vi).toMatch(/^Có phải Quảng Ninh\? "Quảng Nình" gần giống Quảng Ninh/);
    expect(r.unresolved).toEqual([
      { written: 'Quảng Nình', year: 2016, kind: 'guess', unit: '22', set: 'provinces63', first: { file: 'pci-2016-long.csv', line: firstLine('Quảng Nình'), column: 3 }, rows: 11 },
      { written: 'Tỉnh Xyz', year: 2016, kind: 'unknown', set: 'provinces63', first: { file: 'pci-2016-long.csv', line: firstLine('Tỉnh Xyz'), column: 3 }, rows: 11 },
    ].sort((a, b) => a.first.line - b.first.line));
  });

  it('the user\'s picks import the rows (Quảng Ninh 65.595551, rank 2; "Tỉnh Xyz" picked as Hà Giang) with a warning at each; a name left out is listed at each row', () => {
    const picks = { 'provinces63|Quảng Nình': '22', 'provinces63|Tỉnh Xyz': '02' };
    const r = parseScoresCsv(text, 'pci-2016-long.csv', defaultCatalogue, { unitNames: { picks } });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(total(r.rows, '22')).toBe(65.595551);
    expect(r.rows.find((s) => s.unit === '22' && s.component === 'total')?.officialRank).toBe(2);
    expect(r.issues.filter((p) => p.code === 'unit-picked')).toHaveLength(22);
    expect(r.unresolved).toEqual([]);
    const left = parseScoresCsv(text, 'pci-2016-long.csv', defaultCatalogue, { unitNames: { picks: { ...picks, 'provinces63|Tỉnh Xyz': LEAVE_OUT } } });
    expect(left.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(left.issues.filter((p) => p.code === 'unit-left-out').map((p) => p.line)).toHaveLength(11);
    expect(new Set(left.rows.map((s) => s.unit))).toEqual(new Set(['22', '66']));
    expect(left.unresolved).toMatchObject([{ written: 'Tỉnh Xyz', leftOut: true, rows: 11 }]);
  });

  it('CLI --accept-guesses: "Quảng Nình" is taken as Quảng Ninh with a warning at each line naming the guess', () => {
    const r = parseScoresCsv(text, 'pci-2016-long.csv', defaultCatalogue, { unitNames: { acceptGuesses: true } });
    expect(total(r.rows, '22')).toBe(65.595551);
    const accepted = r.issues.filter((p) => p.code === 'unit-guess-accepted');
    expect(accepted).toHaveLength(11);
    expect(accepted[0]).toMatchObject({ line: firstLine('Quảng Nình'), column: 3, severity: 'warning' });
  });
});

describe('a name read through another spelling is told, once per name, never a problem (unitNames.ts SpellingsRead)', () => {
  const printed = { 'Đắk Lắk': 'Đắc Lắc', 'Thừa Thiên Huế': 'Thừa Thiên - Huế', 'Hồ Chí Minh': 'TP. Hồ Chí Minh', 'Quảng Ninh': 'QUẢNG NINH', 'Đắk Nông': 'Dak Nong' };
  const rows = pci2016(printed);

  it('VCCI\'s PCI 2016 table with "Đắc Lắc": read as Đắk Lắk (58.623993, rank 28), told as the older spelling; "Thừa Thiên - Huế" and VCCI\'s "BRVT" as variants; "TP. Hồ Chí Minh", "QUẢNG NINH", "Dak Nong" say nothing', () => {
    const r = parseWideCsv(pci2016Csv(printed), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    expect(r.issues.filter((p) => p.severity === 'error')).toEqual([]);
    expect(total(r.rows, '66')).toBe(58.623993);
    expect(new Set(r.rows.map((s) => s.unit)).size).toBe(63);
    const at = (province: string) => ({ file: 'pci-2016.csv', line: line(rows, province), column: 2 });
    expect(r.spellings).toEqual(
      [
        { written: 'Đắc Lắc', unit: '66', older: true, first: at('Đắk Lắk'), rows: 1 },
        { written: 'Thừa Thiên - Huế', unit: '46', older: false, first: at('Thừa Thiên Huế'), rows: 1 },
        { written: 'BRVT', unit: '77', older: false, first: at('Bà Rịa - Vũng Tàu'), rows: 1 },
      ].sort((a, b) => a.first.line - b.first.line),
    );
    // Not a problem: the import's counts of errors and warnings are those of the table as the catalogue writes it.
    const plain = parseWideCsv(pci2016Csv({}), 'pci-2016.csv', defaultCatalogue, { index: 'PCI', year: 2016 });
    expect(r.issues.map((p) => p.code)).toEqual(plain.issues.map((p) => p.code));
    const read = r.spellings!.find((x) => x.unit === '66')!;
    expect(spellingReadText(defaultCatalogue, read)).toEqual({ vi: '“Đắc Lắc” → Đắk Lắk (cách viết cũ)', en: '“Đắc Lắc” → Dak Lak (older spelling)' });
    expect(spellingReadText(defaultCatalogue, r.spellings!.find((x) => x.unit === '46')!).vi).toBe('“Thừa Thiên - Huế” → Thừa Thiên Huế (cách viết khác)');
  });

  it('a long file prints "Đắc Lắc" on 11 rows: told once, with its first line and the row count', () => {
    const text = pci2016Long({ 'Đắk Lắk': 'Đắc Lắc' });
    const first = text.split('\n').findIndex((l) => l.includes(',Đắc Lắc,')) + 1;
    const r = parseScoresCsv(text, 'pci-2016-long.csv', defaultCatalogue);
    expect(r.spellings).toEqual([{ written: 'Đắc Lắc', unit: '66', older: true, first: { file: 'pci-2016-long.csv', line: first, column: 3 }, rows: 11 }]);
  });

  it('the stored PCI 2021 top-21 table as printed on VCCI\'s pages ("TT-Huế", "TP.HCM", "BRVT"): each told once as a variant; Quảng Ninh (7.98 entry costs) read as written', () => {
    const text = readFileSync(new URL('../../../../shared/data-candidates/pci-2021-top21.csv', import.meta.url), 'utf8');
    const r = parseScoresCsv(text, 'pci-2021-top21.csv', defaultCatalogue);
    expect(r.rows.find((s) => s.unit === '22' && s.component === 'entry_costs')?.value).toBe(7.98);
    expect(r.spellings!.map((x) => spellingReadText(defaultCatalogue, x).vi).sort()).toEqual(['“BRVT” → Bà Rịa - Vũng Tàu (cách viết khác)', '“TP.HCM” → Hồ Chí Minh (cách viết khác)', '“TT-Huế” → Thừa Thiên Huế (cách viết khác)']);
    expect(r.spellings!.every((x) => x.rows > 1)).toBe(true);
  });

  it('readUnitName returns the fact: "Đắc Lắc", "Dac Lac" older; "Đaklak", "Huế" (2016), "TP.HCM" variants; "Đắk Lắk", "DAK LAK", "Tỉnh Đắk Lắk", "Bà Rịa–Vũng Tàu", "Thành phố Hồ Chí Minh", a code: nothing; "Đắc Lắc" in a 2025 table is the unit n66, told', () => {
    const spelling = (name: string, year = 2016) => {
      const r = readUnitName(defaultCatalogue, name, year);
      return r.kind === 'unit' ? (r.spelling ? (r.spelling.older ? 'older' : 'variant') : 'own') : r.kind;
    };
    expect(['Đắc Lắc', 'Dac Lac', 'Đaklak', 'Huế', 'TP.HCM', 'Đắk Lắk', 'DAK LAK', 'Tỉnh Đắk Lắk', 'Bà Rịa–Vũng Tàu', 'Thành phố Hồ Chí Minh', '66'].map((n) => spelling(n))).toEqual([
      'older', 'older', 'variant', 'variant', 'variant', 'own', 'own', 'own', 'own', 'own', 'own',
    ]);
    expect(readUnitName(defaultCatalogue, 'Đắc Lắc', 2025)).toMatchObject({ kind: 'unit', unit: { id: 'n66' }, spelling: { older: true } });
    expect(spelling('Quảng Nình')).toBe('guess');
  });
});

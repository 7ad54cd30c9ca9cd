import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFiles } from './validate';

describe('npm run validate on a file whose rows end in CR, LF and CRLF', () => {
  it('loads every row (Hà Nội 60, Hải Phòng 61, Đà Nẵng 62) and reports the bad score on line 4 at line 4, column 5', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'chiso-validate-')), 'mixed.csv');
    writeFileSync(file, 'index,year,province,component,score,note\rPCI,2021,Hà Nội,total,60,\nPCI,2021,Hải Phòng,total,61,\r\nPCI,2021,Quảng Ninh,total,abc,\nPCI,2021,Đà Nẵng,total,62,\r\n');
    const { output, errors, rows } = validateFiles([file]);
    expect(rows).toBe(3);
    expect(errors).toBe(1);
    expect(output).toEqual([`${file}:4:5: error: Score "abc" is not a number`]);
  });
});

describe('npm run validate on a long file with a near miss ("Quảng Nình", PCI 2016: data/scores/pci-2005-2016-vcci-workbooks.csv)', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'chiso-validate-')), 'pci-2016-long.csv');
  writeFileSync(file, 'index,year,province,component,score,rank\nPCI,2016,Đắc Lắc,total,58.623993,28\nPCI,2016,Quảng Nình,total,65.595551,2\n');
  it('without --accept-guesses: an error at its line and column naming the guess; "Đắc Lắc" is read', () => {
    const { output, errors, rows } = validateFiles([file], 'vi');
    expect(rows).toBe(1);
    expect(errors).toBe(1);
    expect(output).toEqual([`${file}:3:3: error: Có phải Quảng Ninh? "Quảng Nình" gần giống Quảng Ninh nhưng không phải cách viết đã biết, nên dòng này chưa được nhập: xác nhận hoặc chọn tỉnh khác`]);
  });
  it('with --accept-guesses: the row is read, a warning at its line naming the guess', () => {
    const { output, errors, rows } = validateFiles([file], 'en', false, { acceptGuesses: true });
    expect(rows).toBe(2);
    expect(errors).toBe(0);
    expect(output).toEqual([`${file}:3:3: warning: "Quảng Nình" read as Quang Ninh (a near miss, guess accepted)`]);
  });
});

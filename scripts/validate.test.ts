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

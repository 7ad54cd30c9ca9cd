import { describe, expect, it } from 'vitest';
import { defaultCatalogue, resolveUnit } from './catalogue';
import { diacriticKey, hasDiacritics, oneLetterOff, sameAsWritten } from './unitSpelling';

describe('names as people write them (data/catalogue/unit-spellings.json)', () => {
  it('Đắc Lắc, Đaklak, Thừa Thiên - Huế, Tp. Hồ Chí Minh, Bà Rịa–Vũng Tàu (en dash), no diacritics, upper case: each is its province in 2019', () => {
    const read = ['Đắc Lắc', 'Đaklak', 'Thừa Thiên - Huế', 'Tp. Hồ Chí Minh', 'Bà Rịa–Vũng Tàu', 'DAK LAK', 'QUẢNG NINH', 'quang ninh', 'Đắc Nông', 'Kontum'].map((n) => resolveUnit(defaultCatalogue, n, 2019)?.vi);
    expect(read).toEqual(['Đắk Lắk', 'Đắk Lắk', 'Thừa Thiên Huế', 'Hồ Chí Minh', 'Bà Rịa - Vũng Tàu', 'Đắk Lắk', 'Quảng Ninh', 'Quảng Ninh', 'Đắk Nông', 'Kon Tum']);
  });
});

describe('the near-miss rule (unitSpelling.ts)', () => {
  it('tone-mark placement is not a difference (Hoà Bình = Hòa Bình); a tone mark off is (Quảng Nình ≠ Quảng Ninh)', () => {
    expect(diacriticKey('Hoà Bình')).toBe(diacriticKey('Hòa Bình'));
    expect(sameAsWritten('Tỉnh Hoà Bình', 'Hòa Bình')).toBe(true);
    expect(sameAsWritten('Quảng Nình', 'Quảng Ninh')).toBe(false);
    expect(sameAsWritten('Quang Ninh', 'Quảng Ninh')).toBe(true);
    expect(hasDiacritics('Quang Ninh')).toBe(false);
  });
  it('one letter off a name of five letters or more is a near miss ("Quang Nihn"); "Hue" is too short to guess from', () => {
    expect(oneLetterOff('Quang Nihn', 'Quảng Ninh')).toBe(false);
    expect(oneLetterOff('Quang Nin', 'Quảng Ninh')).toBe(true);
    expect(oneLetterOff('Hues', 'Huế')).toBe(false);
  });
});

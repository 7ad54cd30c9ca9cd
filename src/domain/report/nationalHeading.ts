/**
 * The national heading of every printed or exported A4 sheet (Nghị định 30/2020/NĐ-CP, thể thức văn bản): the issuing
 * body on the left ("UBND TỈNH TÂY NINH", "UBND THÀNH PHỐ HÀ NỘI" for a centrally run city), the national name and
 * motto on the right. One home for the wording: the print views (followup/SheetHeader), the plan .docx and the
 * release report all take it from here.
 */
import type { Unit } from '../catalogue/types';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Nghị định 30/2020/NĐ-CP, Phụ lục I: the words joined by hyphens with a space either side (gạch nối (-), có cách chữ). */
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const WORKING_GROUP = 'Tổ công tác cải thiện chỉ số';

/** "TỈNH TÂY NINH" / "THÀNH PHỐ HÀ NỘI". */
export function provinceStyle(unit: Pick<Unit, 'type' | 'vi'> | undefined): string {
  const isCity = unit?.type.startsWith('TP') ?? false;
  return `${isCity ? 'THÀNH PHỐ' : 'TỈNH'} ${(unit?.vi ?? '').toLocaleUpperCase('vi')}`;
}

/** "UBND TỈNH TÂY NINH" / "UBND THÀNH PHỐ HÀ NỘI". */
export function issuingBody(unit: Pick<Unit, 'type' | 'vi'> | undefined): string {
  return `UBND ${provinceStyle(unit)}`;
}

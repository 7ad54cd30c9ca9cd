/**
 * Text folding for matching names typed or printed in different ways:
 * lower case, no diacritics (đ → d), punctuation and repeated spaces collapsed.
 * "TP. Hồ Chí Minh" → "tp ho chi minh"; "Đồng  Tháp" → "dong thap".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Prefixes that name the unit's type rather than the unit ("Thành phố Hà Nội", "Thủ đô Hà Nội", "Tỉnh Quảng Ninh", "TP. Cần Thơ"). */
const UNIT_PREFIXES = ['thanh pho truc thuoc trung uong ', 'thanh pho ', 'thu do ', 'tinh ', 'tp '];
const UNIT_SUFFIXES = [' province', ' city'];

export function foldUnitName(text: string): string {
  let folded = foldText(text);
  for (const prefix of UNIT_PREFIXES) {
    if (folded.startsWith(prefix) && folded.length > prefix.length + 2) {
      folded = folded.slice(prefix.length);
      break;
    }
  }
  for (const suffix of UNIT_SUFFIXES) {
    if (folded.endsWith(suffix)) folded = folded.slice(0, -suffix.length);
  }
  return folded.replace(/ /g, '');
}

const PLAIN_PREFIXES = UNIT_PREFIXES.map((prefix) => new RegExp(`^${prefix.trim()}(\\.\\s*|\\s+)`));

/**
 * A unit's name as written with only case and diacritics aside — and the unit-type prefix ("Tỉnh", "Thành phố", "TP.",
 * "Thủ đô"), a " province"/" city" suffix, the kind of dash and the spaces around it: "TP. Hồ Chí Minh" → "ho chi minh",
 * "Bà Rịa–Vũng Tàu" → "ba ria - vung tau", but "Thừa Thiên - Huế" → "thua thien - hue" (not "thua thien hue") and
 * "Đaklak" → "daklak" (not "dak lak"): what is left is how the name itself is spelled.
 */
export function plainUnitName(text: string): string {
  let plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s*[-\u2010-\u2015]\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const head of PLAIN_PREFIXES) {
    const rest = plain.replace(head, '');
    if (rest !== plain && rest.length > 2) {
      plain = rest;
      break;
    }
  }
  for (const suffix of UNIT_SUFFIXES) if (plain.endsWith(suffix)) plain = plain.slice(0, -suffix.length);
  return plain;
}

const templateParts = new Map<string, string[]>();

/** Fill `{name}` placeholders in a message template; unknown names stay visible as `{name}`. Each template is split once (a file may bring 200,000 problems). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  let parts = templateParts.get(template);
  if (!parts) templateParts.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (Object.hasOwn(values, key) ? String(values[key]) : `{${key}}`) + parts[i + 1];
  }
  return out;
}

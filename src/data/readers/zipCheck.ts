/**
 * A workbook (.xlsx, .ods: a zip of XML parts) measured before SheetJS expands it, so a few KB cannot
 * become minutes of work or gigabytes of memory. A small zip reader lists the entries from the central
 * directory (their declared sizes), then each entry is inflated as a stream and counted as it comes,
 * stopping at the first limit passed: declared sizes may lie, the stream does not.
 *
 * What is measured (limits in `WORKBOOK_LIMITS`, spreadsheet.ts):
 * - the sum of the entries' sizes, declared and real;
 * - the longest run of text between two tags (one cell's text: Excel holds at most 32,767 characters;
 *   a worksheet of 400 MB of whitespace or a 300 MB shared string is one such run);
 * - the cells a worksheet writes (`<c …>` tags), and for an .ods the cells its repeat counts expand to
 *   (`table:number-rows-repeated` × `table:number-columns-repeated` over cells with content; the empty
 *   repeated cells LibreOffice writes to the sheet's edge expand to nothing);
 * - the number of sheets.
 * Anything that is not a zip (an .xls) is left to SheetJS: its size is the file's.
 */

export interface ZipLimits {
  uncompressedBytes: number;
  textRunBytes: number;
  cells: number;
  sheets: number;
}

/** Which limit a workbook passed, with the figure found (at least) and the limit. */
export interface LimitPassed {
  limit: keyof ZipLimits;
  found: number;
  max: number;
  /** 1-based sheet number when the limit was passed inside one sheet's part. */
  sheet?: number;
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;

/** The central directory's entries; null when the bytes are not a readable zip (SheetJS then says why). */
export function zipEntries(bytes: Uint8Array): Entry[] | null {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const entry: Entry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    // Zip64: sizes and offset of 0xFFFFFFFF are in the extra field (id 1), in this order, when so marked.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(bytes, x);
      const length = u16(bytes, x + 2);
      if (id === 1) {
        let field = x + 4;
        const next = () => {
          const value = u32(bytes, field) + u32(bytes, field + 4) * 0x100000000;
          field += 8;
          return value;
        };
        if (entry.size === 0xffffffff) entry.size = next();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
        if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      }
      x += 4 + length;
    }
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) return null;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** Inflate an entry as a stream, handing each piece to `take`; stops when `take` returns false. */
async function inflate(data: Uint8Array, method: number, take: (piece: Uint8Array) => boolean): Promise<void> {
  if (method === 0) {
    take(data);
    return;
  }
  if (method !== 8) return;
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!take(value)) {
        await reader.cancel().catch(() => {});
        return;
      }
    }
  } catch {
    // A damaged stream: SheetJS reads the workbook next and says it is damaged.
  }
}

/** The longest stretch between '<' bytes, carried across pieces. */
class TextRun {
  current = 0;
  longest = 0;
  add(piece: Uint8Array): void {
    let i = 0;
    for (;;) {
      const next = piece.indexOf(60, i);
      if (next === -1) {
        this.current += piece.length - i;
        if (this.current > this.longest) this.longest = this.current;
        return;
      }
      this.current += next - i;
      if (this.current > this.longest) this.longest = this.current;
      this.current = 0;
      i = next + 1;
    }
  }
}

/** `<c ` / `<c>` / `<c/` tags of an .xlsx worksheet. */
function countCellTags(piece: Uint8Array): number {
  let n = 0;
  for (let i = piece.indexOf(60); i !== -1 && i + 2 < piece.length; i = piece.indexOf(60, i + 1)) {
    if (piece[i + 1] === 99 && (piece[i + 2] === 32 || piece[i + 2] === 62 || piece[i + 2] === 47)) n++;
  }
  return n;
}

/** Cells an .ods content.xml expands to, counted tag by tag as the text comes. */
class OdsCells {
  cells = 0;
  sheets = 0;
  private rowRepeat = 1;
  private carry = '';
  private decoder = new TextDecoder();
  private static TAG = /<(table:table-row|table:table-cell|table:covered-table-cell|table:table)(\s[^>]*)?>/g;
  add(piece: Uint8Array): void {
    const text = this.carry + this.decoder.decode(piece, { stream: true });
    const last = text.lastIndexOf('>');
    this.carry = text.slice(last + 1);
    OdsCells.TAG.lastIndex = 0;
    const scan = text.slice(0, last + 1);
    for (let m = OdsCells.TAG.exec(scan); m; m = OdsCells.TAG.exec(scan)) {
      const attrs = m[2] ?? '';
      if (m[1] === 'table:table') this.sheets++;
      else if (m[1] === 'table:table-row') this.rowRepeat = repeat(attrs, 'table:number-rows-repeated');
      else if (!attrs.endsWith('/') || /office:value-type|table:formula/.test(attrs)) this.cells += this.rowRepeat * repeat(attrs, 'table:number-columns-repeated');
    }
  }
}

function repeat(attrs: string, name: string): number {
  const m = new RegExp(`${name}="(\\d+)"`).exec(attrs);
  return m ? Number(m[1]) : 1;
}

/** The first limit a zipped workbook passes, or null when it is within all of them (or is no zip). */
export async function checkZip(bytes: Uint8Array, limits: ZipLimits): Promise<LimitPassed | null> {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.uncompressedBytes) return { limit: 'uncompressedBytes', found: declared, max: limits.uncompressedBytes };
  const worksheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  if (worksheets.length > limits.sheets) return { limit: 'sheets', found: worksheets.length, max: limits.sheets };
  let total = 0;
  let cells = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data || !/\.(xml|rels)$/.test(entry.name)) continue;
    const sheetMatch = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.name);
    const sheet = sheetMatch ? Number(sheetMatch[1]) : undefined;
    const isWorksheet = worksheets.includes(entry);
    const ods = entry.name === 'content.xml' ? new OdsCells() : null;
    const run = new TextRun();
    let passed: LimitPassed | null = null;
    await inflate(data, entry.method, (piece) => {
      total += piece.length;
      run.add(piece);
      if (isWorksheet) cells += countCellTags(piece);
      ods?.add(piece);
      if (total > limits.uncompressedBytes) passed = { limit: 'uncompressedBytes', found: total, max: limits.uncompressedBytes };
      else if (run.longest > limits.textRunBytes) passed = { limit: 'textRunBytes', found: run.longest, max: limits.textRunBytes, sheet };
      else if (cells + (ods?.cells ?? 0) > limits.cells) passed = { limit: 'cells', found: cells + (ods?.cells ?? 0), max: limits.cells, sheet };
      else if ((ods?.sheets ?? 0) > limits.sheets) passed = { limit: 'sheets', found: ods!.sheets, max: limits.sheets };
      return passed === null;
    });
    if (passed) return passed;
  }
  return null;
}

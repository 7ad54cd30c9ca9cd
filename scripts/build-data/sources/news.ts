/** Sources: news pages (one fact per row, with its address when the file has one) and data/found/ pages; national and regional averages. */
import { join } from 'node:path';
import { IN, readCsv, num, say, SRC, addPrintedRow } from '../candidates';

export const nationalAverages: { index: string; year: number; statistic: string; value: string; source: string }[] = [];
export const regionAverages: { index: string; year: number; region: string; value: string; source: string; note: string }[] = [];

export function isNational(r: Record<string, string>) {
  return r.component === 'national_average' || r.component === 'national_median' || /national (average|median)/i.test(r.province);
}

/** News figures: one row per fact; the page address (when the file has one) is the source. */
export function loadNews(file: string, label: string, precedence: number, dir = IN) {
  const rows = readCsv(join(dir, file));
  for (const r of rows) {
    const source = r.source_url || SRC.NEWS;
    if (isNational(r)) {
      const statistic = r.component === 'national_median' ? 'national_median' : 'national_average';
      nationalAverages.push({ index: r.index, year: num(r.year), statistic, value: r.score, source });
      continue;
    }
    if (r.component === 'region_average') {
      const region = r.province.match(/^\(region (.+)\)$/)?.[1];
      if (!region) throw new Error(`${file}: region_average row without "(region …)" province: ${r.province}`);
      regionAverages.push({ index: r.index, year: num(r.year), region, value: r.score, source, note: r.note ?? '' });
      continue;
    }
    addPrintedRow(r, { source, label, precedence, notes: r.note ? [r.note] : [], disputed: file.includes('disputed') });
  }
  say(`${file}: ${rows.length} rows`);
}

/** Source: provincial portals' top-N PCI composite tables (2011–2022). */
import { join } from 'node:path';
import { IN, readCsv, num, say, P, SRC, addPrintedRow } from '../candidates';

export function loadTopRanks() {
  const rows = readCsv(join(IN, 'pci-total-top-ranks-2011-2022.csv'));
  for (const r of rows) {
    const year = num(r.year);
    addPrintedRow(r, { source: year >= 2022 ? SRC.TOP_QN : SRC.TOP_VP, label: 'top-ranks', precedence: P.TOP_RANKS });
  }
  say(`pci-total-top-ranks-2011-2022.csv: ${rows.length} rows`);
}

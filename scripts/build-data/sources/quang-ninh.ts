/** Source: investinquangninh.vn's PCI sub-index table of Quảng Ninh (2011–2022). */
import { join } from 'node:path';
import { IN, readCsv, num, say, P, SRC, addPrintedRow } from '../candidates';

export function loadQuangNinh() {
  const rows = readCsv(join(IN, 'pci-quang-ninh-components-2011-2022.csv'));
  for (const r of rows) {
    const year = num(r.year);
    const untrusted = year === 2022; // every 2022 sub-index printed as rank 1
    addPrintedRow(r, {
      rank: untrusted ? '' : r.rank_as_printed,
      distrustedRank: untrusted ? r.rank_as_printed : undefined,
      source: SRC.QN,
      label: 'investinquangninh',
      precedence: P.QN_PORTAL,
      notes: untrusted
        ? [`rank printed as ${r.rank_as_printed} (every 2022 sub-index is printed as rank 1 on this page: not trusted)`]
        : [],
    });
  }
  say(`pci-quang-ninh-components-2011-2022.csv: ${rows.length} rows (2022 sub-index ranks kept out of \`rank\`)`);
}

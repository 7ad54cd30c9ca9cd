/** Source S1: the VCCI workbooks of PCI 2005–2016 (2017–2021 rows of that file are S2 and never shipped). */
import { join } from 'node:path';
import { IN, readCsv, num, say, P, SRC, add } from '../candidates';

// ---- PCI 2005–2016: S1 (VCCI workbooks). 2017–2021 rows of that file come from S2: not shipped.
export function loadPciS1() {
  const rows = readCsv(join(IN, 'pci-2005-2021-all-provinces.csv'));
  let s2 = 0;
  for (const r of rows) {
    if (!r.source.startsWith('S1')) {
      s2++;
      continue;
    }
    add({
      index: 'PCI',
      year: num(r.year),
      written: r.province,
      component: r.component,
      score: r.score,
      rank: r.rank_basis === 'printed' ? r.rank : '',
      tier: r.tier,
      source: SRC.S1,
      label: 'S1 workbooks',
      precedence: P.S1,
    });
  }
  say(`pci-2005-2021-all-provinces.csv: ${rows.length - s2} S1 rows loaded; ${s2} S2 rows (2017–2021, licence risk) skipped — used only as a check in real-data.test.ts`);
  say('  S1 2008 ranks have rank_basis=printed_order (sort order of the sheet, not a printed rank): not shipped as ranks');
}

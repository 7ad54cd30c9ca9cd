/** Sources: pcivietnam.vn's 63-province tables (PCI 2019, PCI 2021) and its province pages. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IN, readCsv, num, say, P, SRC, add, addPrintedRow } from '../candidates';

export function loadOfficialTable(file: string, source: string, label: string) {
  const rows = readCsv(join(IN, file));
  for (const r of rows) {
    const hcmc2019 = file.includes('2019') && /hcm/i.test(r.province);
    addPrintedRow(r, { source: hcmc2019 ? SRC.PCI2019_HCMC : source, label, precedence: P.OFFICIAL_TABLE });
  }
  say(`${file}: ${rows.length} rows`);
}

export function pageUrls(): Map<string, string> {
  const urls = new Map<string, string>();
  const dir = join(IN, 'pci-province-pages');
  for (const f of readdirSync(dir).filter((f) => f.startsWith('_log'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const [slug, where] = line.split('|').map((s) => s.trim());
      const url = where?.match(/https?:\/\/\S+/)?.[0];
      if (slug && url) urls.set(slug, url);
    }
  }
  return urls;
}

export function loadProvincePages() {
  const dir = join(IN, 'pci-province-pages');
  const urls = pageUrls();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const slug = f.replace(/\.csv$/, '');
    const url = urls.get(slug);
    if (!url) throw new Error(`No page address for ${f} in pci-province-pages/_log-*.txt`);
    const rows = readCsv(join(dir, f));
    for (const r of rows) {
      const year = num(r.year);
      let component = r.component;
      // The EN pages print "Policy Bias" for 2006–2008: that is the SOE-bias sub-index of the
      // workbooks (values equal S1 soe_bias to 2 decimals), not the 2013+ equal-competition index.
      if (component === 'equal_competition' && year <= 2008) component = 'soe_bias';
      add({
        index: r.index,
        year,
        written: r.province,
        component,
        score: r.score,
        rank: r.rank,
        tier: '',
        source: url,
        label: `page ${slug}`,
        precedence: P.PROVINCE_PAGE,
      });
    }
    say(`pci-province-pages/${f}: ${rows.length} rows (${url})`);
  }
}

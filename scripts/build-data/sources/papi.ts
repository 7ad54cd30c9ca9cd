/** Source: the PAPI tables of UNDP/CECODES (full tables; the 2023 partial file is only checked against them). */
import { join } from 'node:path';
import { defaultCatalogue, resolveUnit } from '@/domain/catalogue/catalogue';
import { IN, readCsv, num, type Candidate, say, P, add } from '../candidates';

export function papiComponent(dimension: string, sub: string): string {
  if (sub === 'total') return dimension; // dimension score, or the aggregate when dimension = total
  return `${dimension}.${sub}`;
}

export function loadPapi() {
  const rows = readCsv(join(IN, 'papi-2011-2024-all-provinces.csv'));
  for (const r of rows) {
    add({
      index: 'PAPI',
      year: num(r.year),
      written: r.province_code ? r.province : r.province,
      component: papiComponent(r.component, r.subdimension),
      score: r.score,
      rank: '',
      tier: '',
      source: r.source,
      label: 'PAPI full table',
      precedence: P.PAPI_FULL,
      notes: r.value_type === 'derived_sum' ? ['derived_sum'] : [],
    });
  }
  say(`papi-2011-2024-all-provinces.csv: ${rows.length} rows`);
}

/** papi-2023-public-services-partial.csv must equal the full table (printed to 4 decimals): checked, not shipped. */
export function checkPapi2023Partial(shipped: Map<string, Candidate>) {
  const rows = readCsv(join(IN, 'papi-2023-public-services-partial.csv'));
  let compared = 0;
  const bad: string[] = [];
  for (const r of rows) {
    const unit = resolveUnit(defaultCatalogue, r.province, num(r.year));
    if (!unit) throw new Error(`papi-2023 partial: cannot resolve ${r.province}`);
    const key = [r.index, r.year, unit.id, papiComponent(r.component, r.subdimension)].join('|');
    const full = shipped.get(key);
    if (r.score === '') {
      if (full && full.score !== '') bad.push(`${r.province} ${r.component}/${r.subdimension}: blank in the report, ${full.score} in the full table`);
      continue;
    }
    compared++;
    if (!full || Math.abs(num(full.score) - num(r.score)) > 5e-5 + 1e-9)
      bad.push(`${r.province} ${r.component}/${r.subdimension}: report ${r.score} vs full table ${full?.score ?? 'absent'}`);
  }
  if (bad.length) throw new Error(`papi-2023-public-services-partial.csv disagrees with the full table:\n  ${bad.join('\n  ')}`);
  say(`papi-2023-public-services-partial.csv: all ${compared} printed values equal the full table to 4 decimals (not shipped: duplicates)`);
}

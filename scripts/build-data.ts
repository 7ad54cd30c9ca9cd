/**
 * build-data: turn the real published figures gathered in ../shared/data-candidates/ (and data/found/, the
 * figures this repository found in published pages, one page address per row) into the clean long-format CSV
 * files the app ships (data/scores/*.csv, data/scores/manifest.json, data/reference/national-averages.csv,
 * region-averages.csv, disagreements.csv) and refresh the generated blocks of data/SOURCES.md.
 * CSV is read and written with papaparse; unchanged data gives byte-identical files.
 *
 * How to re-run (no npm script needed; nothing is downloaded):
 *     cd <repo root> && npx tsx scripts/build-data.ts
 * (equivalently `node --import tsx scripts/build-data.ts`). The shared folder defaults to
 * <repo>/../shared; set CHISO_SHARED_DIR=/path/to/shared to point elsewhere.
 * The outputs are committed, so the app opens without running this. Re-run it only when the
 * candidate files change, then run `npx vitest run src/domain/catalogue/real-data.test.ts`.
 *
 * Rules (see data/SOURCES.md for the reasons):
 *  - one row per (index, year, province, component) across ALL shipped files; where several inputs
 *    hold the same key, the one with the lowest precedence number wins, and the others can only fill
 *    an empty rank / tier (when their score agrees) — every disagreement is logged;
 *  - PCI 2017–2021 figures of S2 (licence risk) are never shipped; they are only used by the test
 *    suite to check the official figures;
 *  - scores are copied as printed (the text of the cell), missing stays empty, never 0;
 *  - where published figures disagree (two sources beyond the printed precision, a printed rank that the
 *    complete year's scores contradict, a composite off its components' weighted sum), data/scores keeps one
 *    and data/reference/disagreements.csv keeps the other with its own source;
 *  - every province name must resolve to a catalogue unit, or the build fails listing the names.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCli } from './lib/cli.mjs';
import { IN, OUT_SCORES, OUT_REFERENCE, FOUND_DIR, SOURCES_MD, writeCsv, num, disagreements, rankConflicts, dropped, fills, conflicts, say, P, SRC, HEADER, DISAGREEMENT_HEADER } from './build-data/candidates';
import { loadPciS1 } from './build-data/sources/pci-s1';
import { loadOfficialTable, loadProvincePages } from './build-data/sources/official-tables';
import { loadQuangNinh } from './build-data/sources/quang-ninh';
import { loadTopRanks } from './build-data/sources/top-ranks';
import { nationalAverages, regionAverages, loadNews } from './build-data/sources/news';
import { loadPapi, checkPapi2023Partial } from './build-data/sources/papi';
import { resolveAll, describe, merge, checkRanksOfCompleteYears, checkCompositesAgainstComponents } from './build-data/merge';
import { FILES, componentOrder, CoverageRow, coverageOf, coverageTable, coverageSummary, replaceBlock } from './build-data/output';

function main() {
  if (!existsSync(IN)) throw new Error(`Shared data folder not found: ${IN} (set CHISO_SHARED_DIR)`);
  loadPciS1();
  loadOfficialTable('pci-2021-top21.csv', SRC.PCI2021, 'official PCI 2021 table');
  loadOfficialTable('pci-2019-top23.csv', SRC.PCI2019, 'official PCI 2019 table');
  loadProvincePages();
  loadQuangNinh();
  loadTopRanks();
  loadPapi();
  loadNews('news-figures-2021-2024.csv', 'news (news-figures)', P.NEWS_FIGURES);
  for (const f of existsSync(FOUND_DIR) ? readdirSync(FOUND_DIR).filter((f) => f.endsWith('.csv')).sort() : []) {
    // pcivietnam.vn pages found here rank like the shared province pages; news found here after the shared news figures.
    loadNews(f, `found (${f})`, f.includes('pcivietnam') ? P.PROVINCE_PAGE : f.includes('disputed') ? P.NEWS + 1 : f.startsWith('mends') ? P.MENDS : P.FOUND, FOUND_DIR);
  }
  loadNews('par-sipas-pci-facts-2021-2024.csv', 'news (par-sipas-pci-facts)', P.NEWS_URL);
  loadNews('scattered-facts-par-sipas-papi.csv', 'news (scattered-facts)', P.NEWS);
  resolveAll();
  const merged = merge();
  checkPapi2023Partial(merged);
  checkRanksOfCompleteYears(merged);
  checkCompositesAgainstComponents(merged);

  // No score of 0 standing for a missing value.
  for (const c of merged.values()) {
    if (c.score !== '' && num(c.score) === 0) throw new Error(`Score 0 in ${describe(c)}: a missing value?`);
    if (c.score !== '' && !Number.isFinite(num(c.score))) throw new Error(`Not a number: ${describe(c)} = ${c.score}`);
  }

  mkdirSync(OUT_SCORES, { recursive: true });
  mkdirSync(OUT_REFERENCE, { recursive: true });
  const all = [...merged.values()];
  const manifest: { files: unknown[] } = { files: [] };
  const coverage: CoverageRow[] = [];
  let written = 0;
  for (const spec of FILES) {
    const order = componentOrder(spec.index);
    const rows = all
      .filter((c) => spec.accepts(c))
      .sort(
        (a, b) =>
          a.year - b.year ||
          a.unit!.id.localeCompare(b.unit!.id) ||
          (order.get(a.component) ?? 999) - (order.get(b.component) ?? 999),
      );
    written += rows.length;
    writeCsv(
      join(OUT_SCORES, spec.file),
      HEADER,
      rows.map((c) => [c.index, c.year, c.unit!.vi, c.component, c.score, c.rank, c.tier, c.source, c.notes.join('; ')]),
    );
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const cov = coverageOf(rows, spec.file).sort((a, b) => a.year - b.year);
    coverage.push(...cov);
    manifest.files.push({
      file: spec.file,
      index: spec.index,
      years: [years[0], years[years.length - 1]],
      title: spec.title,
      source: spec.source,
      licence: spec.licence,
      rows: rows.length,
      coverage: {
        vi: cov.map((c) => coverageSummary(c).vi).join('; '),
        en: cov.map((c) => coverageSummary(c).en).join('; '),
      },
    });
    say(`wrote data/scores/${spec.file}: ${rows.length} rows, years ${years.join(', ')}`);
  }
  if (written !== all.length) throw new Error(`${all.length - written} merged rows are in no output file`);
  writeFileSync(join(OUT_SCORES, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');

  nationalAverages.sort((a, b) => a.index.localeCompare(b.index) || a.year - b.year);
  writeCsv(
    join(OUT_REFERENCE, 'national-averages.csv'),
    ['index', 'year', 'statistic', 'value', 'source'],
    nationalAverages.map((n) => [n.index, n.year, n.statistic, n.value, n.source]),
  );
  say(`wrote data/reference/national-averages.csv: ${nationalAverages.length} rows`);

  regionAverages.sort((a, b) => a.index.localeCompare(b.index) || a.year - b.year || a.region.localeCompare(b.region));
  writeCsv(
    join(OUT_REFERENCE, 'region-averages.csv'),
    ['index', 'year', 'region', 'value', 'source', 'note'],
    regionAverages.map((n) => [n.index, n.year, n.region, n.value, n.source, n.note]),
  );
  say(`wrote data/reference/region-averages.csv: ${regionAverages.length} rows`);

  const order = new Map(FILES.map((f, i) => [f.index, i]));
  conflicts.sort(
    (a, b) =>
      (order.get(a.index) ?? 99) - (order.get(b.index) ?? 99) ||
      a.year - b.year ||
      a.province.localeCompare(b.province, 'vi') ||
      a.component.localeCompare(b.component) ||
      a.field.localeCompare(b.field) ||
      a.other.localeCompare(b.other),
  );
  writeCsv(
    join(OUT_REFERENCE, 'disagreements.csv'),
    DISAGREEMENT_HEADER,
    conflicts.map((d) => [d.index, d.year, d.province, d.component, d.field, d.field === 'score' ? d.row.score : d.row.rank, d.shippedSource, d.other, d.otherSource, d.kind, d.note]),
  );
  say(`wrote data/reference/disagreements.csv: ${conflicts.length} rows`);

  const table = coverageTable(coverage);
  console.log('\n' + table + '\n');
  const section = (title: string, items: string[]) =>
    `**${title}** (${items.length})\n\n${items.length ? items.map((i) => `- ${i}`).join('\n') : '- none'}`;
  if (existsSync(SOURCES_MD)) {
    let md = readFileSync(SOURCES_MD, 'utf8');
    md = replaceBlock(md, 'coverage', table);
    md = replaceBlock(
      md,
      'merge-log',
      [
        section('Score disagreements > 0.005 between inputs (the first-named input is kept)', disagreements),
        section('Rank conflicts', rankConflicts),
        section('Ranks / scores filled from a lower-precedence input (scores agree)', fills),
        section('Input rows dropped (no score and no rank: N/A cells)', dropped),
      ].join('\n\n'),
    );
    writeFileSync(SOURCES_MD, md);
    say('refreshed the generated blocks of data/SOURCES.md');
  }
  console.log(`\n${disagreements.length} disagreements, ${rankConflicts.length} rank conflicts, ${fills.length} fills, ${dropped.length} dropped`);
}

const CLI = { name: 'build-data', usage: 'npx tsx scripts/build-data.ts', summary: 'Turns the published figures in ../shared/data-candidates/ and data/found/ into data/scores/*.csv and data/reference/*.csv (set CHISO_SHARED_DIR to point elsewhere).', options: {} } as const;

readCli(process.argv.slice(2), CLI);
main();

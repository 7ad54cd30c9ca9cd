/**
 * npm run analyze -- --index PCI --year 2016 --province "Quảng Ninh" [--base 2015] [--json] [--lang vi|en] [--with FILE…]
 * Everything the analysis knows for one province, index and year: rank and changes, tier, every component
 * with national/region statistics, weak components with the rule that fired and its numbers, trends,
 * why the rank moved (contributions, gaps, method breaks) and, for a 2025 unit, its harmonised history.
 * --json prints the whole analysis as JSON; without it a readable summary. Unknown index, province or
 * year → a clear message and exit code 2. No logic of its own: it calls src/domain/analysis/analysis.ts.
 * --with FILE… lays the user's own score files (long CSV, as the app's Import) over the shipped data, later files
 * over earlier ones, as the app lays confirmed imports; a file with errors is not used (its problems are printed
 * FILE:LINE:COL, exit 2). A rank among loaded provinces is always written with its `*` and the explanation.
 * --indicators adds `indicators`: every indicator under each component (PAPI sub-dimensions; PCI base indicators from
 * the files given with --indicator-workbook FILE…: VCCI's workbooks, one edition per file, and one-province indicator
 * tables, CSV or workbook, read by the app's import step; a file with an error: its places on stderr, exit 1) with value,
 * median, best province, rank by its direction, change and weak rules (src/domain/analysis/indicators.ts); the text
 * output lists the weak ones under each component.
 * Without --province: the edition's rank table, rows `{ unit, name, value, rank, rankBasis, tier }` (a rank among the
 * loaded units marked `*` in text, `rankBasis: "among-loaded"` in JSON), units the publisher did not rank listed with
 * the reason, the groups and sample size the edition printed (with their pages).
 * A province-run index: --index DDCI --province P --year Y --unit U --with FILE [--json] (rank among the units of the
 * same kind loaded, marked *): scripts/lib/province-cli.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDisagreements } from '@/domain/table/publishedDisagreements';
import { REPO_ROOT } from './lib/shared-path';
import { findComponent, findIndex, resolveUnit, unitName, defaultCatalogue, type Catalogue } from '@/domain/catalogue/catalogue';
import { readStructure, withStructures, type EditionStructure } from '@/domain/catalogue/editionStructure';
import { existsSync } from 'node:fs';
import { analyseProvince, type ProvinceAnalysis } from '@/domain/analysis/analysis';
import { rankTable } from '@/domain/analysis/changes';
import { editionOf, notRankedEntry, notRankedText, sampleSizeOf } from '@/domain/catalogue/editions';
import { tierText } from '@/domain/analysis/tiers';
import { rankRangeText, withinNoiseShort, withinNoiseText } from '@/domain/analysis/composite';
import { buildScoreTable, overlayScores, type ScoreTable } from '@/domain/table/dataset';
import { parseScoresCsv } from '@/domain/import/parse';
import { formatProblem } from '@/domain/import/problems';
import { rankText } from '@/domain/analysis/rank';
import { rankMoveSentence } from '@/domain/analysis/rankMove';
import { formatGap } from '@/domain/analysis/gap';
import type { Lang, Score } from '@/domain/catalogue/types';
import { isProvinceIndexName } from '@/domain/province/provinceIndex';
import { analyzeProvinceRun } from './lib/province-cli';
import { indicatorReportRows, indicatorStandings, weakIndicators, type IndicatorDef, type IndicatorReportRow, type IndicatorSource } from '@/domain/analysis/indicators';
import { combinedIndicatorSource, indicatorSetSource, subComponentSource } from '@/domain/analysis/indicatorSources';
import { readIndicatorFiles } from './lib/indicator-files';
import { loadShippedTable } from './lib/shipped-table';
import { indicatorRef, ownersOf } from '@/domain/plan/owners';
import { defaultDepartments, defaultTemplate, departmentName, provinceDepartments } from '@/domain/plan/departments';
import { integerFlag, readCli, runCli, usageError } from './lib/cli.mjs';

export const ANALYZE_CLI = {
  name: 'analyze',
  usage: 'npm run analyze -- --index PCI --year 2016 --province "Quảng Ninh" [--base 2015] [--json] [--lang vi|en] [--with FILE…] [--indicators [--indicator-workbook FILE…]]\n       npm run analyze -- --index DDCI --province "Hà Tĩnh" --year 2021 --unit "Sở Tư pháp" --with FILE… [--definition DEF.json] [--json]',
  summary: 'Everything the analysis knows for one province, index and year (rank, changes, tier, weak components, trends, why the rank moved).',
  helpCommand: 'npm run analyze -- --help',
  options: {
    index: { type: 'string', value: 'INDEX', help: 'index id (PCI, PAPI, PAR, SIPAS …, or a province-run index such as DDCI)', example: 'PCI' },
    year: { type: 'string', value: 'YEAR', help: 'edition (a year with data)', example: '2016' },
    province: { type: 'string', value: 'NAME', help: 'province as written, or its code', example: '"Quảng Ninh"' },
    base: { type: 'string', value: 'YEAR', help: 'compare with this earlier edition (a year with data; default: the previous one)', example: '2015' },
    json: { type: 'boolean', help: 'print the whole analysis as JSON' },
    lang: { type: 'string', choices: ['vi', 'en'], help: 'language of the summary (default en)' },
    with: { type: 'string', value: 'FILE', greedy: true, help: "the user's own score files laid over the shipped data, later over earlier" },
    indicators: { type: 'boolean', help: 'add every indicator under each component (PAPI sub-dimensions; PCI from --indicator-workbook)' },
    'indicator-workbook': { type: 'string', value: 'FILE', greedy: true, help: "PCI indicator files: VCCI's workbooks (one sheet per sub-index, one edition per file) and one-province indicator tables (CSV or workbook, a province profile), read as the app's Import tab reads them" },
    unit: { type: 'string', value: 'NAME', help: 'a department or locality inside the province (province-run index)', example: '"Sở Tư pháp"' },
    definition: { type: 'string', value: 'DEF.json', help: "the province-run index's definition (else beside the file, or the preset)" },
  },
} as const;

function fail(message: string): never {
  throw usageError(message);
}

const n = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '—' : v.toFixed(digits));
const signed = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? '—' : (v > 0 ? '+' : '') + v.toFixed(digits));

/** "26*" for a rank among the loaded provinces (never a national rank): one home, domain/rank.ts. */
export { rankText };

export function summary(a: ProvinceAnalysis, lang: Lang): string {
  const ix = findIndex(catalogue, a.index)!;
  const cname = (id: string) => findComponent(ix, id)?.[lang] ?? id;
  // Names as the catalogue writes them (Tây Ninh, with diacritics), in either language.
  const uname = (id: string) => unitName(catalogue, id, 'vi');
  const lines: string[] = [];
  const c = a.composite;
  lines.push(`${ix.id} ${a.year} — ${uname(a.unit)}`);
  if (c) {
    lines.push(
      `  ${lang === 'vi' ? 'Điểm' : 'Score'} ${n(c.value)}  ${lang === 'vi' ? 'hạng' : 'rank'} ${rankText(c.rank, c.rankBasis)}${c.rank != null && c.rankOutOf ? `/${c.rankOutOf}` : ''} (${c.rankBasis ?? 'none'})  ${c.tier ? tierText(c.tier, c.tierSource, lang) : ''}`,
      c.baseYear !== null && c.scoreChange === null && notRankedEntry(catalogue, ix.id, c.baseYear, a.unit)
        ? `  vs ${c.baseYear}: ${notRankedText(catalogue, notRankedEntry(catalogue, ix.id, c.baseYear, a.unit)!, ix.id, c.baseYear, lang)}`
        : c.baseComparison === 'same-province' || c.baseComparison === 'derived-mean'
        ? `  vs ${c.baseYear ?? '—'} (${c.baseComparison === 'derived-mean' ? (lang === 'vi' ? 'so sánh dẫn xuất: trung bình các tỉnh cũ' : 'derived comparison: mean of the old provinces') : lang === 'vi' ? 'cùng tỉnh, không sáp nhập' : 'same province, not merged'}): ${signed(c.scoreChange)} ${lang === 'vi' ? 'điểm' : 'points'}; ${lang === 'vi' ? 'hạng' : 'rank'} ${c.baseRank ?? '—'}/${c.baseRankOutOf ?? '—'} → ${rankText(c.rank, c.rankBasis)}/${c.rankOutOf} (${lang === 'vi' ? 'không trừ hạng trên hai mẫu số khác nhau' : 'ranks of different denominators are not subtracted'})`
        : `  vs ${c.baseYear ?? '—'}: ${signed(c.scoreChange)} ${lang === 'vi' ? 'điểm' : 'points'}, ${c.rankChange === null ? '—' : `${c.rankChange > 0 ? '+' : c.rankChange < 0 ? '−' : ''}${Math.abs(c.rankChange)}`} ${lang === 'vi' ? 'bậc' : Math.abs(c.rankChange ?? 0) === 1 ? 'place' : 'places'}  (${c.coverage.loaded}/${c.coverage.expected})`,
    );
    if (c.changeWithheld) lines.push(`  ${c.changeWithheld[lang]}`);
    if (c.rankRange) lines.push(`  ${rankRangeText(c.rankRange, lang)}${c.withinNoise ? ` — ${withinNoiseText(lang)}` : ''}`);
    else if (c.rank !== null) lines.push(`  ${lang === 'vi' ? 'khoảng hạng: chưa tính (năm chưa đủ số liệu mọi tỉnh)' : 'rank range: not computed (the edition is not complete)'}`);
    const sample = sampleSizeOf(catalogue, ix.id, a.year);
    if (sample) lines.push(`  ${lang === 'vi' ? 'Cỡ mẫu công bố' : 'Published sample size'}: ${sample.approx ? '~' : ''}${sample.value} ${sample.of} (${sample.source})`);
    for (const b of c.methodBreaks) lines.push(`  ! ${lang === 'vi' ? 'Thay đổi phương pháp' : 'Method break'} ${b.year}: ${b[lang]}`);
  }
  if (!c || (c.value === null && a.components.every((x) => x.value === null))) {
    const cov = c?.coverage;
    lines.push(
      lang === 'vi'
        ? `  Không có số liệu của ${uname(a.unit)} cho ${ix.id} ${a.year}${cov ? ` (${cov.loaded}/${cov.expected} tỉnh có số liệu)` : ''}.`
        : `  No ${ix.id} ${a.year} figures loaded for ${uname(a.unit)}${cov ? ` (${cov.loaded} of ${cov.expected} provinces loaded)` : ''}.`,
    );
  }
  for (const k of a.conflicts) lines.push(`  ! ${lang === 'vi' ? 'Số liệu mâu thuẫn' : 'Data conflict'} (${cname(k.component)}): ${k.message[lang]} — ${lang === 'vi' ? 'nguồn' : 'source'} ${k.printed.value}: ${k.printed.source}; ${lang === 'vi' ? 'nguồn được dùng' : 'source used'} ${k.implied.value}: ${k.implied.source}`);
  lines.push('', lang === 'vi' ? 'Chỉ số thành phần (yếu trước, theo điểm mất; "!" = yếu):' : 'Components (weak first, by points lost; "!" = weak):');
  lines.push(`  ${lang === 'vi' ? 'Đánh giá điểm yếu' : 'Weak assessment'}: ${a.weakAssessment} — ${a.weakAssessmentDetail.summary[lang]}`);
  for (const x of a.components) {
    lines.push(
      `  ${x.weak ? '!' : ' '} ${cname(x.component).padEnd(40)} ${n(x.value).padStart(6)}  ${lang === 'vi' ? 'hạng' : 'rank'} ${rankText(x.rank, x.rankBasis).padEnd(4)} median ${n(x.median)}  cost ${n(x.cost)}`,
    );
    for (const f of x.flags) lines.push(`      - ${f.label[lang]}: ${f.detail[lang]}`);
  }
  const amongLoaded = a.components.some((x) => x.rankBasis === 'among-loaded') || c?.rankBasis === 'among-loaded';
  const m = a.rankMove;
  lines.push('', `${lang === 'vi' ? 'Vì sao thứ hạng thay đổi' : 'Why the rank moved'} (${m.baseYear ?? '—'} → ${a.year}): ${signed(m.compositeChange)}`);
  if (m.baseYear === null) lines.push(`    ${lang === 'vi' ? `Không có năm trước ${a.year} để so sánh.` : `No edition before ${a.year} to compare with.`}`);
  if (a.keptScore) lines.push(`    ${rankMoveSentence(a.keptScore, lang)}`);
  for (const x of [...m.contributions].sort((p, q) => (p.contribution ?? 0) - (q.contribution ?? 0))) {
    lines.push(`    ${cname(x.component).padEnd(40)} ${lang === 'vi' ? 'thay đổi' : 'change'} ${signed(x.change)}  × ${x.weight ?? '?'} → ${signed(x.contribution)}`);
  }
  if (m.reweighting) lines.push(`    ${lang === 'vi' ? 'do trọng số mới' : 'from new weights'} ${signed(m.reweighting)}`);
  if (m.residual !== null) lines.push(`    ${lang === 'vi' ? 'phần dư' : 'residual'} ${signed(m.residual, 3)}`);
  if (m.contributions.some((x) => x.weight === null)) lines.push(`    ${lang === 'vi' ? 'Trọng số năm này không rõ: không tách được đóng góp' : 'Weights unknown for this edition: contributions not available'}`);
  const g = m.gapToNextRank;
  if (g && g.exact) lines.push(`    ${lang === 'vi' ? `cách hạng ${g.targetRank}` : `gap to rank ${g.targetRank}`} (${uname(g.unit)}): ${formatGap(g.gap, lang)}${a.gapWithinNoise ? ` — ${withinNoiseShort(lang)} (${lang === 'vi' ? 'khoảng hạng hai tỉnh chồng nhau' : 'the two rank ranges overlap'})` : ''}`);
  else if (g && g.boundReason === 'rank-among-loaded')
    lines.push(
      lang === 'vi'
        ? `    cách ${uname(g.unit)} (hạng ${rankText(g.targetRank, g.targetRankBasis)}): ${formatGap(g.gap, lang)} — hạng trong số tỉnh đã nạp, khoảng cách tới hạng trên toàn quốc là tối đa con số này`
        : `    to ${uname(g.unit)} (rank ${rankText(g.targetRank, g.targetRankBasis)}): ${formatGap(g.gap, lang)} — ranks among the loaded provinces: the gap to the next national rank is at most this`,
    );
  else if (g)
    lines.push(
      lang === 'vi'
        ? `    cách hạng ${g.nextRank}: chưa biết (tỉnh hạng ${g.nextRank} chưa được nạp); cách ${uname(g.unit)} (hạng ${rankText(g.targetRank, g.targetRankBasis)}): ${formatGap(g.gap, lang)} — tối đa, không phải khoảng cách chính xác`
        : `    gap to rank ${g.nextRank}: not known (rank ${g.nextRank} not loaded); to ${uname(g.unit)} (rank ${rankText(g.targetRank, g.targetRankBasis)}): ${formatGap(g.gap, lang)} — an upper bound, not the exact gap`,
    );
  if (m.gapToNextTier) lines.push(`    ${lang === 'vi' ? 'cách nhóm' : 'gap to tier'} ${m.gapToNextTier.tier[lang]}: ${formatGap(m.gapToNextTier.gap, lang)}${m.gapToNextTier.exact ? '' : lang === 'vi' ? ' (tối đa: đo tới điểm thấp nhất đã nạp của nhóm)' : ' (at most: measured to the lowest loaded score in that tier)'}`);
  if (m.gapToTop !== null) lines.push(`    ${lang === 'vi' ? 'cách hạng 1' : 'gap to the top'}: ${formatGap(m.gapToTop, lang)}`);
  for (const b of m.methodBreaks) lines.push(`    ! ${b.year}: ${b[lang]}`);
  lines.push('', lang === 'vi' ? 'Xu hướng:' : 'Trends:');
  for (const t of a.trends) lines.push(`    ${cname(t.component).padEnd(40)} ${t.label[lang].padEnd(20)} ${t.detail[lang]}`);
  if (a.harmonised.length) lines.push('', `${lang === 'vi' ? 'Chuỗi dẫn xuất theo đơn vị 2025' : 'Derived history under the 2025 unit'}: ${a.harmonised[0].method[lang]}`);
  if (amongLoaded) {
    const cov = a.components.find((x) => x.rankBasis === 'among-loaded')?.basedOn ?? c?.coverage;
    lines.push(
      '',
      lang === 'vi'
        ? `* Hạng trong số ${cov ? `${cov.loaded}/${cov.expected} ` : ''}tỉnh đã nạp, không phải hạng toàn quốc.`
        : `* Rank among the ${cov ? `${cov.loaded} of ${cov.expected} ` : ''}loaded provinces, not a national rank.`,
    );
  }
  return lines.join('\n');
}

/** An edition's rank table as the CLI prints it (no rule of its own: rankTable, tiers, editions). */
export function editionTable(table: ScoreTable, index: string, year: number, lang: Lang) {
  const result = rankTable(table, catalogue, index, year, 'total', { baseYear: null });
  const edition = editionOf(catalogue, index, year);
  const rows = result.rows
    .filter((r) => !r.notRanked && (r.value !== null || r.rank !== null))
    .map((r) => ({ unit: r.unit, name: unitName(catalogue, r.unit, 'vi'), value: r.value, rank: r.rank, rankBasis: r.rankBasis, rankOutOf: r.rankOutOf, rankRange: r.rankRange ?? null, tier: r.tier ? { id: r.tier.id, label: r.tier[lang], source: r.tierSource, basis: r.tierBasis } : null }));
  const notRanked = result.rows
    .filter((r) => r.notRanked)
    .map((r) => ({ unit: r.unit, name: unitName(catalogue, r.unit, 'vi'), text: notRankedText(catalogue, r.notRanked!, index, year, lang), reason: r.notRanked!.reason, source: r.notRanked!.source }));
  const missing = result.rows.filter((r) => !r.notRanked && r.value === null && r.rank === null).map((r) => r.unit);
  return { index, year, coverage: result.coverage, rows, notRanked, notLoaded: missing, groups: edition?.groups ?? null, sample: edition?.sample ?? null };
}

function editionSummary(e: ReturnType<typeof editionTable>, lang: Lang): string {
  const lines = [`${e.index} ${e.year} — ${e.coverage.loaded}/${e.coverage.expected} ${lang === 'vi' ? 'đơn vị được xếp hạng đã nạp' : 'ranked units loaded'}${e.coverage.complete ? '' : lang === 'vi' ? ' (chưa đủ: hạng * là hạng trong số đã nạp)' : ' (partial: ranks marked * are among the loaded units)'}`];
  for (const r of e.rows) lines.push(`  ${rankText(r.rank, r.rankBasis).padStart(4)}  ${(r.rankRange && r.rankRange.low !== r.rankRange.high ? `${r.rankRange.low}–${r.rankRange.high}` : '').padStart(7)}  ${r.name.padEnd(24)} ${n(r.value).padStart(7)}  ${r.tier ? r.tier.label : ''}`);
  const anyRange = e.rows.find((r) => r.rankRange)?.rankRange;
  if (anyRange) lines.push(`${lang === 'vi' ? 'Cột thứ hai: khoảng hạng' : 'Second column: rank range'} ${rankRangeText(anyRange, lang).replace(/^(khoảng hạng|rank range) \S+ /, '')}`);
  for (const x of e.notRanked) lines.push(`     —  ${x.name}: ${x.text}`);
  if (e.groups) lines.push(`${lang === 'vi' ? 'Nhóm theo công bố' : 'Groups as published'}: ${e.groups.source}`);
  if (e.sample) lines.push(`${lang === 'vi' ? 'Cỡ mẫu công bố' : 'Published sample size'}: ${e.sample.approx ? '~' : ''}${e.sample.value} ${e.sample.of} (${e.sample.source})`);
  return lines.join('\n');
}

/**
 * The catalogue the analysis reads: the shipped one, with the structure each --with file declared (OUT.structure.json
 * beside OUT.csv, written by `npm run import … --new-structure`) applied (catalogue/editionStructure.ts).
 */
let catalogue: Catalogue = defaultCatalogue;

function structuresBeside(files: readonly string[]): EditionStructure[] {
  const found: EditionStructure[] = [];
  for (const file of files) {
    const sidecar = `${file.replace(/\.csv$/i, '')}.structure.json`;
    if (!existsSync(sidecar)) continue;
    const read = readStructure(readFileSync(sidecar, 'utf8'), sidecar);
    if (read.problem) fail(read.problem.en);
    found.push(read.structure!);
  }
  return found;
}

/** The shipped table with the user's files laid over it, in order (the app's import overlay rule). */
function withFiles(shipped: ScoreTable, files: string[]): ScoreTable {
  if (files.length === 0) return shipped;
  let scores = shipped.scores as Score[];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`${file}:0:0: error: cannot read file (${(e as Error).message})\n`);
      failed = true;
      continue;
    }
    const result = parseScoresCsv(text, file, catalogue, { source: file });
    for (const p of result.issues) process.stderr.write(`${formatProblem(p)}\n`);
    if (result.issues.some((p) => p.severity === 'error')) {
      failed = true;
      continue;
    }
    scores = overlayScores(scores, result.rows);
  }
  if (failed) fail('Files with errors are not used (fix the rows above, or convert a wide table with npm run import first).');
  return buildScoreTable(scores, catalogue);
}

/** A row of a one-province indicator table that matched no indicator: listed with its place, never dropped. */
export interface UnmatchedIndicatorLine {
  file: string;
  place: string;
  label: string;
  component: string | null;
  value: number | null;
  /** The value cell as printed. */
  printed: string;
}

/**
 * The indicators under every component (PAPI sub-dimensions from the shipped table; PCI base indicators from VCCI
 * workbooks and one-province tables, read by the app's import step), and the rows of this province's tables of this
 * edition that matched no indicator. A file with an error is bad input: its problems at their places, exit 1.
 */
async function indicatorsFor(table: ScoreTable, index: string, year: number, unit: string, components: readonly string[], files: string[], lang: Lang): Promise<{ rows: IndicatorReportRow[]; unmatched: UnmatchedIndicatorLine[] }> {
  const sources: IndicatorSource[] = [];
  const unmatched: UnmatchedIndicatorLine[] = [];
  if (files.length) {
    const { set, problems, reads } = await readIndicatorFiles(files, { province: unit });
    for (const p of problems) process.stderr.write(`${formatProblem(p, lang)}\n`);
    if (problems.some((p) => p.severity === 'error')) {
      throw new Error(lang === 'vi' ? 'Tệp chỉ tiêu có lỗi không được dùng (sửa các ô, dòng nêu ở trên).' : 'Indicator files with errors are not used (fix the cells or rows above).');
    }
    for (const r of reads) {
      if (r.kind === 'province-table' && r.province !== unit) process.stderr.write(`${r.file}: notice: ${lang === 'vi' ? `bảng chỉ tiêu của ${unitName(catalogue, r.province ?? '', 'vi')}, không phải tỉnh được hỏi` : `an indicator table of ${unitName(catalogue, r.province ?? '', 'vi')}, not the province asked for`}\n`);
      if (r.province === unit && r.year === year) for (const u of r.unmatched) unmatched.push({ file: r.file, place: u.place[lang], label: u.label || u.code, component: u.component, value: u.value, printed: u.printed });
    }
    sources.push(indicatorSetSource(set, catalogue));
  }
  sources.push(subComponentSource(table, catalogue));
  const source = combinedIndicatorSource(sources);
  // The owner by plan/owners.ts, as in the app: with no plan given, the template's suggestion (component or indicator rule).
  const departments = provinceDepartments(defaultDepartments);
  const ownerOf = (def: IndicatorDef) => {
    const lead = ownersOf(indicatorRef(def, year), { table, province: unit, items: [], departments, template: defaultTemplate }).lead;
    return lead ? { id: lead.department, name: departmentName(departments, lead.department, lang), basis: lead.basis } : null;
  };
  return { rows: components.flatMap((component) => indicatorReportRows(indicatorStandings(source, index, year, component, unit), lang, (u) => unitName(catalogue, u, 'vi'), ownerOf)), unmatched };
}

/** Weak indicators under each sub-index, by how far behind (text output). */
export function indicatorLines(rows: readonly IndicatorReportRow[], componentName: (id: string) => string, lang: Lang): string[] {
  const lines: string[] = ['', lang === 'vi' ? 'Chỉ tiêu yếu dưới mỗi chỉ số thành phần (xa nhất trước):' : 'Weak indicators under each sub-index (furthest behind first):'];
  const components = [...new Set(rows.map((r) => r.component))];
  if (!rows.length) lines.push(lang === 'vi' ? '  Không có số liệu chỉ tiêu cho năm này (nhập tệp chỉ tiêu của VCCI: --indicator-workbook).' : '  No indicator figures for this edition (give VCCI\'s indicator workbook: --indicator-workbook).');
  for (const c of components) {
    const all = rows.filter((r) => r.component === c);
    const weak = weakIndicators(all);
    lines.push(`  ${componentName(c)}: ${weak.length}/${all.length} ${lang === 'vi' ? 'yếu' : 'weak'}`);
    for (const r of weak) {
      lines.push(`    ! ${r.label.padEnd(44)} ${n(r.value, 3).padStart(7)}  ${lang === 'vi' ? 'hạng' : 'rank'} ${rankText(r.rank, r.rankBasis)}/${r.rankOutOf}  median ${n(r.median, 3)}  ${lang === 'vi' ? 'tốt nhất' : 'best'} ${n(r.best, 3)} (${r.bestUnitName ?? '—'})  ${r.distanceToBest ?? ''}  [${r.weak.join(', ')}]`);
    }
  }
  return lines;
}

/** Rows of the province's one-province tables that matched no indicator, as printed (text output). */
export function unmatchedLines(rows: readonly UnmatchedIndicatorLine[], lang: Lang): string[] {
  if (!rows.length) return [];
  return [lang === 'vi' ? 'Chưa ghép được với chỉ tiêu nào:' : 'Not matched to any indicator:', ...rows.map((r) => `  ? ${r.label}: ${r.printed || n(r.value, 3)}  (${r.file}: ${r.place})`)];
}

async function main(): Promise<number> {
  const { values: args } = readCli(process.argv.slice(2), ANALYZE_CLI);
  const lang: Lang = args.lang === 'vi' ? 'vi' : 'en';
  // A province-run index (DDCI …) or a unit inside a province: scripts/lib/province-cli.ts.
  if (args.unit !== undefined || isProvinceIndexName(args.index ?? '')) {
    for (const flag of ['base', 'indicators', 'indicator-workbook'] as const) {
      if (args[flag] !== undefined && !(Array.isArray(args[flag]) && args[flag].length === 0)) fail(`--${flag} is for the national indices, not a province-run index`);
    }
    const r = analyzeProvinceRun({ index: args.index, province: args.province, year: args.year, unit: args.unit, with: args.with, definition: args.definition, json: Boolean(args.json), lang });
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    return r.code;
  }
  if (args.definition !== undefined) fail('--definition is for a province-run index (--index DDCI …)');
  catalogue = withStructures(defaultCatalogue, structuresBeside(args.with));
  if (args['indicator-workbook'].length && !args.indicators) fail('--indicator-workbook goes with --indicators');
  if (!args.index || !args.year) fail(`--index and --year are needed (--province for one province's analysis; without it, the edition's rank table) (usage: ${ANALYZE_CLI.usage.split('\n')[0]})`);
  const ix = findIndex(catalogue, args.index);
  if (!ix) fail(`Unknown index "${args.index}" (use ${catalogue.indices.map((i) => i.id).join(', ')})`);
  if (!/^\d{4}$/.test(args.year)) fail(`Invalid year "${args.year}"`);
  const year = Number(args.year);
  const table = withFiles(loadShippedTable(), args.with);
  const years = table.years(ix.id);
  if (!years.includes(year)) fail(`No ${ix.id} data for ${year} (years loaded: ${years.join(', ')})`);
  if (!args.province) {
    const edition = editionTable(table, ix.id, year, lang);
    process.stdout.write(args.json ? `${JSON.stringify(edition, null, 2)}\n` : `${editionSummary(edition, lang)}\n`);
    process.exit(0);
  }
  const unit = resolveUnit(catalogue, args.province, year);
  if (!unit) fail(`Unknown province "${args.province}" for ${year}`);
  let base: number | undefined;
  if (args.base !== undefined) {
    const earlier = years.filter((y) => y < year);
    if (!/^\d{4}$/.test(args.base)) fail(`Invalid base year "${args.base}"`);
    base = integerFlag('base', args.base);
    if (!earlier.includes(base)) fail(`--base ${base}: no ${ix.id} data for ${base} before ${year} (earlier editions loaded: ${earlier.join(', ') || 'none'})`);
  }
  const { rows: disagreements, problems } = parseDisagreements(readFileSync(resolve(REPO_ROOT, 'data/reference/disagreements.csv'), 'utf8'), catalogue);
  for (const p of problems) process.stderr.write(`data/reference/disagreements.csv: ${p}\n`);
  const analysis = analyseProvince(table, catalogue, ix.id, year, unit.id, { baseYear: base, disagreements });
  const read = args.indicators ? await indicatorsFor(table, ix.id, year, unit.id, analysis.components.map((c) => c.component), args['indicator-workbook'], lang) : null;
  if (args.json) process.stdout.write(`${JSON.stringify(read ? { ...analysis, indicators: read.rows, unmatchedIndicatorRows: read.unmatched } : analysis, null, 2)}\n`);
  else {
    const text = summary(analysis, lang);
    const lines = read ? [...indicatorLines(read.rows, (id) => findComponent(ix, id)?.[lang] ?? id, lang), ...unmatchedLines(read.unmatched, lang)] : [];
    process.stdout.write(`${[text, ...lines].join('\n')}\n`);
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) void runCli(ANALYZE_CLI, main);

/**
 * npm run report -- --index PCI --year 2016 --province "Tây Ninh" --out FILE.docx [--lang vi|en] [--plan PLAN.json]
 * The release report ("Báo cáo đánh giá kết quả PCI năm … của tỉnh …") as an A4 .docx with the national heading:
 * headline (score, rank, tier, changes, own move vs others'), components that rose and fell with their contributions,
 * weak components with their lead departments and the plan's targets, region and peers, trend, data notes and sources;
 * charts embedded as PNG images (the report's SVG charts rasterised with @resvg/resvg-js, a devDependency: only this
 * CLI needs it). --plan reads a plan exported from the app (Phân công & theo dõi → JSON) for the departments and
 * targets; without it the assignment template's suggestion is named as such. Vietnamese unless --lang en.
 * No logic of its own: the content is src/domain/report/releaseReport.ts over src/domain/analysis/analysis.ts; the
 * layout src/ui/report/releaseDocx.ts. Unknown index, province or year, or a bad plan → a message and exit code 2 (flags read by scripts/lib/cli.mjs; --help lists them).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as docx from 'docx';
import { Resvg } from '@resvg/resvg-js';
import { defaultCatalogue as catalogue, findIndex, resolveUnit } from '@/domain/catalogue/catalogue';
import { analyseProvince } from '@/domain/analysis/analysis';
import { parseDisagreements } from '@/domain/table/publishedDisagreements';
import { defaultDepartments, departmentsForYear, NO_EDITS, provinceDepartments } from '@/domain/plan/departments';
import { planFromJson } from '@/domain/plan/planJson';
import { formatProblem } from '@/domain/import/problems';
import { describeSource, releaseReport, type ReportPlan } from '@/domain/report/releaseReport';
import { releaseReportDocx } from '@/ui/report/releaseDocx';
import manifestJson from '@data/scores/manifest.json';
import { REPO_ROOT } from './lib/shared-path';
import { readCli, runCli, usageError } from './lib/cli.mjs';

const manifest = manifestJson as { files: { file: string; source: string; licence: string }[] };
import { loadShippedTable } from './lib/shipped-table';

export const REPORT_CLI = {
  name: 'report',
  usage: 'npm run report -- --index PCI --year 2016 --province "Tây Ninh" --out FILE.docx [--lang vi|en] [--plan PLAN.json] [--base 2015]',
  summary: 'The release report (Báo cáo đánh giá kết quả … của tỉnh) as an A4 .docx with the national heading and charts.',
  helpCommand: 'npm run report -- --help',
  options: {
    index: { type: 'string', value: 'INDEX', help: 'index id (PCI, PAPI, PAR, SIPAS)', example: 'PCI' },
    year: { type: 'string', value: 'YEAR', help: 'edition (a year with data)', example: '2016' },
    province: { type: 'string', value: 'NAME', help: 'province as written, or its code', example: '"Tây Ninh"' },
    out: { type: 'string', value: 'FILE.docx', help: 'where to write the report', example: 'bao-cao.docx' },
    lang: { type: 'string', choices: ['vi', 'en'], help: 'language of the report (default vi)' },
    plan: { type: 'string', value: 'PLAN.json', help: "a plan exported from the app: its departments and targets (else the assignment template's suggestion, said so)" },
    base: { type: 'string', value: 'YEAR', help: 'compare with this earlier edition (default: the previous one)', example: '2015' },
  },
} as const;

function fail(message: string): never {
  throw usageError(message);
}

async function main(): Promise<number> {
  const { values } = readCli(process.argv.slice(2), REPORT_CLI);
  if (!values.index || !values.year || !values.province || !values.out) fail(`--index, --year, --province and --out are needed (usage: ${REPORT_CLI.usage})`);
  const ix = findIndex(catalogue, values.index);
  if (!ix) fail(`Unknown index "${values.index}" (use ${catalogue.indices.map((i) => i.id).join(', ')})`);
  if (!/^\d{4}$/.test(values.year)) fail(`Invalid year "${values.year}"`);
  const lang = values.lang === 'en' ? 'en' : 'vi';
  const year = Number(values.year);
  const table = loadShippedTable();
  if (!table.years(ix.id).includes(year)) fail(`No ${ix.id} data for ${year} (years loaded: ${table.years(ix.id).join(', ')})`);
  const unit = resolveUnit(catalogue, values.province, year);
  if (!unit) fail(`Unknown province "${values.province}" for ${year}`);
  const base = values.base === undefined ? undefined : /^\d{4}$/.test(values.base) ? Number(values.base) : fail(`Invalid base year "${values.base}"`);

  let plan: ReportPlan | undefined;
  if (values.plan) {
    let text: string;
    try {
      text = readFileSync(values.plan, 'utf8');
    } catch {
      fail(`${values.plan}: cannot read the file / không đọc được tệp`);
    }
    const read = planFromJson(text, values.plan, catalogue, (_province, edits) => provinceDepartments(defaultDepartments, edits));
    for (const p of read.issues) process.stderr.write(`${formatProblem(p)}\n`);
    if (!read.plan) fail(`${values.plan}: not a plan exported from Chỉ số / không phải tệp kế hoạch`);
    plan = { items: read.plan.items, departments: provinceDepartments(defaultDepartments, read.plan.departments[unit.id] ?? NO_EDITS) };
  }

  const { rows: disagreements } = parseDisagreements(readFileSync(resolve(REPO_ROOT, 'data/reference/disagreements.csv'), 'utf8'), catalogue);
  const analysis = analyseProvince(table, catalogue, ix.id, year, unit.id, { baseYear: base, disagreements });
  const report = releaseReport(analysis, table, catalogue, lang, { plan, departments: departmentsForYear(defaultDepartments, NO_EDITS, year), today: new Date().toISOString().slice(0, 10), sourceTitle: (s) => describeSource(manifest.files, s) });
  const toPng = async (svg: string, width: number) => new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  const document = await releaseReportDocx(docx, report, toPng);
  writeFileSync(values.out, await docx.Packer.toBuffer(document));
  process.stdout.write(`${values.out}: ${report.title} (${report.blocks.filter((b) => b.kind === 'chart').length} charts)\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) void runCli(REPORT_CLI, main);

/**
 * The release report ("Báo cáo đánh giá kết quả PCI năm … của tỉnh …") as a list of blocks — headings, paragraphs,
 * tables, charts — that the .docx writer (ui/report/releaseDocx.ts, used by `npm run report`) and the Report view
 * both lay out, so paper and screen say the same thing. Every figure comes from the analysis (analysis.ts:
 * composite, contributions, rankWithBaseScore, weak components, trends, conflicts; changes.ts for the region's rows);
 * this file only chooses, orders and words them. Sections: headline; components that rose and fell with their
 * contributions; weak components with their owning departments and the plan's targets; region and peers; trend;
 * data notes (partial year, ranks among the loaded, derived figures, method breaks, conflicts); sources.
 * Indices whose composite is not a known function of their components (PAR INDEX, SIPAS) get no contribution
 * split; the report says so instead of inventing one.
 */
import { findComponent, getIndex, getUnit, regionName, unitName, type Catalogue } from '../catalogue/catalogue';
import { formatDecimal, formatSigned, placesText } from '../catalogue/numbers';
import type { Lang } from '../catalogue/types';
import type { ScoreTable } from '../table/dataset';
import type { ProvinceAnalysis } from '../analysis/analysis';
import { rankTable } from '../analysis/changes';
import { rankMoveSentence } from '../analysis/rankMove';
import { rankText } from '../analysis/rank';
import { rankRangeText, withinNoiseText } from '../analysis/composite';
import { notRankedText } from '../catalogue/editions';
import { departmentName, defaultTemplate, type Department } from '../plan/departments';
import { ownersOf } from '../plan/owners';
import { checkTarget, STATUS_LABELS, type FollowUpItem } from '../plan/followup';
import { checkText, leadLabel, targetText } from '../plan/planReport';
import { barChartSvg } from './barChartSvg';
import { issuingBody, provinceStyle } from './nationalHeading';

export type ReportBlock =
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'paragraph'; text: string; strong?: boolean; testId?: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; id: string; header: string[]; rows: string[][]; numeric: boolean[] }
  | { kind: 'chart'; id: string; title: string; svg: string; width: number; height: number };

export interface ReleaseReport {
  lang: Lang;
  /** "UBND TỈNH TÂY NINH": the issuing body in the national heading. */
  org: string;
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
  /** File name for the .docx: bao-cao-PCI-2016-tay-ninh.docx. */
  fileName: string;
}

export interface ReportPlan {
  items: readonly FollowUpItem[];
  departments: readonly Department[];
}

const T = {
  vi: {
    title: (ix: string, y: number, p: string) => `BÁO CÁO ĐÁNH GIÁ KẾT QUẢ ${ix} NĂM ${y} CỦA ${p}`,
    subtitle: (ix: string, y: number) => `Chỉ số ${ix} ${y}: kết quả, nguyên nhân và việc cần làm`,
    headline: 'I. Kết quả chung',
    movers: 'II. Chỉ số thành phần tăng, giảm và đóng góp vào điểm tổng hợp',
    weak: 'III. Chỉ số thành phần yếu, cơ quan chủ trì và chỉ tiêu',
    plan: 'Phân công theo kế hoạch của tỉnh',
    region: 'IV. So sánh trong vùng và với các tỉnh gần hạng',
    trend: 'V. Xu hướng qua các năm',
    notes: 'VI. Ghi chú về số liệu',
    sources: 'Nguồn số liệu',
    figure: 'Chỉ tiêu',
    value: 'Giá trị',
    score: 'Điểm tổng hợp',
    rank: 'Thứ hạng',
    tier: 'Nhóm xếp hạng',
    change: (b: number) => `Thay đổi so với ${b}`,
    component: 'Chỉ số thành phần',
    contribution: 'Đóng góp vào điểm tổng hợp',
    median: 'Trung vị cả nước',
    why: 'Vì sao yếu',
    lead: 'Cơ quan chủ trì',
    co: 'Cơ quan phối hợp',
    target: 'Chỉ tiêu',
    status: 'Trạng thái',
    deadline: 'Thời hạn',
    outcome: 'Kết quả so với chỉ tiêu',
    province: 'Tỉnh/thành',
    year: 'Năm',
    noData: (ix: string, y: number) => `Chưa có điểm ${ix} ${y} của tỉnh.`,
    noBase: 'Không có năm trước để so sánh.',
    noBaseValue: (b: number) => `Chưa có điểm ${b} của tỉnh: không so sánh được với năm trước.`,
    noSplit: 'Điểm tổng hợp của chỉ số này không phải hàm đã biết của các chỉ số thành phần (hoặc chưa biết trọng số năm này): không tách đóng góp.',
    rose: 'Tăng',
    fell: 'Giảm',
    chartContrib: (u: string, ix: string, b: number, y: number) => `Đóng góp vào thay đổi điểm ${ix} ${b}→${y}: ${u}`,
    chartRegion: (r: string, ix: string, y: number) => `Điểm ${ix} ${y} các tỉnh vùng ${r}`,
    noWeak: 'Không có chỉ số thành phần nào yếu theo các quy tắc đã chạy.',
    template: 'gợi ý theo mẫu phân công',
    noPlan: 'Chưa có phân công trong kế hoạch của tỉnh cho chỉ số này.',
    regionMedian: (m: string) => `Trung vị vùng: ${m} điểm.`,
    peers: 'Các tỉnh gần hạng (cả nước)',
    trendOf: 'Xu hướng điểm tổng hợp',
    partial: (l: number, e: number, y: number) => `Năm ${y} mới có số liệu của ${l}/${e} tỉnh: thứ hạng có dấu * là hạng trong số tỉnh đã nạp, không phải hạng toàn quốc; trung vị và so sánh chỉ tính trên các tỉnh đã nạp.`,
    complete: (e: number, y: number) => `Năm ${y} có đủ số liệu của ${e}/${e} tỉnh.`,
    derived: 'So sánh với năm trước là số dẫn xuất (trung bình các tỉnh cũ trước sáp nhập), không phải số công bố.',
    methodBreak: (y: number, t: string) => `Thay đổi phương pháp năm ${y}: ${t}`,
    conflict: (c: string, m: string, a: string, b: string) => `Số liệu mâu thuẫn (${c}): ${m} — nguồn công bố: ${a}; nguồn được dùng: ${b}.`,
    weakAssessment: 'Đánh giá điểm yếu',
    whatIf: 'Các con số trong báo cáo là số công bố hoặc tính trực tiếp từ số công bố; số dẫn xuất được ghi rõ.',
    generated: (d: string) => `Lập ngày ${d} bằng Chỉ số (npm run report).`,
  },
  en: {
    title: (ix: string, y: number, p: string) => `REPORT ON THE ${ix} ${y} RESULTS OF ${p.toUpperCase()}`,
    subtitle: (ix: string, y: number) => `${ix} ${y}: results, causes and what to do`,
    headline: 'I. Results',
    movers: 'II. Components that rose and fell, and their contributions to the composite',
    weak: 'III. Weak components, lead departments and targets',
    plan: "The province's plan",
    region: 'IV. Region and peers',
    trend: 'V. Trend',
    notes: 'VI. Data notes',
    sources: 'Sources',
    figure: 'Figure',
    value: 'Value',
    score: 'Composite score',
    rank: 'Rank',
    tier: 'Tier',
    change: (b: number) => `Change since ${b}`,
    component: 'Component',
    contribution: 'Contribution to the composite',
    median: 'National median',
    why: 'Why weak',
    lead: 'Lead',
    co: 'Coordinating',
    target: 'Target',
    status: 'Status',
    deadline: 'Deadline',
    outcome: 'Against the target',
    province: 'Province',
    year: 'Year',
    noData: (ix: string, y: number) => `No ${ix} ${y} score for this province.`,
    noBase: 'No earlier edition to compare with.',
    noBaseValue: (b: number) => `No ${b} score for this province: no comparison with the previous edition.`,
    noSplit: "This index's composite is not a known function of its components (or this edition's weights are unknown): no contributions.",
    rose: 'Rose',
    fell: 'Fell',
    chartContrib: (u: string, ix: string, b: number, y: number) => `Contributions to the ${ix} change ${b}→${y}: ${u}`,
    chartRegion: (r: string, ix: string, y: number) => `${ix} ${y} scores in ${r}`,
    noWeak: 'No component is weak under the rules that ran.',
    template: 'suggested by the assignment template',
    noPlan: "No assignments in the province's plan for this index yet.",
    regionMedian: (m: string) => `Region median: ${m} points.`,
    peers: 'Provinces ranked nearby (national)',
    trendOf: 'Composite trend',
    partial: (l: number, e: number, y: number) => `${y}: ${l} of ${e} provinces loaded — a rank marked * is among the loaded provinces, not a national rank; medians and comparisons rest on the loaded provinces only.`,
    complete: (e: number, y: number) => `${y}: all ${e} provinces loaded.`,
    derived: 'The comparison with the previous edition is derived (mean of the old provinces before the merger), not a published figure.',
    methodBreak: (y: number, t: string) => `Method change in ${y}: ${t}`,
    conflict: (c: string, m: string, a: string, b: string) => `Data conflict (${c}): ${m} — published: ${a}; used: ${b}.`,
    weakAssessment: 'Weak assessment',
    whatIf: 'Figures are as published or computed directly from published figures; derived figures are labelled.',
    generated: (d: string) => `Prepared on ${d} with Chỉ số (npm run report).`,
  },
};

/** A figure's source id ("S1-mdtrinh-vietnamdata") as the shipped manifest describes it; a URL or file name as it is. */
export function describeSource(files: readonly { file: string; source: string; licence?: string }[], source: string): string {
  const key = /^(S\d+)-/.exec(source)?.[1];
  const file = key ? files.find((f) => f.source.includes(`(${key})`)) : files.find((f) => f.file === source);
  return file ? `${file.source}${file.licence ? `; ${file.licence}` : ''}` : source;
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');


export function releaseReport(
  analysis: ProvinceAnalysis,
  table: ScoreTable,
  catalogue: Catalogue,
  lang: Lang,
  options: { plan?: ReportPlan; departments: readonly Department[]; today: string; sourceTitle?: (source: string) => string },
): ReleaseReport {
  const t = T[lang];
  const ix = getIndex(catalogue, analysis.index);
  const year = analysis.year;
  const unit = getUnit(catalogue, analysis.unit);
  const name = unitName(catalogue, analysis.unit, lang);
  const n = (v: number | null | undefined, d = 2) => formatDecimal(v, lang, d);
  const sgn = (v: number | null | undefined, d = 2) => formatSigned(v, lang, d);
  const cname = (id: string) => findComponent(ix, id)?.[lang] ?? id;
  const dname = (id: string | null) => (id ? departmentName(options.plan?.departments ?? options.departments, id, lang) : '');
  const c = analysis.composite;
  const blocks: ReportBlock[] = [];
  const cov = c?.coverage ?? table.coverage(ix.id, year, 'total');
  const rankCell = (rank: number | null | undefined, basis: Parameters<typeof rankText>[1], outOf?: number) =>
    rank == null ? '—' : `${rankText(rank, basis)}${outOf ? `/${outOf}` : ''}`;

  // I. Headline
  blocks.push({ kind: 'heading', level: 2, text: t.headline });
  if (c?.notRanked && c.value === null) blocks.push({ kind: 'paragraph', testId: 'report-not-ranked', text: `${name} ${notRankedText(catalogue, c.notRanked, ix.id, year, lang)}.` });
  else if (!c || c.value === null) blocks.push({ kind: 'paragraph', text: t.noData(ix.id, year) });
  else {
    const rows: string[][] = [
      [t.score, n(c.value)],
      [t.rank, rankCell(c.rank, c.rankBasis, c.rankOutOf)],
      [t.tier, c.tier ? c.tier[lang] : '—'],
    ];
    // Across a new structure (catalogue/editionStructure.ts) neither score nor rank is set against the base year: the reason.
    if (c.baseYear !== null && c.changeWithheld) rows.push([t.change(c.baseYear), c.changeWithheld[lang]]);
    else if (c.baseYear !== null) {
      const derived = c.changeDerived ? (lang === 'vi' ? ' (dẫn xuất)' : ' (derived)') : '';
      rows.push([t.change(c.baseYear), `${sgn(c.scoreChange)}${derived}; ${c.rankChange === null ? `${t.rank} ${c.baseRank ?? '—'} → ${rankText(c.rank, c.rankBasis)}` : `${c.rankChange > 0 ? '▲' : c.rankChange < 0 ? '▼' : ''} ${placesText(Math.abs(c.rankChange), lang)} (${c.baseRank} → ${c.rank})`}`]);
    }
    if (c.rankRange) rows.push([lang === 'vi' ? 'Khoảng hạng' : 'Rank range', `${rankRangeText(c.rankRange, lang)}${c.withinNoise ? ` — ${withinNoiseText(lang)}` : ''}`]);
    blocks.push({ kind: 'table', id: 'headline', header: [t.figure, t.value], rows, numeric: [false, false] });
    if (analysis.keptScore) blocks.push({ kind: 'paragraph', strong: true, testId: 'report-kept-score', text: rankMoveSentence(analysis.keptScore, lang) });
    else if (c.baseYear === null) blocks.push({ kind: 'paragraph', text: t.noBase });
    else if (c.changeWithheld) blocks.push({ kind: 'paragraph', text: c.changeWithheld[lang] });
    else if (c.scoreChange === null) blocks.push({ kind: 'paragraph', text: t.noBaseValue(c.baseYear) });
  }

  // II. Components that rose and fell
  const m = analysis.rankMove;
  blocks.push({ kind: 'heading', level: 2, text: t.movers });
  if (m.baseYear === null) blocks.push({ kind: 'paragraph', text: t.noBase });
  else {
    const moved = m.contributions.filter((x) => x.change !== null && x.change !== 0);
    const known = moved.filter((x) => x.contribution !== null);
    if (moved.length === 0) blocks.push({ kind: 'paragraph', text: analysis.composite?.changeWithheld?.[lang] ?? t.noBaseValue(m.baseYear) });
    else {
      const order = [...moved].sort((a, b) => (b.contribution ?? b.change!) - (a.contribution ?? a.change!));
      const byId = new Map(analysis.components.map((x) => [x.component, x]));
      blocks.push({
        kind: 'table',
        id: 'movers',
        header: [t.component, String(m.baseYear), String(year), t.change(m.baseYear), t.contribution],
        rows: order.map((x) => [cname(x.component), n(byId.get(x.component)?.previousValue), n(byId.get(x.component)?.value), sgn(x.change), x.contribution === null ? '—' : sgn(x.contribution)]),
        numeric: [false, true, true, true, true],
      });
      if (known.length) {
        const chart = barChartSvg({
          title: t.chartContrib(name, ix.id, m.baseYear, year),
          signed: true,
          data: [...known].sort((a, b) => b.contribution! - a.contribution!).map((x) => ({ label: cname(x.component), value: x.contribution!, text: sgn(x.contribution) })),
        });
        blocks.push({ kind: 'chart', id: 'contributions', title: t.chartContrib(name, ix.id, m.baseYear, year), ...chart });
      } else blocks.push({ kind: 'paragraph', text: t.noSplit });
    }
  }

  // III. Weak components, owners, targets
  blocks.push({ kind: 'heading', level: 2, text: t.weak });
  blocks.push({ kind: 'paragraph', text: `${t.weakAssessment}: ${analysis.weakAssessmentDetail.summary[lang]}.` });
  if (analysis.weak.length === 0) blocks.push({ kind: 'paragraph', text: t.noWeak });
  else {
    const rows = analysis.weak.map((w) => {
      // Who leads: plan/owners.ts, the rule the brief, the department page and the follow-up use.
      const owners = ownersOf({ index: ix.id, year, component: w.component }, { table, province: analysis.unit, items: options.plan?.items ?? [], departments: options.plan?.departments ?? options.departments, template: defaultTemplate, catalogue });
      const label = leadLabel(owners, options.plan?.departments ?? options.departments, lang, { withTarget: false, catalogue });
      const lead = label ? (label.suggested ? `${label.name} (${t.template})` : label.name) : '—';
      const co = owners.coOwners.map((c) => dname(c.department)).join(', ');
      // A plan carried from an old component (a new structure) gives the owners, not its target (the old component's scale).
      const target = owners.speaking && owners.speaking.component === w.component ? targetText(owners.speaking.targetScore, owners.speaking.targetRank, ix.id, owners.speaking.targetYear, lang) : '';
      return [cname(w.component), n(w.value), n(w.median), w.flags.map((f) => f.label[lang]).join('; '), lead, co || '—', target || '—'];
    });
    blocks.push({ kind: 'table', id: 'weak', header: [t.component, t.score, t.median, t.why, t.lead, t.co, t.target], rows, numeric: [false, true, true, false, false, false, false] });
  }
  const planned = (options.plan?.items ?? []).filter((i) => i.province === analysis.unit && i.index === ix.id && (i.lead || i.targetScore !== null || i.targetRank !== null || i.tasks.length > 0));
  blocks.push({ kind: 'heading', level: 2, text: t.plan });
  if (planned.length === 0) blocks.push({ kind: 'paragraph', text: t.noPlan, testId: 'report-no-plan' });
  else
    blocks.push({
      kind: 'table',
      id: 'plan',
      header: [t.component, t.lead, t.co, t.target, t.deadline, t.status, t.outcome],
      // A target set for an edition is met or missed once that edition is loaded (followup.ts checkTarget → targetStatus.ts).
      rows: [...planned]
        .sort((a, b) => a.component.localeCompare(b.component) || a.year - b.year)
        .map((i) => [
          cname(i.component),
          dname(i.lead) || '—',
          i.coOwners.map(dname).join(', ') || '—',
          targetText(i.targetScore, i.targetRank, ix.id, i.targetYear, lang) || '—',
          i.deadline ?? '—',
          STATUS_LABELS[i.status][lang],
          checkText(checkTarget(table, catalogue, i), ix.label, lang) || '—',
        ]),
      numeric: [false, false, false, false, false, false, false],
    });

  // IV. Region and peers
  blocks.push({ kind: 'heading', level: 2, text: t.region });
  const regionVi = unit?.region ?? '';
  if (regionVi && c && c.value !== null) {
    const region = rankTable(table, catalogue, ix.id, year, 'total', { region: regionVi, baseYear: c.baseYear }).rows.filter((r) => r.value !== null);
    const rName = regionName(catalogue, regionVi, lang);
    blocks.push({
      kind: 'table',
      id: 'region',
      header: [t.province, t.score, t.rank, c.baseYear !== null ? t.change(c.baseYear) : ''],
      rows: region.map((r) => [unitName(catalogue, r.unit, lang), n(r.value), rankCell(r.rank, r.rankBasis), sgn(r.scoreChange)]),
      numeric: [false, true, false, true],
    });
    const highlight = region.findIndex((r) => r.unit === analysis.unit);
    const chart = barChartSvg({ title: t.chartRegion(rName, ix.id, year), data: region.map((r) => ({ label: unitName(catalogue, r.unit, lang), value: r.value!, text: n(r.value) })), highlight });
    blocks.push({ kind: 'chart', id: 'region', title: t.chartRegion(rName, ix.id, year), ...chart });
    if (c.rank !== null) {
      const all = rankTable(table, catalogue, ix.id, year, 'total', { baseYear: null }).rows.filter((r) => r.rank !== null && Math.abs(r.rank - c.rank!) <= 2);
      blocks.push({ kind: 'paragraph', text: `${t.peers}:` });
      blocks.push({ kind: 'table', id: 'peers', header: [t.province, t.score, t.rank], rows: all.map((r) => [unitName(catalogue, r.unit, lang), n(r.value), rankCell(r.rank, r.rankBasis)]), numeric: [false, true, false] });
    }
  }

  // V. Trend
  blocks.push({ kind: 'heading', level: 2, text: t.trend });
  const total = analysis.trends.find((x) => x.component === 'total');
  if (total) {
    blocks.push({ kind: 'paragraph', text: `${t.trendOf}: ${total.label[lang]} — ${total.detail[lang]}` });
    const points = total.series.filter((p) => p.value !== null);
    blocks.push({ kind: 'table', id: 'trend', header: [t.year, t.score], rows: points.map((p) => [String(p.year), n(p.value)]), numeric: [false, true] });
  }
  const componentTrends = analysis.trends.filter((x) => x.component !== 'total');
  if (componentTrends.length) blocks.push({ kind: 'list', items: componentTrends.map((x) => `${cname(x.component)}: ${x.label[lang]} — ${x.detail[lang]}`) });

  // VI. Data notes
  blocks.push({ kind: 'heading', level: 2, text: t.notes });
  const notes: string[] = [cov.complete ? t.complete(cov.expected, year) : t.partial(cov.loaded, cov.expected, year)];
  if (c?.changeDerived) notes.push(t.derived);
  for (const b of c?.methodBreaks ?? []) notes.push(t.methodBreak(b.year, b[lang]));
  for (const k of analysis.conflicts) notes.push(t.conflict(cname(k.component), k.message[lang], `${k.printed.value} (${k.printed.source})`, `${k.implied.value} (${k.implied.source})`));
  notes.push(t.whatIf);
  notes.push(t.generated(lang === 'vi' ? options.today.split('-').reverse().join('/') : options.today));
  blocks.push({ kind: 'list', items: notes });

  // Sources: where each figure of this province and edition (and the base edition) came from.
  const sources = new Set<string>();
  for (const y of [year, c?.baseYear ?? null]) {
    if (y === null) continue;
    for (const comp of table.components(ix.id, y)) {
      const s = table.get(ix.id, y, analysis.unit, comp)?.source;
      if (s) sources.add(s);
    }
  }
  blocks.push({ kind: 'heading', level: 2, text: t.sources });
  blocks.push({ kind: 'list', items: [...new Set([...sources].map((s) => options.sourceTitle?.(s) ?? s))] });

  return {
    lang,
    org: issuingBody(unit),
    title: t.title(ix.id === 'PAR' ? 'PAR INDEX' : ix.id, year, lang === 'vi' ? provinceStyle(unit) : name),
    subtitle: t.subtitle(ix.id === 'PAR' ? 'PAR INDEX' : ix.id, year),
    blocks,
    fileName: `${lang === 'vi' ? 'bao-cao' : 'report'}-${ix.id}-${year}-${slug(name)}.docx`,
  };
}

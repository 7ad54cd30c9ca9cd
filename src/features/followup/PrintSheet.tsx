/**
 * The assignment sheet for a steering-committee meeting: A4, Vietnamese, who owns what, target, deadline, and under
 * each component its tasks (what, lead, coordinating agencies, target, deadline, status, evidence).
 * Always in the DOM (shown by the print stylesheet); `?print=1` shows it on screen as a preview; on a phone the
 * preview's rows stack (each cell with its column's name) instead of scrolling sideways.
 */
import { Fragment } from 'react';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { departmentName, type Department } from '@/domain/plan/departments';
import { STATUS_LABELS, type FollowUpIndicator, type FollowUpRow } from '@/domain/plan/followup';
import { indicatorValueText } from '@/domain/analysis/indicators';
import { ownerText } from '@/domain/plan/planReport';
import type { Owner } from '@/domain/plan/owners';
import type { IndexDef, Unit } from '@/domain/catalogue/types';
import { formatNumber, formatRank } from '@/ui/i18n';
import { SheetHeader } from '@/ui/SheetHeader';
import { issuingBody } from '@/domain/report/nationalHeading';
import { weakAssessmentOf } from '@/domain/analysis/weakness';

const vn = (v: number | null, digits = 2) => formatNumber(v, 'vi', digits);
const date = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');
const targetText = (score: number | null, rank: number | null) =>
  [score !== null ? `≥ ${vn(score)}` : '', rank !== null ? `hạng ≤ ${rank}` : ''].filter(Boolean).join(' / ');
const HEADERS = (year: number, targetYear: number) => [
  'STT',
  'Chỉ số thành phần / nhiệm vụ',
  `Kết quả ${year} (điểm / hạng)`,
  'Cơ quan chủ trì',
  'Cơ quan phối hợp',
  `Mục tiêu ${targetYear} (điểm / hạng)`,
  'Thời hạn',
  'Trạng thái / ghi chú',
];

export function PrintSheet({ rows, index, year, unit, departments, preview, indicatorsOf = () => [] }: { rows: FollowUpRow[]; index: IndexDef; year: number; unit: Unit | undefined; departments: Department[]; preview: boolean; indicatorsOf?: (component: string) => FollowUpIndicator[] }) {
  const indexName = index.label;
  const targetYear = rows[0]?.item.targetYear ?? year + 1;
  // A rank among the loaded provinces is never printed as a national rank: it carries * and the note below.
  const amongLoaded = rows.find((r) => r.assessment?.rankBasis === 'among-loaded')?.assessment?.basedOn ?? null;
  // Why the weak list is partial is the assessment's own reason (a missing year, no national median …), never a guess.
  const assessments = rows.flatMap((r) => (r.assessment ? [r.assessment] : []));
  const weakAssessment = assessments.length ? weakAssessmentOf(assessments) : null;
  const partial = weakAssessment && weakAssessment.status !== 'complete' ? weakAssessment.summary.vi : null;
  const today = new Date();
  const fromTemplate = rows.filter((r) => r.item.origin === 'template' && r.item.lead && r.suggestion);
  const source = defaultCatalogue.indices.find((i) => i.id === index.id)?.publisher ?? '';
  return (
    <article className={`print-sheet${preview ? ' preview' : ''}`} lang="vi" data-testid="print-sheet" aria-label="Bảng phân công (bản in)">
      <SheetHeader org={issuingBody(unit)} />
      <p className="sheet-draft">DỰ THẢO — TÀI LIỆU PHỤC VỤ HỌP BAN CHỈ ĐẠO</p>
      <h1 className="sheet-title">
        BẢNG PHÂN CÔNG THEO DÕI, CẢI THIỆN CÁC CHỈ SỐ THÀNH PHẦN {indexName}
      </h1>
      <p className="sheet-lede">
        Căn cứ kết quả {indexName} {year} của {unit?.vi ?? ''}; mục tiêu cho kỳ {indexName} {targetYear}. Các chỉ số thành phần yếu (*) được xếp trước.
      </p>
      <table className="sheet-table stack-phone">
        <colgroup>
          {['stt', 'comp', 'result', 'lead', 'co', 'target', 'deadline', 'status'].map((c) => (
            <col key={c} className={`c-${c}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {HEADERS(year, targetYear).map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const labels = HEADERS(year, targetYear);
            const leadName = r.item.lead ? departmentName(departments, r.item.lead, 'vi') : null;
            return (
              <Fragment key={r.item.id}>
                <tr data-key={r.component.id} className="sheet-component">
                  <td className="num" data-label={labels[0]}>{i + 1}</td>
                  <td data-label={labels[1]}>
                    <strong>{r.component.vi}</strong>
                    {r.assessment?.weak ? ' (*)' : ''}
                  </td>
                  <td className="num" data-label={labels[2]}>
                    {vn(r.assessment?.value ?? null)}
                    {r.assessment?.rank != null ? ` / ${formatRank(r.assessment.rank, r.assessment.rankBasis)}` : ''}
                  </td>
                  <td data-label={labels[3]}>
                    {leadName ?? <span className="blank">chưa phân công</span>}
                    {r.item.origin === 'template' && r.item.lead && r.suggestion ? <sup> [{r.suggestion.evidence}]</sup> : null}
                  </td>
                  <td data-label={labels[4]}>{r.item.coOwners.map((c) => departmentName(departments, c, 'vi')).join('; ')}</td>
                  <td className="num" data-label={labels[5]}>{targetText(r.item.targetScore, r.item.targetRank)}</td>
                  <td className="num date" data-label={labels[6]}>{date(r.item.deadline)}</td>
                  <td data-label={labels[7]}>
                    {r.item.status !== 'not_started' || r.item.lead ? STATUS_LABELS[r.item.status].vi : ''}
                    {r.item.notes && <div className="sheet-note">{r.item.notes}</div>}
                  </td>
                </tr>
                {r.item.tasks.map((task, t) => (
                  <tr key={task.id} className="sheet-task" data-testid="sheet-task" data-key={`${r.component.id}#${task.id}`}>
                    <td className="num" data-label={labels[0]}>
                      {i + 1}.{t + 1}
                    </td>
                    <td colSpan={2} data-label="Nhiệm vụ">
                      <span className="sheet-task-title">{task.title || <span className="blank">(chưa ghi nội dung)</span>}</span>
                      {task.indicator && <div className="sheet-note" data-testid="sheet-task-indicator">Chỉ tiêu: {indicatorsOf(r.component.id).find((x) => x.def.id === task.indicator)?.def.label.vi ?? task.indicator}</div>}
                    </td>
                    <td data-label={labels[3]}>{task.lead ? departmentName(departments, task.lead, 'vi') : leadName ? <span className="blank">như trên</span> : ''}</td>
                    <td data-label={labels[4]}>{task.coOwners.map((c) => departmentName(departments, c, 'vi')).join('; ')}</td>
                    <td className="num" data-label={labels[5]}>{targetText(task.targetScore, task.targetRank)}</td>
                    <td className="num date" data-label={labels[6]}>{date(task.deadline)}</td>
                    <td data-label={labels[7]}>
                      {STATUS_LABELS[task.status].vi}
                      {task.progress.length > 0 && <div className="sheet-note">{`${date(task.progress[task.progress.length - 1].date)}: ${task.progress[task.progress.length - 1].text}`}</div>}
                      {task.evidence && <div className="sheet-note sheet-evidence">Minh chứng: {task.evidence}</div>}
                    </td>
                  </tr>
                ))}
                {Object.entries(r.item.indicators).map(([id, line]) => {
                  // An indicator's own line of the plan (its owner, target in its unit, deadline), under its sub-index.
                  const known = indicatorsOf(r.component.id).find((x) => x.def.id === id);
                  const def = known?.def;
                  // Its owner is owners.ts's: named when it is the indicator's own (the line's, or the template's rule), else as the sub-index ("như trên").
                  const owners = known?.owners;
                  const ownerName = (o: Owner) => ownerText(o, departments, 'vi');
                  return (
                    <tr key={id} className="sheet-task sheet-indicator" data-testid="sheet-indicator" data-key={`${r.component.id}@${id}`}>
                      <td className="num" data-label={labels[0]}></td>
                      <td colSpan={2} data-label="Chỉ tiêu">
                        Chỉ tiêu: {def?.label.vi ?? id}
                      </td>
                      <td data-label={labels[3]}>{owners?.ownLevel && owners.lead ? ownerName(owners.lead) : leadName ? <span className="blank">như trên</span> : ''}</td>
                      <td data-label={labels[4]}>{owners?.ownLevel ? owners.coOwners.map(ownerName).join('; ') : ''}</td>
                      <td className="num" data-label={labels[5]}>{line.target === null ? '' : def ? indicatorValueText(def, line.target, 'vi') : vn(line.target)}</td>
                      <td className="num date" data-label={labels[6]}>{date(line.deadline)}</td>
                      <td data-label={labels[7]}></td>
                    </tr>
                  );
                })}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <footer className="sheet-foot">
        <p>
          (*) Chỉ số thành phần yếu theo quy tắc của ứng dụng (nhóm cuối cả nước, dưới trung vị hoặc giảm liên tiếp)
          {partial ? <span data-testid="sheet-partial">{`. ${partial} — nên thành phần không có (*) chưa chắc đã không yếu`}</span> : ''}. Số liệu: {source}.
          {amongLoaded && (
            <span data-testid="sheet-among-loaded">
              {' '}
              Hạng có dấu * (ví dụ 4*) là hạng trong số {amongLoaded.loaded}/{amongLoaded.expected} tỉnh đã nạp số liệu, không phải hạng toàn quốc.
            </span>
          )}
          {fromTemplate.length > 0 &&
            ' [C]/[S]/[U]: cơ quan chủ trì lấy theo mẫu gợi ý, kèm mức bằng chứng (C: đã xác nhận ở ít nhất một tỉnh; S: có bằng chứng một phần; U: suy luận, chưa kiểm chứng) — cần Ban chỉ đạo xác nhận.'}
        </p>
        <div className="sheet-signatures">
          <div>
            <strong>NGƯỜI LẬP</strong>
          </div>
          <div>
            <em>
              {unit?.vi ?? ''}, ngày {today.getDate()} tháng {today.getMonth() + 1} năm {today.getFullYear()}
            </em>
            <br />
            <strong>THƯỜNG TRỰC BAN CHỈ ĐẠO</strong>
          </div>
        </div>
      </footer>
    </article>
  );
}

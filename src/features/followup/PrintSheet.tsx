/**
 * The assignment sheet for a steering-committee meeting: A4, Vietnamese, who owns what, target, deadline.
 * Always in the DOM (shown by the print stylesheet); `?print=1` shows it on screen as a preview.
 */
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { departmentName, type Department } from '@/domain/plan/departments';
import { STATUS_LABELS, type FollowUpRow } from '@/domain/plan/followup';
import type { IndexDef, Unit } from '@/domain/catalogue/types';
import { formatNumber, formatRank } from '@/ui/i18n';
import { SheetHeader } from '@/ui/SheetHeader';
import { issuingBody } from '@/domain/report/nationalHeading';

const vn = (v: number | null, digits = 2) => formatNumber(v, 'vi', digits);
const date = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

export function PrintSheet({ rows, index, year, unit, departments, preview }: { rows: FollowUpRow[]; index: IndexDef; year: number; unit: Unit | undefined; departments: Department[]; preview: boolean }) {
  const indexName = index.label;
  const targetYear = rows[0]?.item.targetYear ?? year + 1;
  // A rank among the loaded provinces is never printed as a national rank: it carries * and the note below.
  const amongLoaded = rows.find((r) => r.assessment?.rankBasis === 'among-loaded')?.assessment?.basedOn ?? null;
  const partlyAssessed = rows.some((r) => r.assessment && r.assessment.value !== null && r.assessment.rulesWithheld.length > 0);
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
      <table className="sheet-table">
        <colgroup>
          {['stt', 'comp', 'result', 'lead', 'co', 'target', 'deadline', 'status'].map((c) => (
            <col key={c} className={`c-${c}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>STT</th>
            <th>Chỉ số thành phần</th>
            <th>Kết quả {year} (điểm / hạng)</th>
            <th>Cơ quan chủ trì</th>
            <th>Cơ quan phối hợp</th>
            <th>Mục tiêu {targetYear} (điểm / hạng)</th>
            <th>Thời hạn</th>
            <th>Trạng thái / ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.item.id} data-key={r.component.id}>
              <td className="num">{i + 1}</td>
              <td>
                {r.component.vi}
                {r.assessment?.weak ? ' (*)' : ''}
              </td>
              <td className="num">
                {vn(r.assessment?.value ?? null)}
                {r.assessment?.rank != null ? ` / ${formatRank(r.assessment.rank, r.assessment.rankBasis)}` : ''}
              </td>
              <td>
                {r.item.lead ? departmentName(departments, r.item.lead, 'vi') : <span className="blank">chưa phân công</span>}
                {r.item.origin === 'template' && r.item.lead && r.suggestion ? <sup> [{r.suggestion.evidence}]</sup> : null}
              </td>
              <td>{r.item.coOwners.map((c) => departmentName(departments, c, 'vi')).join('; ')}</td>
              <td className="num">
                {r.item.targetScore !== null ? `≥ ${vn(r.item.targetScore)}` : ''}
                {r.item.targetScore !== null && r.item.targetRank !== null ? ' / ' : ''}
                {r.item.targetRank !== null ? `hạng ≤ ${r.item.targetRank}` : ''}
              </td>
              <td className="num">{date(r.item.deadline)}</td>
              <td>
                {r.item.status !== 'not_started' || r.item.lead ? STATUS_LABELS[r.item.status].vi : ''}
                {r.item.notes && <div className="sheet-note">{r.item.notes}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="sheet-foot">
        <p>
          (*) Chỉ số thành phần yếu theo quy tắc của ứng dụng (nhóm cuối cả nước, dưới trung vị hoặc giảm liên tiếp)
          {partlyAssessed ? '; năm này chỉ đánh giá được một phần vì thiếu số liệu toàn quốc, nên thành phần không có (*) chưa chắc đã không yếu' : ''}. Số liệu: {source}.
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

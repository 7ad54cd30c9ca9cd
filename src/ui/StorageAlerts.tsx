/**
 * What went wrong with the browser storage of what the user typed (plan, targets): shown on every tab,
 * with the backup key where the original was kept, until dismissed. Reports come from state/persistedStorage.
 */
import { useStorageHealth, type StorageReportKind, type StoreName } from '@/state/persistedStorage';
import { useLang, type Strings } from './i18n';

type Key = StorageReportKind | StoreName | 'backupAt' | 'dismiss' | 'detail' | 'mappingNotSaved';

const STRINGS: Strings<Key> = {
  vi: {
    assignments: 'Kế hoạch phân công',
    targets: 'Mục tiêu',
    'import-mappings': 'Cách ghép cột đã nhớ (mục Nhập)',
    'import-unit-picks': 'Tỉnh/thành đã chọn cho tên lạ (mục Nhập)',
    corrupt: 'dữ liệu đã lưu bị hỏng và không đọc được; bản gốc được giữ nguyên',
    'newer-version': 'dữ liệu được lưu bởi phiên bản mới hơn; bản gốc được giữ nguyên',
    migrated: 'dữ liệu phiên bản cũ đã được chuyển sang định dạng mới; bản cũ được giữ',
    'write-failed': 'không lưu được thay đổi vào trình duyệt (từ lúc này). Hãy xuất JSON để giữ công việc',
    'storage-full': 'bộ nhớ trình duyệt đã đầy: các thay đổi từ lúc này chưa được lưu (chỉ còn trên trang này). Hãy xuất JSON để giữ công việc',
    'edits-refused': 'không sao lưu được bản đã lưu nên chưa thể sửa (để không ghi đè). Hãy giải phóng bộ nhớ trình duyệt rồi tải lại trang',
    backupAt: 'khoá dự phòng',
    detail: 'chi tiết kỹ thuật',
    mappingNotSaved: 'không nhớ được cách ghép cột lần này (bộ nhớ trình duyệt đầy hoặc không ghi được); việc nhập vẫn tiếp tục, lần sau cần ghép lại',
    dismiss: 'Đã hiểu',
  },
  en: {
    assignments: 'Follow-up plan',
    targets: 'Targets',
    'import-mappings': 'Remembered column meanings (Import)',
    'import-unit-picks': 'Provinces chosen for unknown names (Import)',
    corrupt: 'the saved data is damaged and could not be read; the original is kept',
    'newer-version': 'the saved data was written by a newer version; the original is kept',
    migrated: 'data saved by an older version was converted; the old copy is kept',
    'write-failed': 'changes could not be saved in the browser (from now on). Export JSON to keep your work',
    'storage-full': 'browser storage is full: changes from now on are not saved (they live only on this page). Export JSON to keep your work',
    'edits-refused': 'the saved copy could not be backed up, so edits are refused (it is never overwritten). Free browser storage and reload',
    backupAt: 'backup key',
    detail: 'technical detail',
    mappingNotSaved: 'the column meanings could not be remembered this time (browser storage full or not writable); the import goes on, next time they are matched again',
    dismiss: 'Dismiss',
  },
};

export function StorageAlerts() {
  const s = STRINGS[useLang()];
  const reports = useStorageHealth((h) => h.reports);
  const dismiss = useStorageHealth((h) => h.dismiss);
  if (reports.length === 0) return null;
  return (
    <div className="storage-alerts no-print">
      {reports.map((r, i) => (
        <div key={i} role={r.kind === 'migrated' ? 'status' : 'alert'} className={`storage-alert ${r.kind}`} data-testid="storage-alert" data-kind={r.kind} data-store={r.store}>
          {s[r.store]}: {(r.store === 'import-mappings' || r.store === 'import-unit-picks') && (r.kind === 'storage-full' || r.kind === 'write-failed') ? s.mappingNotSaved : s[r.kind]}
          {r.backupKey && (
            <>
              {' '}
              ({s.backupAt} <code>{r.backupKey}</code>)
            </>
          )}
          .{' '}
          <details className="note">
            <summary>{s.detail}</summary>
            {r.detail}
          </details>{' '}
          <button type="button" onClick={() => dismiss(i)}>
            {s.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}

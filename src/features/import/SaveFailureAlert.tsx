/**
 * What the user reads when saving an import failed (national index or a province's own index): the table stays
 * read and checked on screen, nothing was written half-way, and it can be saved again once there is room.
 */
import type { SaveFailure } from '@/data/parse.worker';
import { useLang, type Strings } from '@/ui/i18n';

const STRINGS: Strings<SaveFailure | 'detail'> = {
  vi: {
    'storage-full': 'Bộ nhớ trình duyệt đã đầy nên bảng chưa được lưu. Bảng đã đọc và kiểm tra vẫn ở đây, không mất gì: hãy xoá bớt lần nhập cũ (danh sách bên dưới) hoặc giải phóng bộ nhớ của trình duyệt, rồi bấm lưu lại.',
    'storage-failed': 'Trình duyệt không cho lưu bảng này. Bảng đã đọc và kiểm tra vẫn ở đây, không mất gì: hãy thử lưu lại; nếu vẫn không được, hãy tải lại trang (cửa sổ ẩn danh có thể không cho lưu).',
    detail: 'Chi tiết kỹ thuật',
  },
  en: {
    'storage-full': 'Browser storage is full, so the table was not saved. The table read and checked is still here, nothing is lost: remove an older import (list below) or free browser storage, then save again.',
    'storage-failed': 'The browser refused to save this table. The table read and checked is still here, nothing is lost: try saving again; if it still fails, reload the page (a private window may not allow saving).',
    detail: 'Technical detail',
  },
};

export function SaveFailureAlert({ code, detail }: { code: SaveFailure; detail: string | null }) {
  const s = STRINGS[useLang()];
  return (
    <div className="error" role="alert" data-testid="import-save-failed" data-code={code}>
      <p>{s[code]}</p>
      {detail && (
        <details>
          <summary>{s.detail}</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}

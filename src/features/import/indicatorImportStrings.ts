/** Words of the Import tab's destination "indicator tables" (VCCI's sub-index workbooks, one-province tables). */
import type { Strings } from '@/ui/i18n';

export const INDICATOR_IMPORT_STRINGS: Strings<
  | 'destination'
  | 'heading'
  | 'lede'
  | 'drop'
  | 'choose'
  | 'paste'
  | 'pasteName'
  | 'reading'
  | 'failed'
  | 'timeout'
  | 'recognised'
  | 'workbook'
  | 'provinceTable'
  | 'sheetLine'
  | 'newIndicators'
  | 'higherBetter'
  | 'lowerBetter'
  | 'undecided'
  | 'evidence'
  | 'noEvidence'
  | 'change'
  | 'rowsTitle'
  | 'matched'
  | 'unmatched'
  | 'notImported'
  | 'year'
  | 'province'
  | 'readAgain'
  | 'blocked'
  | 'confirm'
  | 'figures'
  | 'cancel'
  | 'saved'
  | 'undo'
  | 'toView'
  | 'savedTitle'
  | 'noneSaved'
  | 'remove'
  | 'removeConfirm'
  | 'earlier'
  | 'unreadable'
  | 'storageError'
  | 'prefilled'
  | 'unmatchedSaved'
> = {
  vi: {
    destination: 'Bảng chỉ tiêu cơ sở (PCI)',
    heading: 'Nhập bảng chỉ tiêu cơ sở',
    lede: 'Hai dạng bảng: tệp Excel của VCCI với mỗi chỉ số thành phần một trang (dòng 1 tên chỉ tiêu, dòng 3 mã, rồi mỗi tỉnh một dòng: mã PCI, tên tỉnh, điểm chỉ số thành phần, các chỉ tiêu), năm nào cũng được; hoặc bảng chỉ tiêu của một tỉnh (hồ sơ tỉnh: mỗi dòng một chỉ tiêu với tên hoặc mã và giá trị của tỉnh, có thể kèm trung vị, tốt nhất — chỉ đọc giá trị của tỉnh). Tệp CSV, Excel, PDF có lớp chữ, hoặc dán bảng.',
    drop: 'Kéo thả tệp bảng chỉ tiêu vào đây',
    choose: 'hoặc chọn tệp',
    paste: 'Hoặc dán bảng chỉ tiêu (từ Excel hoặc trang web)',
    pasteName: 'bảng dán',
    reading: 'Đang đọc…',
    failed: 'Không đọc được',
    timeout: 'Đọc quá lâu nên đã dừng. Hãy thử lưu bảng thành tệp CSV UTF-8.',
    recognised: 'Tệp này là bảng chỉ tiêu cơ sở, không phải bảng điểm: đã chuyển sang nhập chỉ tiêu.',
    workbook: 'Bảng chỉ tiêu của VCCI, PCI {year}',
    provinceTable: 'Bảng chỉ tiêu của một tỉnh: {province}, PCI {year}',
    sheetLine: '{sheet} — {component}: {provinces} tỉnh × {indicators} chỉ tiêu',
    newIndicators: 'Chỉ tiêu mới với danh mục (thêm như đã in; chiều tốt hơn suy từ tương quan với chỉ số thành phần)',
    higherBetter: 'cao hơn là tốt hơn',
    lowerBetter: 'thấp hơn là tốt hơn',
    undecided: 'chưa xác định chiều (tương quan yếu: cần xem lại bằng tay)',
    evidence: 'r = {r}, {n} tỉnh',
    noEvidence: 'chưa đủ tỉnh để tính tương quan',
    change: 'So với dữ liệu đã nhập: thêm {added}, thay {replaced}, giữ nguyên {unchanged} số liệu',
    rowsTitle: 'Các dòng đã đọc',
    matched: 'khớp',
    unmatched: 'Không khớp chỉ tiêu nào (liệt kê, chưa nhập)',
    notImported: 'chưa nhập',
    year: 'Năm',
    province: 'Tỉnh',
    readAgain: 'Đọc lại với lựa chọn này',
    blocked: 'Có lỗi ở trên: chưa nhập gì. Sửa tệp ở các ô đã nêu rồi nhập lại.',
    confirm: 'Nhập',
    figures: 'số liệu',
    cancel: 'Hủy',
    saved: 'Đã nhập và lưu trong trình duyệt.',
    undo: 'Hoàn tác',
    toView: 'Xem chỉ tiêu',
    savedTitle: 'Bảng chỉ tiêu đã nhập',
    noneSaved: 'Chưa nhập bảng chỉ tiêu nào.',
    remove: 'Gỡ',
    removeConfirm: 'Gỡ bảng này? Số liệu nó đã thay sẽ trở lại như trước.',
    earlier: 'nhập trước đây trong thẻ Chỉ tiêu',
    unreadable: 'Không đọc được một bảng chỉ tiêu đã lưu (vẫn giữ trong trình duyệt)',
    storageError: 'Lỗi lưu trữ',
    prefilled: 'Đang chờ',
    unmatchedSaved: '{n} dòng không khớp (đã liệt kê)',
  },
  en: {
    destination: 'Indicator tables (PCI base indicators)',
    heading: 'Import indicator tables',
    lede: 'Two kinds of table: VCCI\'s workbook with one sheet per sub-index (row 1 indicator labels, row 3 codes, then one row per province: PCI ID, province, sub-index score, indicators), any edition; or one province\'s indicator table (a province profile: one row per indicator with its label or code and the province\'s value, maybe with the median and best — only the province\'s value is read). CSV, Excel, PDF with a text layer, or paste.',
    drop: 'Drop an indicator table here',
    choose: 'or choose a file',
    paste: 'Or paste an indicator table (from Excel or a web page)',
    pasteName: 'pasted table',
    reading: 'Reading…',
    failed: 'Could not read',
    timeout: 'Reading took too long and was stopped. Try saving the table as CSV UTF-8.',
    recognised: 'This file is a base-indicator table, not a score table: moved to the indicator import.',
    workbook: 'VCCI indicator workbook, PCI {year}',
    provinceTable: 'One province\'s indicator table: {province}, PCI {year}',
    sheetLine: '{sheet} — {component}: {provinces} provinces × {indicators} indicators',
    newIndicators: 'Indicators new to the catalogue (added as printed; direction inferred from the correlation with the sub-index)',
    higherBetter: 'higher is better',
    lowerBetter: 'lower is better',
    undecided: 'direction undecided (weak correlation: needs a hand review)',
    evidence: 'r = {r}, {n} provinces',
    noEvidence: 'too few provinces for a correlation',
    change: 'Against what is imported: {added} added, {replaced} replaced, {unchanged} unchanged figures',
    rowsTitle: 'Rows read',
    matched: 'matched',
    unmatched: 'Matching no indicator (listed, not imported)',
    notImported: 'not imported',
    year: 'Year',
    province: 'Province',
    readAgain: 'Read again with this choice',
    blocked: 'There are errors above: nothing imported. Fix the file at the places named and import it again.',
    confirm: 'Import',
    figures: 'figures',
    cancel: 'Cancel',
    saved: 'Imported and saved in this browser.',
    undo: 'Undo',
    toView: 'See the indicators',
    savedTitle: 'Imported indicator tables',
    noneSaved: 'No indicator table imported yet.',
    remove: 'Remove',
    removeConfirm: 'Remove this table? The figures it replaced come back.',
    earlier: 'imported earlier in the Indicators tab',
    unreadable: 'A saved indicator table cannot be read (kept in the browser)',
    storageError: 'Storage error',
    prefilled: 'Waiting for',
    unmatchedSaved: '{n} rows not matched (listed)',
  },
};

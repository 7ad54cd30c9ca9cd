/**
 * Every problem the core can report, with its message in Vietnamese and English.
 * A problem always carries file, line and column (1-based; column 0 = the whole line or file).
 */
import { excerpt } from './lines';
import { fillTemplate } from '../catalogue/text';
import type { Localised, Location, Problem, Severity } from '../catalogue/types';

/** A value given in both languages (a component's name) is filled into each message in its own language. */
type Args = Record<string, string | number | Localised>;

const MESSAGES: Record<string, { severity: Severity; vi: string; en: string }> = {
  'unreadable-file': { severity: 'error', vi: 'Không đọc được tệp: {detail}', en: 'Cannot read file: {detail}' },
  'empty-file': { severity: 'error', vi: 'Tệp rỗng: không có dòng dữ liệu nào', en: 'Empty file: no data rows' },
  'binary-file': { severity: 'error', vi: 'Không phải tệp văn bản CSV (có ký tự nhị phân)', en: 'Not a CSV text file (binary content)' },
  'bad-encoding': { severity: 'error', vi: 'Tệp không phải UTF-8 (ký tự hỏng). Hãy lưu lại dưới dạng "CSV UTF-8"', en: 'File is not UTF-8 (broken characters). Save it as "CSV UTF-8"' },
  'missing-column': { severity: 'error', vi: 'Thiếu cột bắt buộc "{column}"', en: 'Missing required column "{column}"' },
  'field-count': { severity: 'error', vi: 'Dòng có {found} ô, cần {expected} (dòng bị cắt hoặc thừa dấu phân cách)', en: 'Row has {found} fields, expected {expected} (truncated line or stray delimiter)' },
  'swallowed-row': { severity: 'error', vi: 'Dòng này nằm trong một ô mở ngoặc kép ở dòng {opened} mà chưa đóng: dữ liệu của dòng bị đọc thành chữ của ô đó. Hãy đóng ngoặc kép ở dòng {opened}', en: 'This line sits inside a cell whose quote opens on line {opened} and is not closed there: its data is read as that cell\'s text. Close the quote on line {opened}' },
  'nul-character': { severity: 'error', vi: 'Tệp có ký tự rỗng (NUL) ở đây: đoạn này bị hỏng. Hãy lưu lại tệp dưới dạng "CSV UTF-8"', en: 'The file holds a NUL character here: this stretch is damaged. Save the file again as "CSV UTF-8"' },
  'csv-syntax': { severity: 'error', vi: 'Dòng này sai cú pháp CSV (thường là dấu ngoặc kép chưa đóng hoặc thừa): sửa dòng này rồi lưu lại dạng CSV UTF-8', en: 'This line is not valid CSV (usually a quote not closed, or one too many): fix the line and save as CSV UTF-8 again' },
  'unknown-index': { severity: 'error', vi: 'Không rõ chỉ số "{value}" (dùng PCI, PAPI, PAR, SIPAS, PGI)', en: 'Unknown index "{value}" (use PCI, PAPI, PAR, SIPAS, PGI)' },
  'bad-year': { severity: 'error', vi: 'Năm không hợp lệ "{value}"', en: 'Invalid year "{value}"' },
  'year-before-index': { severity: 'error', vi: 'Năm {value} trước khi chỉ số {index} ra đời ({first})', en: 'Year {value} is before {index} existed ({first})' },
  'unknown-province': { severity: 'error', vi: 'Không nhận ra tỉnh/thành "{value}" cho năm {year}', en: 'Unknown province "{value}" for year {year}' },
  'unit-from-later-period': { severity: 'error', vi: '"{value}" là đơn vị hành chính từ năm {from} (34 tỉnh, thành sau sắp xếp 1/7/2025); bảng {index} {year} phải dùng 63 tỉnh, thành trước sắp xếp. Kiểm tra lại năm của bảng', en: '"{value}" is a unit from {from} (the 34 units formed on 1 July 2025); a {index} {year} table uses the 63 provinces before the merger. Check the table\'s year' },
  'unit-ended': { severity: 'error', vi: '"{value}" là đơn vị riêng đến năm {to}, từ {on} thuộc {successor}: bảng {index} {year} không có đơn vị này. Kiểm tra lại năm của bảng, hoặc chọn tỉnh cho dòng này', en: '"{value}" was a unit of its own until {to} and part of {successor} from {on}: a {index} {year} table has no such unit. Check the table\'s year, or choose the province for this row' },
  'unit-guess': { severity: 'error', vi: 'Có phải {guess}? "{value}" gần giống {guess} nhưng không phải cách viết đã biết, nên dòng này chưa được nhập: xác nhận hoặc chọn tỉnh khác', en: 'Did you mean {guess}? "{value}" is close to {guess} but not a known spelling, so this row is not imported yet: confirm it or choose another province' },
  'unit-guess-accepted': { severity: 'warning', vi: '"{value}" được đọc là {guess} (tên gần giống, đã chấp nhận đoán)', en: '"{value}" read as {guess} (a near miss, guess accepted)' },
  'unit-left-out': { severity: 'warning', vi: '"{value}": dòng này để lại, chưa nhập, theo lựa chọn của người dùng (chọn đơn vị cho tên này để nhập)', en: '"{value}": this row is left out, not imported, as the user chose (choose its unit to import it)' },
  'local-unit-guess': { severity: 'error', vi: 'Có phải {guess}? "{value}" gần giống {guess} nhưng không phải cách viết đã biết, nên dòng này chưa được nhập: xác nhận hoặc chọn đơn vị khác', en: 'Did you mean {guess}? "{value}" is close to {guess} but not a known spelling, so this row is not imported yet: confirm it or choose another unit' },
  'unit-picked': { severity: 'warning', vi: '"{value}" được nhập là {unit} theo lựa chọn của người dùng', en: '"{value}" imported as {unit}, as the user chose' },
  'unknown-component': { severity: 'error', vi: 'Chỉ số {index} không có thành phần "{value}"', en: 'Index {index} has no component "{value}"' },
  'component-not-in-year': { severity: 'warning', vi: 'Thành phần "{value}" không có trong {index} năm {year} theo danh mục', en: 'Component "{value}" is not part of {index} {year} per the catalogue' },
  'not-a-number': { severity: 'error', vi: 'Điểm "{value}" không phải là số', en: 'Score "{value}" is not a number' },
  'missing-value-ranked': { severity: 'warning', vi: 'Điểm "{value}" được ghi nhận là thiếu số liệu (không phải 0); giữ thứ hạng {rank}', en: 'Score "{value}" recorded as missing (not 0); rank {rank} kept' },
  'blank-header-column': { severity: 'error', vi: 'Cột {column} có {count} số liệu nhưng không có tiêu đề: đặt tên cột hoặc chọn thành phần cho nó', en: 'Column {column} has {count} figures but no header: name it or choose its component' },
  'blank-header-column-ignored': { severity: 'warning', vi: 'Cột {column} không có tiêu đề: {count} số liệu bị bỏ qua theo lựa chọn', en: 'Column {column} has no header: its {count} figures are ignored as chosen' },
  'missing-value': { severity: 'warning', vi: 'Ô điểm trống/N/A: ghi nhận là thiếu số liệu (không phải 0)', en: 'Score blank/N/A: recorded as missing (not 0)' },
  'out-of-scale': { severity: 'error', vi: 'Điểm {value} ngoài thang {min}–{max} của {component}', en: 'Score {value} is outside the {min}–{max} scale of {component}' },
  'bad-rank': { severity: 'error', vi: 'Thứ hạng "{value}" phải là số nguyên dương', en: 'Rank "{value}" must be a positive whole number' },
  'duplicate-key': { severity: 'error', vi: 'Trùng dòng {index} {year} {province} {component} (đã có ở dòng {firstLine})', en: 'Duplicate row {index} {year} {province} {component} (already at line {firstLine})' },
  'duplicate-unit-row': { severity: 'error', vi: '"{unit}" có hai dòng trong bảng {index} {year} (đã có ở dòng {firstLine}): dòng này chưa được nhập', en: '"{unit}" has two rows in the {index} {year} table (already at line {firstLine}): this row is not imported' },
  'composite-mismatch': { severity: 'warning', vi: 'Điểm tổng hợp {printed} khác tổng có trọng số {computed} (lệch {diff})', en: 'Composite {printed} differs from the weighted sum {computed} (by {diff})' },
  'rank-order': { severity: 'warning', vi: 'Thứ hạng in {rank} không khớp thứ tự điểm (theo điểm: {computed})', en: 'Printed rank {rank} disagrees with the score order (by score: {computed})' },
  'missing-provinces': { severity: 'warning', vi: '{index} {year}: thiếu {missing}/{expected} tỉnh ({names})', en: '{index} {year}: {missing} of {expected} provinces missing ({names})' },
  'no-province-column': { severity: 'error', vi: 'Không tìm thấy cột tỉnh/thành (ví dụ "Tỉnh/Thành phố")', en: 'No province column found (e.g. "Province")' },
  'no-component-column': { severity: 'error', vi: 'Không cột nào khớp một thành phần của {index}', en: 'No column matches a component of {index}' },
  'duplicate-component-column': { severity: 'error', vi: 'Cột "{value}" và cột {first} cùng khớp thành phần {component}', en: 'Column "{value}" and column {first} both map to component {component}' },
  'unknown-tier': { severity: 'warning', vi: 'Nhóm "{value}" không có trong danh mục {index}; giữ nguyên như đã in', en: 'Tier "{value}" is not in the {index} catalogue; kept as printed' },
  'wide-needs-edition': { severity: 'error', vi: 'Bảng ngang: cần cho biết chỉ số và năm (--index, --year)', en: 'Wide table: give the index and the year (--index, --year)' },
  'repeated-header': { severity: 'warning', vi: 'Dòng tiêu đề lặp lại (sang trang mới) được bỏ qua: {value}', en: 'Repeated header row (page break) left out: {value}' },
  'footnote-row': { severity: 'warning', vi: 'Dòng ghi chú/nguồn hoặc dòng chỉ có chữ được bỏ qua: "{value}"', en: 'Footnote/source row or text-only row left out: "{value}"' },
  'section-row': { severity: 'warning', vi: 'Dòng tiêu đề nhóm được bỏ qua: "{value}"', en: 'Section heading row left out: "{value}"' },
  'numbering-column': { severity: 'warning', vi: 'Cột số thứ tự "{value}" được bỏ qua', en: 'Numbering column "{value}" left out' },
  'pdf-no-text': { severity: 'error', vi: 'PDF này không có lớp chữ (bản scan/ảnh chụp), nên không đọc được bảng. Hãy tìm bản Excel/Word hoặc PDF gốc của phụ lục trên trang của cơ quan công bố, hoặc nhận dạng chữ (OCR) rồi dán bảng vào đây', en: 'This PDF has no text layer (a scan or photo), so its table cannot be read. Look for the Excel/Word file or the original PDF of the annex on the publisher\'s page, or run OCR and paste the table here' },
  'no-table': { severity: 'error', vi: 'Không tìm thấy bảng theo tỉnh/thành nào: cần một cột tên tỉnh/thành và các cột điểm. Nếu dán từ trang web hoặc Excel, hãy chọn đúng bảng, sao chép rồi dán lại', en: 'No province table found: a table needs a column of province names and score columns. If you pasted from a web page or Excel, select the table itself, copy and paste again' },
  'workbook-limit': { severity: 'error', vi: 'Bảng tính vượt giới hạn đọc được: {what} từ {found} trở lên, tối đa đọc được {max}. Tệp có thể bị hỏng hoặc chứa vùng trống rất lớn. Hãy mở bằng Excel, chép riêng bảng điểm sang tệp mới rồi lưu, hoặc lưu bảng dưới dạng CSV UTF-8', en: 'The workbook is beyond what can be read: {what} of at least {found}, where at most {max} can be read. It may be damaged or hold a very large empty area. Open it in Excel, copy the score table into a new file and save it, or save the table as CSV UTF-8' },
  'formula-without-value': { severity: 'error', vi: '{count} ô có công thức nhưng không lưu giá trị ({cells}): tệp được tạo bằng chương trình và chưa mở bằng Excel, nên không có số để đọc. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập lại', en: '{count} cells hold a formula saved without its value ({cells}): the file was written by a program and never opened in Excel, so there is no figure to read. Open it in Excel or LibreOffice, save it, and import it again' },
  'paste-too-large': { severity: 'error', vi: 'Bảng dán quá lớn: các ô gộp trải ra {cells} ô (tối đa {max}). Hãy dán riêng bảng điểm, hoặc lưu bảng thành tệp Excel/CSV rồi chọn tệp', en: 'The pasted table is too large: its merged cells spread over {cells} cells (at most {max}). Paste the score table alone, or save it as an Excel/CSV file and choose the file' },
  'unreadable-spreadsheet': { severity: 'error', vi: 'Tệp bảng tính bị hỏng hoặc chưa lưu trọn, nên không đọc được: hãy mở bằng Excel (hoặc LibreOffice) và lưu lại, hoặc xuất bảng ra CSV UTF-8 rồi nhập tệp đó', en: 'The spreadsheet is damaged or was not saved completely, so it cannot be read: open it in Excel (or LibreOffice) and save it again, or export the table as CSV UTF-8 and import that' },
  'pdf-slanted-text': { severity: 'warning', vi: 'Chữ in nghiêng góc so với trang (dấu chìm, chữ xoay) được bỏ qua: "{value}"', en: 'Text set at an angle to the page (a watermark, turned text) left out: "{value}"' },
  'pdf-turned-page': { severity: 'error', vi: 'Trang {page} in xoay nghiêng so với khổ giấy, chưa đọc được ("{value}"). Hãy xoay trang thẳng lại hoặc dùng tệp Excel/Word gốc', en: 'Page {page} is set askew on the paper and is not read yet ("{value}"). Turn the page straight, or use the original Excel/Word file' },
  'unreadable-pdf': { severity: 'error', vi: 'Tệp PDF bị hỏng hoặc chưa tải trọn, nên không đọc được: hãy tải lại tệp từ trang của cơ quan công bố, hoặc dùng bản Excel/Word của phụ lục', en: 'The PDF is damaged or was not downloaded completely, so it cannot be read: download it again from the publisher\'s page, or use the Excel/Word file of the annex' },
  'unknown-sheet': { severity: 'error', vi: 'Không có trang tính "{value}" (có: {sheets})', en: 'No sheet "{value}" (sheets: {sheets})' },
  'several-sheets': { severity: 'error', vi: 'Nhiều trang tính có bảng theo tỉnh ({sheets}): hãy chọn một (--sheet)', en: 'Several sheets hold a province table ({sheets}): choose one (--sheet)' },
  'no-unit-column': { severity: 'error', vi: 'Không tìm thấy cột đơn vị (ví dụ "Sở ban ngành địa phương")', en: 'No unit column found (e.g. "Sở ban ngành địa phương")' },
  'unknown-local-unit': { severity: 'error', vi: 'Không nhận ra đơn vị "{value}" của tỉnh cho năm {year} (tên cần bắt đầu bằng Sở, Ban, Cục, Huyện, Thị xã, Thành phố, Xã, Phường …)', en: 'Unknown unit "{value}" of the province for {year} (names start with Sở, Ban, Cục, Huyện, Thị xã, Thành phố, Xã, Phường …)' },
  'former-local-unit': { severity: 'error', vi: '"{value}" không còn tồn tại năm {year} (đến {last}); đơn vị kế thừa: {successors}. Điểm của đơn vị cũ không phải của đơn vị kế thừa', en: '"{value}" no longer exists in {year} (last {last}); carried on by: {successors}. A former unit\'s score is not its successor\'s' },
  'not-yet-local-unit': { severity: 'error', vi: '"{value}" chưa tồn tại năm {year} (từ {first}); trước đó: {predecessors}', en: '"{value}" does not exist yet in {year} (from {first}); before it: {predecessors}' },
  'added-local-unit': { severity: 'warning', vi: '"{value}" chưa có trong danh mục của tỉnh: thêm như một {kind}', en: '"{value}" is not in the province\'s catalogue: added as a {kind}' },
  'locality-level-mismatch': { severity: 'error', vi: '"{value}": năm {year} không chấm cấp này (huyện đến 2024, xã/phường từ 2025)', en: '"{value}": in {year} localities are districts up to 2024 and communes/wards from 2025' },
  'unit-kind-not-scored': { severity: 'error', vi: 'Chỉ số {index} không chấm loại đơn vị của "{value}"', en: 'Index {index} does not score the kind of unit "{value}" is' },
  'bad-responses': { severity: 'error', vi: 'Số phiếu "{value}" phải là số nguyên dương', en: 'Number of responses "{value}" must be a positive whole number' },
  'province-index-undefined': { severity: 'error', vi: '{index} là chỉ số do tỉnh tự đánh giá: cần nhập bảng của tỉnh {province} trước (hoặc --definition)', en: '{index} is a province-run index: import {province}\'s table first (or give --definition)' },
  'unmatched-figure-column': { severity: 'error', vi: 'Cột "{value}" có {count} số liệu nhưng chưa ghép với thành phần nào: chọn thành phần cho cột này, hoặc chọn "Bỏ qua cột này" nếu không nhập nó', en: 'Column "{value}" holds {count} figures but matches no component: choose its component, or "Ignore this column" to leave it out' },
  'weighted-component-unmapped': { severity: 'warning', vi: '{component} — trọng số {weight}% — chưa ghép cột nào', en: '{componentEn} — weight {weight}% — no column matched' },
  'unmatched-header': { severity: 'warning', vi: 'Cột "{value}" không khớp thành phần nào, sẽ bỏ qua', en: 'Column "{value}" matches no component and will be ignored' },
  'indicator-sheet-skipped': { severity: 'warning', vi: 'Trang tính "{value}" không phải trang chỉ tiêu của một chỉ số thành phần (không có dòng mã chỉ tiêu trên dòng tỉnh đầu tiên, hoặc không có tỉnh): bỏ qua', en: 'Sheet "{value}" is not a sub-index indicator sheet (no row of indicator codes above the first province, or no provinces): left out' },
  'indicator-duplicate-code': { severity: 'error', vi: 'Mã chỉ tiêu "{value}" lặp lại (đã có ở {first})', en: 'Indicator code "{value}" appears twice (already at {first})' },
  'indicator-no-code': { severity: 'error', vi: 'Cột có {count} số liệu nhưng không có mã chỉ tiêu ở dòng {row}: không biết đó là chỉ tiêu nào', en: 'Column has {count} figures but no indicator code in row {row}: which indicator it holds is unknown' },
  'indicator-duplicate-province': { severity: 'error', vi: 'Tỉnh "{value}" lặp lại trong trang tính (đã có ở dòng {firstLine})', en: 'Province "{value}" appears twice in the sheet (already at row {firstLine})' },
  'no-indicator-sheet': { severity: 'error', vi: 'Không có trang tính chỉ tiêu cơ sở nào (mỗi chỉ số thành phần một trang: dòng 1 tên chỉ tiêu, dòng 3 mã, rồi mỗi tỉnh một dòng). Các trang: {sheets}', en: 'No base-indicator sheet found (one sheet per sub-index: row 1 labels, row 3 codes, then one row per province). Sheets: {sheets}' },
  'indicator-table-no-rows': { severity: 'error', vi: 'Không tìm thấy bảng chỉ tiêu của một tỉnh: cần một cột tên (hoặc mã) chỉ tiêu và một cột giá trị của tỉnh', en: 'No one-province indicator table found: it needs a column of indicator labels (or codes) and a column of the province\'s values' },
  'indicator-table-needs-year': { severity: 'error', vi: 'Không biết bảng chỉ tiêu này của năm nào (tiêu đề, cột giá trị và tên tệp không ghi năm): chọn năm', en: 'Which edition this indicator table belongs to is unknown (no year in its title, value column or file name): choose the year' },
  'indicator-table-needs-province': { severity: 'error', vi: 'Không biết bảng chỉ tiêu này của tỉnh nào (tiêu đề, cột giá trị và tên tệp không nêu tỉnh): chọn tỉnh', en: 'Which province this indicator table is about is unknown (no province in its title, value column or file name): choose the province' },
  'indicator-not-a-number': { severity: 'error', vi: 'Giá trị "{value}" của chỉ tiêu "{label}" không phải là số', en: 'Value "{value}" of indicator "{label}" is not a number' },
  'indicator-row-unmatched': { severity: 'warning', vi: 'Dòng "{value}" không khớp chỉ tiêu nào đã biết (mã hay tên): được liệt kê, chưa nhập. Nhập tệp Excel của VCCI năm đó trước để có danh mục chỉ tiêu', en: 'Row "{value}" matches no known indicator (code or label): listed, not imported. Import VCCI\'s workbook of that edition first to have its indicators' },
  'indicator-row-twice': { severity: 'error', vi: 'Chỉ tiêu "{value}" có hai dòng trong bảng: dòng này chưa được nhập', en: 'Indicator "{value}" has two rows in the table: this row is not imported' },
  'indicator-unknown': { severity: 'error', vi: 'Không nhận ra chỉ tiêu "{value}" (không khớp mã hay tên chỉ tiêu nào của {index} {year})', en: 'Unknown indicator "{value}" (matches no code or label of {index} {year})' },
};


export function problem(code: keyof typeof MESSAGES | string, at: Location, args: Args = {}): Problem {
  const def = MESSAGES[code];
  if (!def) throw new Error(`No message for problem code ${code}`);
  return { ...at, severity: def.severity, code, message: { vi: fillTemplate(def.vi, argsIn(args, 'vi')), en: fillTemplate(def.en, argsIn(args, 'en')) } };
}

/** Why the system would not read a file, by its error code, in words (never "ENOENT: no such file or directory, open …"). */
const READ_FAILURES: Record<string, Localised> = {
  ENOENT: { vi: 'không có tệp này (kiểm tra tên và thư mục)', en: 'no such file (check its name and folder)' },
  EISDIR: { vi: 'đây là một thư mục, không phải tệp', en: 'this is a folder, not a file' },
  EACCES: { vi: 'không có quyền đọc tệp này', en: 'no permission to read this file' },
  EPERM: { vi: 'không có quyền đọc tệp này', en: 'no permission to read this file' },
};

/** A file the system would not read (a CLI's input): `FILE:0:0: error: Cannot read file: no such file (…)`, both languages. */
export function unreadableFile(file: string, err: unknown): Problem {
  const code = err !== null && typeof err === 'object' && 'code' in err ? String((err as { code: unknown }).code) : '';
  return problem('unreadable-file', { file, line: 0, column: 0 }, { detail: READ_FAILURES[code] ?? { vi: 'hệ thống không cho đọc tệp', en: 'the system did not let it be read' } });
}

/** The arguments in one language; a cell's text (`value`) quoted as a short excerpt: a 1 MB cell gives a one-line message. */
function argsIn(args: Args, lang: 'vi' | 'en'): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(args)) {
    const text = typeof value === 'object' ? value[lang] : value;
    // A figure with decimals is written as the language writes it (15,2 in Vietnamese); whole numbers (lines, years) as they are.
    if (typeof text === 'number') out[key] = lang === 'vi' && !Number.isInteger(text) ? String(text).replace('.', ',') : text;
    else out[key] = key === 'value' ? excerpt(text, lang) : text;
  }
  return out;
}

/** `FILE:LINE:COL: message` — the form `npm run validate` prints and editors understand; `FILE: PCI 2016!M12: message` for a workbook, PDF or paste. */
export function formatProblem(p: Problem, lang: 'vi' | 'en' = 'en'): string {
  if (p.place) return `${p.file}: ${p.place[lang]}: ${p.severity}: ${p.message[lang]}`;
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message[lang]}`;
}

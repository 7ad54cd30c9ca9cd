import type { Strings } from '@/ui/i18n';

type Key =
  | 'title' | 'lede' | 'importTitle' | 'indexName' | 'year' | 'file' | 'chooseFile' | 'definition' | 'column' | 'header' | 'role' | 'scale' | 'kinds'
  | 'department' | 'locality' | 'higherIsBetter' | 'save' | 'saved' | 'errorsBlock' | 'problems' | 'noProblems' | 'figures' | 'compositeUnknown' | 'compositeMean'
  | 'rankTables' | 'departments' | 'localities' | 'component' | 'composite' | 'rank' | 'unit' | 'score' | 'grade' | 'responses' | 'notApplicable' | 'amongLoaded'
  | 'never' | 'profile' | 'median' | 'weak' | 'trend' | 'predecessors' | 'derived' | 'contributions' | 'noContributions' | 'export' | 'exportJson' | 'exportCsv'
  | 'remove' | 'deptPage' | 'owns' | 'index' | 'edition' | 'roleLead' | 'roleCo' | 'plan' | 'suggested' | 'evidence' | 'status' | 'target' | 'tasks' | 'value'
  | 'nothingOwned' | 'ownRatings' | 'noRatings' | 'print' | 'weakList' | 'none' | 'nothingLoaded' | 'writeError' | 'roles' | 'via' | 'added' | 'importLink' | 'importLede' | 'keptAside';

export const STRINGS: Strings<Key> = {
  vi: {
    title: 'Trong tỉnh: DDCI và các chỉ số tỉnh tự đánh giá',
    lede: 'Các sở, ban, ngành và địa phương (huyện đến 6/2025; xã, phường từ 7/2025) được tỉnh chấm điểm. Sở xếp hạng với sở, địa phương với địa phương — không bao giờ trộn lẫn.',
    importTitle: 'Nhập bảng của tỉnh', indexName: 'Tên chỉ số', year: 'Năm', file: 'Tệp CSV', chooseFile: 'Chọn tệp',
    definition: 'Định nghĩa lấy từ tiêu đề bảng (xác nhận hoặc sửa thang điểm)', column: 'Cột', header: 'Tiêu đề', role: 'Vai trò', scale: 'Thang (tối đa)',
    kinds: 'Đơn vị được chấm', department: 'Sở, ban, ngành', locality: 'Địa phương', higherIsBetter: 'Điểm cao hơn là tốt hơn',
    save: 'Lưu vào dữ liệu của tỉnh', saved: 'Đã lưu', errorsBlock: 'Có lỗi: sửa tệp rồi chọn lại; chưa lưu gì.', problems: 'Vấn đề', noProblems: 'Không có vấn đề.',
    figures: 'số liệu', compositeUnknown: 'Điểm tổng hợp không phải hàm đã biết của các thành phần: không tách đóng góp.', compositeMean: 'Điểm tổng hợp = {factor} × trung bình các thành phần được chấm.',
    rankTables: 'Bảng xếp hạng', departments: 'Sở, ban, ngành', localities: 'Địa phương', component: 'Thành phần', composite: 'Điểm tổng hợp', rank: 'Hạng', unit: 'Đơn vị',
    score: 'Điểm', grade: 'Xếp loại', responses: 'Số phiếu', notApplicable: 'không áp dụng', amongLoaded: 'hạng trong số các đơn vị cùng loại đã nạp, không phải hạng do tỉnh công bố',
    never: 'Sở và địa phương không xếp chung một bảng.', profile: 'Hồ sơ đơn vị', median: 'Trung vị cùng loại', weak: 'Yếu', trend: 'Xu hướng', predecessors: 'Đơn vị tiền thân (sắp xếp 2025)',
    derived: 'số liệu của đơn vị cũ, không nối vào chuỗi của đơn vị mới', contributions: 'Đóng góp vào thay đổi điểm tổng hợp', noContributions: 'Không tách được đóng góp (điểm tổng hợp không phải hàm đã biết, hoặc chưa có kỳ trước).',
    export: 'Xuất', exportJson: 'Xuất định nghĩa + số liệu (JSON)', exportCsv: 'Xuất CSV dạng dọc', remove: 'Xoá kỳ này',
    deptPage: 'Trang của sở', owns: 'Phụ trách trong các chỉ số quốc gia', index: 'Chỉ số', edition: 'Kỳ', roleLead: 'Chủ trì', roleCo: 'Phối hợp', plan: 'Theo kế hoạch',
    suggested: 'Gợi ý (mẫu phân công)', evidence: 'mức bằng chứng', status: 'Trạng thái', target: 'Mục tiêu', tasks: 'Nhiệm vụ', value: 'Điểm của tỉnh',
    nothingOwned: 'Kế hoạch chưa giao thành phần nào cho sở này, và mẫu phân công không gợi ý.', ownRatings: 'Tỉnh đánh giá sở này', noRatings: 'Chưa có chỉ số nào của tỉnh chấm sở này.',
    print: 'In cho Ban chỉ đạo', weakList: 'Thành phần yếu', none: 'không có', nothingLoaded: 'Chưa nhập chỉ số nào của tỉnh này.', writeError: 'Không ghi được vào bộ nhớ trình duyệt',
    roles: 'Vai trò', via: 'qua', added: 'đơn vị thêm từ bảng',
    importLink: 'Nhập bảng DDCI của tỉnh →', importLede: 'Bảng như tỉnh in (Excel .xlsx/.xls/.ods, PDF, dán từ trang web, CSV) được nhập trong thẻ Nhập dữ liệu, cùng quy trình kiểm tra và lưu như các chỉ số quốc gia.', keptAside: 'Dữ liệu DDCI cũ không đọc được, đã giữ riêng (không mất)',
  },
  en: {
    title: 'Inside the province: DDCI and other province-run indices',
    lede: 'Departments and localities (districts to June 2025; communes and wards from July 2025) scored by the province. Departments rank among departments, localities among localities — never mixed.',
    importTitle: "Import the province's table", indexName: 'Index name', year: 'Year', file: 'CSV file', chooseFile: 'Choose file',
    definition: 'Definition taken from the header (confirm or change the scales)', column: 'Column', header: 'Header', role: 'Role', scale: 'Scale (max)',
    kinds: 'Units scored', department: 'Departments', locality: 'Localities', higherIsBetter: 'Higher is better',
    save: "Save with the province's data", saved: 'Saved', errorsBlock: 'Errors: correct the file and choose it again; nothing saved.', problems: 'Problems', noProblems: 'No problems.',
    figures: 'figures', compositeUnknown: 'The composite is not a known function of the components: no contributions.', compositeMean: 'Composite = {factor} × mean of the scored components.',
    rankTables: 'Rank tables', departments: 'Departments', localities: 'Localities', component: 'Component', composite: 'Composite', rank: 'Rank', unit: 'Unit',
    score: 'Score', grade: 'Grade', responses: 'Responses', notApplicable: 'not applicable', amongLoaded: 'rank among the loaded units of the same kind, not a rank the province published',
    never: 'Departments and localities are never ranked in one table.', profile: 'Unit profile', median: 'Median of its kind', weak: 'Weak', trend: 'Trend', predecessors: 'Predecessors (2025 reorganisation)',
    derived: "former units' figures, not joined into the new unit's series", contributions: "Contributions to the composite's change", noContributions: 'No contributions (the composite is not a known function, or no previous edition).',
    export: 'Export', exportJson: 'Export definition + figures (JSON)', exportCsv: 'Export long CSV', remove: 'Remove this edition',
    deptPage: "Department's page", owns: 'What it owns in the national indices', index: 'Index', edition: 'Edition', roleLead: 'Lead', roleCo: 'Co-owner', plan: 'In the plan',
    suggested: 'Suggested (assignment template)', evidence: 'evidence', status: 'Status', target: 'Target', tasks: 'Tasks', value: "Province's score",
    nothingOwned: 'The plan assigns nothing to this department and the template suggests nothing.', ownRatings: 'How the province rated it', noRatings: 'No province-run index scores this department yet.',
    print: 'Print for the steering committee', weakList: 'Weak components', none: 'none', nothingLoaded: 'No province-run index imported for this province yet.', writeError: 'Could not write to browser storage',
    roles: 'Role', via: 'via', added: 'unit added from the table',
    importLink: "Import the province's DDCI table →", importLede: 'A table as the province prints it (Excel .xlsx/.xls/.ods, PDF, pasted from a web page, CSV) is imported in the Import tab, with the same checks and storage as the national indices.', keptAside: 'Earlier DDCI data could not be read and is kept aside (not lost)',
  },
};

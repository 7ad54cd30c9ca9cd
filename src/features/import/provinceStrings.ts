/** Words of the Import tab's destination "a province's own index" (DDCI …). */
import type { ProvinceColumnRole } from '@/domain/province/provinceIndex';
import type { Lang } from '@/domain/catalogue/types';

interface ProvinceImportStrings {
  destination: string;
  national: string;
  provinceIndex: string;
  heading: string;
  lede: string;
  indexName: string;
  year: string;
  drop: string;
  choose: string;
  paste: string;
  pasteName: string;
  working: string;
  failed: string;
  sheet: string;
  definition: string;
  column: string;
  header: string;
  role: string;
  scale: string;
  kinds: string;
  department: string;
  locality: string;
  diff: string;
  save: string;
  figures: string;
  cancel: string;
  saved: string;
  toProvince: string;
  roles: Record<ProvinceColumnRole, string>;
}

export const PROVINCE_STRINGS: Record<Lang, ProvinceImportStrings> = {
  vi: {
    destination: 'Nhập vào',
    national: 'Chỉ số quốc gia (PCI, PAPI, PAR INDEX, SIPAS …)',
    provinceIndex: 'Chỉ số do tỉnh tự đánh giá (DDCI …) của {province}',
    heading: 'Nhập chỉ số của tỉnh',
    lede: 'Bảng như tỉnh in: dòng tiêu đề, cột STT, tiêu đề hai dòng, dòng nhóm ("KHỐI SỞ, BAN, NGÀNH") và ghi chú được nhận ra; Excel (.xlsx, .xls, .ods), PDF có lớp chữ, bảng dán hoặc CSV.',
    indexName: 'Tên chỉ số',
    year: 'Năm',
    drop: 'Kéo thả tệp vào đây',
    choose: 'Chọn tệp (Excel, PDF, CSV)',
    paste: 'Hoặc dán bảng (Ctrl+V) vào đây',
    pasteName: 'bảng dán',
    working: 'Đang đọc và kiểm tra',
    failed: 'Không thực hiện được',
    sheet: 'Trang tính',
    definition: 'Định nghĩa lấy từ tiêu đề bảng: vai trò của từng cột và thang điểm (xác nhận hoặc sửa)',
    column: 'Cột',
    header: 'Tiêu đề',
    role: 'Ý nghĩa',
    scale: 'Thang (tối đa)',
    kinds: 'Đơn vị được chấm',
    department: 'Sở, ban, ngành',
    locality: 'Địa phương',
    diff: 'Mới: {added} · thay đổi so với đã lưu: {replaced} · giống đã lưu: {unchanged}',
    save: 'Lưu vào dữ liệu của tỉnh',
    figures: 'số liệu',
    cancel: 'Huỷ',
    saved: 'Đã lưu',
    toProvince: 'Xem trong thẻ Trong tỉnh (DDCI)',
    roles: { unit: 'Đơn vị (sở, địa phương)', responses: 'Số phiếu trả lời', component: 'Chỉ số thành phần', composite: 'Điểm tổng hợp', grade: 'Xếp loại', rank: 'Xếp hạng', ignore: 'Bỏ qua cột này' },
  },
  en: {
    destination: 'Import into',
    national: 'A national index (PCI, PAPI, PAR INDEX, SIPAS …)',
    provinceIndex: "{province}'s own index (DDCI …)",
    heading: "Import a province's own index",
    lede: 'A table as the province prints it: title rows, an STT column, a two-row header, section rows ("KHỐI SỞ, BAN, NGÀNH") and footnotes are recognised; Excel (.xlsx, .xls, .ods), a text PDF, a pasted table or CSV.',
    indexName: 'Index name',
    year: 'Year',
    drop: 'Drop a file here',
    choose: 'Choose a file (Excel, PDF, CSV)',
    paste: 'Or paste a table (Ctrl+V) here',
    pasteName: 'pasted table',
    working: 'Reading and checking',
    failed: 'Could not complete',
    sheet: 'Sheet',
    definition: "Definition read from the table's header: each column's meaning and scale (confirm or change)",
    column: 'Column',
    header: 'Header',
    role: 'Meaning',
    scale: 'Scale (max)',
    kinds: 'Units scored',
    department: 'Departments',
    locality: 'Localities',
    diff: 'New: {added} · different from saved: {replaced} · same as saved: {unchanged}',
    save: "Save to the province's data",
    figures: 'figures',
    cancel: 'Cancel',
    saved: 'Saved',
    toProvince: 'See it in the Inside the province tab',
    roles: { unit: 'Unit (department, locality)', responses: 'Number of responses', component: 'Component', composite: 'Composite', grade: 'Grade', rank: 'Rank', ignore: 'Leave this column out' },
  },
};

/**
 * Where each index's full table is published, and in what form, for the Import tab's note. Publishers
 * as in ../shared/domain/indices.md; addresses are the publishers' own sites.
 */
import type { Localised } from '@/domain/catalogue/types';

export interface TableSource {
  index: string;
  publisher: Localised;
  url: string;
  form: Localised;
}

export const TABLE_SOURCES: TableSource[] = [
  {
    index: 'PCI',
    publisher: { vi: 'VCCI', en: 'VCCI' },
    url: 'https://www.pcivietnam.vn/bang-chi-so-cac-tinh-thanh-viet-nam',
    form: { vi: 'bảng trên trang "Bảng chỉ số PCI" (sao chép rồi dán), hoặc tệp Excel dữ liệu PCI', en: 'the "PCI table" web page (copy and paste), or the PCI data workbook' },
  },
  {
    index: 'PAPI',
    publisher: { vi: 'CECODES, VFF-CRT, RTA, UNDP', en: 'CECODES, VFF-CRT, RTA, UNDP' },
    url: 'https://papi.org.vn',
    form: { vi: 'phụ lục báo cáo PAPI hằng năm (Excel/PDF): 8 chỉ số nội dung và điểm tổng hợp', en: 'the annual PAPI report annex (Excel/PDF): 8 dimensions and the aggregate' },
  },
  {
    index: 'PAR',
    publisher: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
    url: 'https://moha.gov.vn',
    form: { vi: 'phụ lục PDF của Quyết định phê duyệt và công bố Chỉ số CCHC (PAR INDEX) năm: các lĩnh vực, điểm và xếp hạng', en: 'the PDF annex to the decision approving the PAR INDEX of the year: fields, score and rank' },
  },
  {
    index: 'SIPAS',
    publisher: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
    url: 'https://moha.gov.vn',
    form: { vi: 'phụ lục PDF của Quyết định công bố Chỉ số hài lòng (SIPAS) năm: các yếu tố và tỷ lệ hài lòng (%)', en: 'the PDF annex to the decision publishing SIPAS of the year: elements and satisfaction (%)' },
  },
];

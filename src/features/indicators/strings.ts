import type { Strings } from '@/ui/i18n';

export const indicatorStrings: Strings<
  | 'title'
  | 'intro'
  | 'component'
  | 'indicator'
  | 'value'
  | 'median'
  | 'best'
  | 'rank'
  | 'change'
  | 'toBest'
  | 'weak'
  | 'owner'
  | 'weakTitle'
  | 'weakRules'
  | 'noWeak'
  | 'noIndicators'
  | 'noIndicatorsPci'
  | 'importTitle'
  | 'importHelp'
  | 'importChoose'
  | 'imported'
  | 'amongLoaded'
  | 'directionUndecided'
  | 'lowerBetter'
  | 'higherBetter'
  | 'since'
  | 'noPrevious'
  | 'backToProfile'
  | 'outOf'
  | 'basedOn'
  | 'basisPlan'
  | 'basisSuggested'
  | 'asSubIndex'
  | 'ownerAsSubIndex'
  | 'planOf'
  | 'unmatchedTitle'
  | 'unmatchedHelp'
  | 'unmatchedOther'
> = {
  vi: {
    title: 'Chỉ tiêu',
    intro: 'Mỗi chỉ tiêu theo đơn vị của nó; hạng theo chiều "tốt hơn" của chỉ tiêu (ngang nhau thì cùng hạng); thay đổi so với kỳ gần nhất còn so sánh được.',
    component: 'Chỉ số thành phần',
    indicator: 'Chỉ tiêu',
    value: 'Giá trị',
    median: 'Trung vị cả nước',
    best: 'Tốt nhất',
    rank: 'Hạng',
    change: 'Thay đổi',
    toBest: 'Cách tốt nhất',
    weak: 'Yếu',
    owner: 'Cơ quan phụ trách',
    weakTitle: 'Chỉ tiêu yếu (xa nhất trước)',
    weakRules: 'Quy tắc: "Nhóm cuối bảng" = hạng toàn quốc trong {share}% cuối (từ hạng {start}); "Kém hơn tỉnh trung vị" = kém hơn trung vị cả nước theo chiều của chỉ tiêu. Xếp theo tỷ lệ tỉnh làm tốt hơn.',
    noWeak: 'Không có chỉ tiêu nào yếu theo hai quy tắc trên.',
    noIndicators: 'Chưa có số liệu chỉ tiêu cho chỉ số thành phần này năm {year}.',
    noIndicatorsPci: 'Số liệu chỉ tiêu cơ sở PCI nằm trong tệp Excel của VCCI (mỗi chỉ số thành phần một trang). Nhập tệp (hoặc bảng chỉ tiêu của một tỉnh) ở thẻ Nhập dữ liệu.',
    importTitle: 'Số liệu chỉ tiêu cơ sở PCI',
    unmatchedTitle: 'Dòng chưa ghép được với chỉ tiêu nào',
    unmatchedHelp: 'Các dòng này trong bảng chỉ tiêu của tỉnh không khớp mã hay tên chỉ tiêu nào đã nhập nên chưa được tính ở bảng trên; ghi đúng như trong bảng.',
    unmatchedOther: 'Chưa ghép được (không rõ chỉ số thành phần)',
    importHelp: 'Nhập ở thẻ Nhập dữ liệu (đích: Bảng chỉ tiêu cơ sở): tệp Excel của VCCI với mỗi chỉ số thành phần một trang, năm nào cũng được, hoặc bảng chỉ tiêu của một tỉnh. Số liệu lưu trong trình duyệt này.',
    importChoose: 'Nhập bảng chỉ tiêu PCI {year} →',
    imported: 'Đã nhập',
    amongLoaded: 'hạng trong số tỉnh có số liệu, không phải hạng toàn quốc',
    directionUndecided: 'chưa rõ chiều tốt hơn (cần rà soát)',
    lowerBetter: 'thấp hơn là tốt hơn',
    higherBetter: 'cao hơn là tốt hơn',
    since: 'so với {year}',
    noPrevious: 'không có kỳ trước so sánh được',
    backToProfile: 'Về hồ sơ tỉnh',
    outOf: 'trên',
    basedOn: 'tính trên {n}/{total} tỉnh',
    basisPlan: 'theo kế hoạch',
    basisSuggested: 'gợi ý',
    asSubIndex: 'như chỉ số thành phần',
    ownerAsSubIndex: '— Như chỉ số thành phần —',
    planOf: 'theo kế hoạch {year}',
  },
  en: {
    title: 'Indicators',
    intro: 'Each indicator in its own unit; rank by the indicator\'s own "better" direction (ties share a rank); change since the last comparable edition.',
    component: 'Sub-index',
    indicator: 'Indicator',
    value: 'Value',
    median: 'National median',
    best: 'Best',
    rank: 'Rank',
    change: 'Change',
    toBest: 'To the best',
    weak: 'Weak',
    owner: 'Owner',
    weakTitle: 'Weak indicators (furthest behind first)',
    weakRules: 'Rules: "Bottom of the table" = national rank in the bottom {share}% (from rank {start}); "Worse than the median province" = worse than the national median in the indicator\'s direction. Sorted by the share of provinces doing better.',
    noWeak: 'No indicator is weak by these two rules.',
    noIndicators: 'No indicator figures for this sub-index in {year}.',
    noIndicatorsPci: 'PCI base-indicator figures are in VCCI\'s Excel workbooks (one sheet per sub-index). Import the edition you need (or one province\'s indicator table) in the Import tab.',
    importTitle: 'PCI base-indicator figures',
    unmatchedTitle: 'Rows not matched to any indicator',
    unmatchedHelp: 'These rows of the province\'s indicator table match no imported indicator\'s code or label, so they are not counted in the table above; shown as printed.',
    unmatchedOther: 'Not matched (sub-index unknown)',
    importHelp: 'Imported in the Import tab (destination: indicator tables): VCCI\'s workbook with one sheet per sub-index, any edition, or one province\'s indicator table. The figures are kept in this browser.',
    importChoose: 'Import PCI {year} indicator tables →',
    imported: 'Imported',
    amongLoaded: 'rank among the provinces with a figure, not a national rank',
    directionUndecided: 'direction not known yet (needs review)',
    lowerBetter: 'lower is better',
    higherBetter: 'higher is better',
    since: 'since {year}',
    noPrevious: 'no comparable earlier edition',
    backToProfile: 'Back to the profile',
    outOf: 'of',
    basedOn: 'on {n} of {total} provinces',
    basisPlan: 'plan',
    basisSuggested: 'suggested',
    asSubIndex: 'as its sub-index',
    ownerAsSubIndex: '— As its sub-index —',
    planOf: 'per the {year} plan',
  },
};

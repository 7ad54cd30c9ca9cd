import type { Strings } from '@/ui/i18n';

export const briefStrings: Strings<
  | 'tab'
  | 'title'
  | 'print'
  | 'printHint'
  | 'generated'
  | 'indices'
  | 'index'
  | 'year'
  | 'score'
  | 'rank'
  | 'change'
  | 'tier'
  | 'noData'
  | 'official'
  | 'amongLoaded'
  | 'computed'
  | 'whyMoved'
  | 'compositeChange'
  | 'mainDrivers'
  | 'notComparable'
  | 'gapNext'
  | 'gapNextBound'
  | 'gapNextAmongLoaded'
  | 'noWeakSoFar'
  | 'gapTier'
  | 'noMove'
  | 'noMoveNotRanked'
  | 'noMoveRankOnly'
  | 'weak'
  | 'component'
  | 'value'
  | 'median'
  | 'gap'
  | 'department'
  | 'noDepartment'
  | 'noWeak'
  | 'noComponentData'
  | 'sources'
  | 'coverage'
  | 'places'
  | 'points'
  | 'since'
  | 'assignmentsMissing'
  | 'suggestedOwner'
  | 'link'
  | 'sameRank'
  | 'noComponents'
  | 'withheld'
> = {
  vi: {
    tab: 'Bản tóm tắt',
    title: 'Tóm tắt chỉ số quản trị cấp tỉnh',
    print: 'In / lưu PDF',
    printHint: 'Một trang A4; chọn “Lưu thành PDF” trong hộp thoại in.',
    generated: 'Lập ngày',
    indices: 'Bốn chỉ số',
    index: 'Chỉ số',
    year: 'Năm',
    score: 'Điểm',
    rank: 'Hạng',
    change: 'Thay đổi hạng / điểm',
    tier: 'Nhóm',
    noData: 'Chưa có số liệu',
    official: 'chính thức',
    amongLoaded: 'trong số tỉnh đã nạp',
    computed: 'tính từ điểm',
    whyMoved: 'Vì sao hạng thay đổi',
    compositeChange: 'Điểm tổng hợp {change} so với {base}',
    mainDrivers: 'đóng góp chính',
    notComparable: 'Có thay đổi phương pháp giữa {base} và {year}: thay đổi không hoàn toàn so sánh được.',
    gapNext: 'cần thêm {gap} điểm để vượt {unit}',
    gapNextBound: 'cần thêm {gap} điểm để vượt {unit} (hạng {target}); tỉnh hạng {next} chưa được nạp, nên khoảng cách tới hạng {next} là tối đa {gap} điểm, không phải con số chính xác',
    gapNextAmongLoaded: 'cần thêm {gap} điểm để vượt {unit} ({target}, hạng trong số tỉnh đã nạp — tới hạng trên toàn quốc là tối đa {gap} điểm)',
    noWeakSoFar: 'Chưa thấy thành phần yếu theo các quy tắc chạy được — chưa kết luận được là không có.',
    gapTier: 'cần thêm {gap} điểm để vào nhóm {tier}',
    noMove: 'Không so sánh được: tỉnh chưa có điểm tổng hợp của kỳ trước ({previous}).',
    noMoveNotRanked: 'Không so sánh được với kỳ trước: {province}',
    noMoveRankOnly: 'Không tách được: kỳ {year} chỉ công bố hạng, chưa có điểm tổng hợp.',
    noComponentData: 'Chưa có số liệu chỉ số thành phần của tỉnh cho kỳ này: chưa đánh giá được.',
    weak: 'Chỉ số thành phần yếu và cơ quan chủ trì',
    component: 'Chỉ số thành phần',
    value: 'Điểm',
    median: 'Trung vị',
    gap: 'Chênh lệch',
    department: 'Cơ quan chủ trì',
    noDepartment: 'chưa phân công',
    noWeak: 'Không có chỉ số thành phần nào bị đánh giá là yếu.',
    sources: 'Nguồn',
    coverage: 'Độ phủ',
    places: 'bậc',
    points: 'điểm',
    since: 'so với',
    assignmentsMissing: 'Chưa có phân công (mục “Phân công & theo dõi”).',
    suggestedOwner: 'đề xuất theo mẫu, chưa phân công',
    link: 'Đường dẫn',
    sameRank: 'giữ hạng',
    withheld: 'Chưa đánh giá được: năm này mới có số liệu của {loaded}/{expected} tỉnh, chưa đủ để so với trung vị cả nước.',
    noComponents: '(chưa có số liệu chỉ số thành phần để tách đóng góp).',
  },
  en: {
    tab: 'Brief',
    title: 'Provincial governance indices: brief',
    print: 'Print / save PDF',
    printHint: 'One A4 page; choose "Save as PDF" in the print dialog.',
    generated: 'Prepared on',
    indices: 'The four indices',
    index: 'Index',
    year: 'Year',
    score: 'Score',
    rank: 'Rank',
    change: 'Rank / score change',
    tier: 'Tier',
    noData: 'No data',
    official: 'official',
    amongLoaded: 'among loaded provinces',
    computed: 'computed from scores',
    whyMoved: 'Why the rank moved',
    compositeChange: 'Composite {change} since {base}',
    mainDrivers: 'main drivers',
    notComparable: 'The method changed between {base} and {year}: the change is not fully like-for-like.',
    gapNext: '{gap} points short of overtaking {unit}',
    gapNextBound: '{gap} points short of overtaking {unit} (rank {target}); rank {next} is not loaded, so the gap to rank {next} is at most {gap}, not an exact figure',
    gapNextAmongLoaded: '{gap} points short of overtaking {unit} ({target}, ranks among loaded provinces — at most {gap} to the next national rank)',
    noWeakSoFar: 'No component found weak by the rules that could run — not a finding that none is.',
    gapTier: '{gap} points short of tier {tier}',
    noMove: 'No comparison: the province has no composite score for the previous edition ({previous}).',
    noMoveNotRanked: 'No comparison with the previous edition: {province}',
    noMoveRankOnly: 'Not split: the {year} edition printed a rank only, no composite score.',
    noComponentData: 'No component figures for the province in this edition: not assessed.',
    weak: 'Weak components and their lead departments',
    component: 'Component',
    value: 'Score',
    median: 'Median',
    gap: 'Gap',
    department: 'Lead department',
    noDepartment: 'not assigned',
    noWeak: 'No component is assessed as weak.',
    sources: 'Sources',
    coverage: 'Coverage',
    places: 'places',
    points: 'points',
    since: 'since',
    assignmentsMissing: 'No assignments yet (see "Assignments & follow-up").',
    suggestedOwner: 'suggested by the template, not yet assigned',
    link: 'Link',
    sameRank: 'same rank',
    withheld: 'Cannot assess: only {loaded} of {expected} provinces are loaded this year, too few for national comparisons.',
    noComponents: '(no component figures to split the change).',
  },
};

export { fillTemplate as fill } from '@/domain/catalogue/text';

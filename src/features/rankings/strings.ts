import type { Strings } from '@/ui/i18n';

export const rankingStrings: Strings<
  | 'title'
  | 'rankChange'
  | 'scoreChange'
  | 'tier'
  | 'tierComputedNote'
  | 'official'
  | 'computed'
  | 'amongLoaded'
  | 'rankBasisHeader'
  | 'comparisonHeader'
  | 'derived'
  | 'derivedChange'
  | 'sameProvince'
  | 'boundaryNote'
  | 'vs'
  | 'noYear'
  | 'baseYear'
  | 'previousYear'
  | 'noBase'
  | 'region'
  | 'allRegions'
  | 'missing'
  | 'missingNote'
  | 'methodBreak'
  | 'methodBreakNote'
  | 'baseRank'
  | 'partial'
  | 'regionNote'
  | 'noChangeNote'
  | 'openProfile'
  | 'change'
> = {
  vi: {
    title: 'Bảng xếp hạng',
    openProfile: 'mở hồ sơ tỉnh',
    rankChange: 'Thay đổi hạng',
    scoreChange: 'Thay đổi điểm',
    tier: 'Nhóm',
    tierComputedNote: 'Nhóm tính theo quy tắc nhóm của {index}, không phải nhóm in trong bảng công bố.',
    official: 'hạng chính thức đã công bố',
    computed: 'tính từ điểm (đủ các tỉnh)',
    amongLoaded: 'hạng trong số các tỉnh đã nạp, không phải hạng toàn quốc',
    rankBasisHeader: 'Loại hạng',
    comparisonHeader: 'Cách so sánh với năm gốc',
    derived: 'dẫn xuất',
    derivedChange: 'so sánh dẫn xuất: so với trung bình không trọng số của các tỉnh cũ hợp thành đơn vị',
    sameProvince: 'cùng tỉnh (không sáp nhập)',
    boundaryNote: 'So sánh qua mốc sáp nhập 2025: hạng năm gốc là hạng trên {base} tỉnh, hạng năm nay trên {now} đơn vị — không trừ cho nhau; thay đổi điểm của đơn vị sáp nhập là số dẫn xuất.',
    vs: 'so với',
    noYear: 'Chưa có số liệu cho chỉ số này.',
    baseYear: 'So với năm',
    previousYear: 'Năm trước',
    noBase: 'Không so sánh',
    region: 'Vùng',
    allRegions: 'Cả nước',
    missing: 'không có số liệu',
    missingNote: 'Tỉnh không có số liệu năm này được ghi "—", không xếp hạng.',
    methodBreak: 'Thay đổi phương pháp',
    methodBreakNote: 'Thay đổi giữa {base} và {year} đi qua thay đổi phương pháp — không nên đọc như thay đổi thực chất:',
    baseRank: 'Hạng năm so sánh',
    partial: 'Dữ liệu một phần: {loaded} trên {expected} tỉnh. Hạng là hạng chính thức đã công bố; hạng có dấu * chỉ tính trong số tỉnh đã nạp.',
    regionNote: 'Lọc theo vùng giữ nguyên hạng toàn quốc.',
    noChangeNote: 'Thay đổi hạng chỉ được tính giữa hai hạng toàn quốc.',
    change: 'Thay đổi',
  },
  en: {
    openProfile: 'open the province profile',
    title: 'Rank table',
    rankChange: 'Rank change',
    scoreChange: 'Score change',
    tier: 'Tier',
    tierComputedNote: 'Group computed with the grouping rule of {index}, not a group printed in the published table.',
    official: 'official published rank',
    computed: 'computed from scores (all provinces loaded)',
    amongLoaded: 'rank among loaded provinces, not a national rank',
    rankBasisHeader: 'Rank basis',
    comparisonHeader: 'Comparison with the base year',
    derived: 'derived',
    derivedChange: 'derived comparison: against the unweighted mean of the old provinces that formed the unit',
    sameProvince: 'same province (not merged)',
    boundaryNote: 'Across the 2025 merger: base-year ranks are out of {base} provinces, this year out of {now} units — never subtracted; score changes of merged units are derived.',
    vs: 'vs',
    noYear: 'No data for this index yet.',
    baseYear: 'Compare with',
    previousYear: 'Previous year',
    noBase: 'No comparison',
    region: 'Region',
    allRegions: 'Whole country',
    missing: 'no data',
    missingNote: 'Provinces without data this year show "—" and are not ranked.',
    methodBreak: 'Method break',
    methodBreakNote: 'The change from {base} to {year} crosses a method break — do not read it as real change:',
    baseRank: 'Base-year rank',
    partial: 'Partial data: {loaded} of {expected} provinces. Ranks are the published official ranks; ranks marked * are among loaded provinces only.',
    regionNote: 'A region filter keeps national ranks.',
    noChangeNote: 'Rank changes are only given between two national ranks.',
    change: 'Change',
  },
};

export { fillTemplate as fill } from '@/domain/catalogue/text';

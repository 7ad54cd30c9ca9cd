import type { Strings } from '@/ui/i18n';

export const profileStrings: Strings<
  | 'title'
  | 'indicatorsHeader'
  | 'openIndicators'
  | 'composite'
  | 'rankLabel'
  | 'vs'
  | 'noData'
  | 'componentsTitle'
  | 'component'
  | 'score'
  | 'rank'
  | 'change'
  | 'rankChange'
  | 'median'
  | 'best'
  | 'regionMedian'
  | 'top10'
  | 'basedOn'
  | 'withheld'
  | 'weakTitle'
  | 'noWeakSoFar'
  | 'dataConflict'
  | 'printedSource'
  | 'scoresSource'
  | 'rankShort'
  | 'rankBasisHeader'
  | 'gapNextRankBound'
  | 'gapBoundNote'
  | 'gapAmongLoaded'
  | 'outOf'
  | 'derivedChange'
  | 'sameProvinceChange'
  | 'noRankSubtraction'
  | 'weakIntro'
  | 'noWeak'
  | 'noComponentData'
  | 'notRankedNoWeak'
  | 'notRankedNoMove'
  | 'costs'
  | 'points'
  | 'costUnknown'
  | 'moveTitle'
  | 'compositeChange'
  | 'contribution'
  | 'weight'
  | 'residual'
  | 'reweighting'
  | 'weightsUnknown'
  | 'gapNextRank'
  | 'gapNextTier'
  | 'gapTop'
  | 'isTop'
  | 'methodBreak'
  | 'notComparable'
  | 'mostImproved'
  | 'improvedAmong'
  | 'improvedAmongNotRanked'
  | 'improvedAmongNotRankedOrMissing'
  | 'places'
  | 'trendsTitle'
  | 'trendsNote'
  | 'harmonisedTitle'
  | 'derived'
  | 'year'
  | 'value'
  | 'constituents'
  | 'source'
  | 'amongLoaded'
  | 'official'
  | 'weak'
  | 'contributionChart'
  | 'noBase'
  | 'noBaseValue'
  | 'lowestInTier'
> = {
  vi: {
    indicatorsHeader: 'Chỉ tiêu',
    openIndicators: 'Xem chỉ tiêu',
    title: 'Hồ sơ tỉnh',
    composite: 'Điểm tổng hợp',
    rankLabel: 'Hạng',
    vs: 'so với',
    noData: 'Chưa có số liệu của tỉnh cho chỉ số và năm này.',
    componentsTitle: 'Các chỉ số thành phần',
    component: 'Chỉ số thành phần',
    score: 'Điểm',
    rank: 'Hạng',
    change: 'Thay đổi điểm',
    rankChange: 'Thay đổi hạng',
    median: 'Trung vị cả nước',
    best: 'Tỉnh cao nhất',
    regionMedian: 'Trung vị vùng',
    top10: 'TB 10 tỉnh đầu',
    basedOn: 'dựa trên {n} trên {total} tỉnh',
    withheld: 'Năm này chỉ có {n} trên {total} tỉnh: không tính trung vị, tỉnh cao nhất, trung vị vùng (trừ khi hạng công bố đã xác định).',
    weakTitle: 'Chỉ số thành phần yếu — xếp theo số điểm tổng hợp bị mất',
    noWeakSoFar: 'Chưa thấy chỉ số thành phần nào yếu theo các quy tắc chạy được — không có nghĩa là không có thành phần yếu.',
    dataConflict: 'Số liệu mâu thuẫn',
    printedSource: 'Nguồn ghi',
    scoresSource: 'nguồn được dùng ghi',
    rankShort: 'hạng',
    rankBasisHeader: 'Loại hạng',
    gapNextRankBound: 'Cách hạng {next}: chưa biết (tỉnh hạng {next} chưa được nạp). Cách {name} (hạng {target})',
    gapBoundNote: 'tối đa — không phải khoảng cách chính xác',
    gapAmongLoaded: 'Hạng trong số tỉnh đã nạp: cách {name} (hạng {target})',
    outOf: 'trên',
    derivedChange: 'so sánh dẫn xuất: trung bình không trọng số của các tỉnh cũ hợp thành',
    sameProvinceChange: 'cùng tỉnh, không sáp nhập',
    noRankSubtraction: 'hạng trên 63 và hạng trên 34 không trừ cho nhau',
    weakIntro: 'Quy tắc: thuộc {share}% cuối cả nước (từ hạng {start}), hoặc dưới trung vị cả nước, hoặc giảm {n} kỳ liên tiếp. Điểm mất = (trung vị − điểm) × trọng số × {factor}.',
    noWeak: 'Không có chỉ số thành phần nào yếu theo các quy tắc này.',
    noComponentData: 'Chưa có số liệu chỉ số thành phần của tỉnh cho kỳ này (nhập bảng đầy đủ khi được công bố): chưa đánh giá được.',
    notRankedNoMove: 'Không so sánh được thứ hạng giữa hai kỳ (không phải thiếu số liệu).',
    notRankedNoWeak: 'đơn vị công bố không xếp hạng tỉnh trong kỳ này, nên không có điểm yếu để đánh giá (không phải thiếu số liệu).',
    costs: 'mất',
    points: 'điểm tổng hợp',
    costUnknown: 'không tính được điểm mất (chưa rõ trọng số hoặc trung vị)',
    moveTitle: 'Vì sao thứ hạng thay đổi',
    compositeChange: 'Thay đổi điểm tổng hợp',
    contribution: 'Đóng góp',
    weight: 'Trọng số',
    residual: 'Phần chưa giải thích (làm tròn, thiếu số liệu)',
    reweighting: 'Do trọng số mới',
    weightsUnknown: 'Chưa rõ trọng số của kỳ này: không tách được đóng góp của từng chỉ số thành phần.',
    gapNextRank: 'Cách hạng trên ({name})',
    gapNextTier: 'Cách nhóm {tier}',
    gapTop: 'Cách hạng 1',
    isTop: 'Đang đứng đầu',
    methodBreak: 'Thay đổi phương pháp',
    notComparable: 'So sánh đi qua thay đổi phương pháp — không nên đọc như thay đổi thực chất.',
    mostImproved: 'Tăng hạng nhiều nhất cả nước',
    improvedAmong: 'Chỉ trong {compared} trên {expected} tỉnh có hạng toàn quốc ở cả hai năm: các tỉnh khác chưa có số liệu.',
    improvedAmongNotRanked: 'Chỉ trong {compared} trên {expected} tỉnh có hạng toàn quốc ở cả hai năm: {notRanked} tỉnh không được xếp hạng năm {base} (không phải thiếu số liệu).',
    improvedAmongNotRankedOrMissing: 'Chỉ trong {compared} trên {expected} tỉnh có hạng toàn quốc ở cả hai năm: {notRanked} tỉnh không được xếp hạng năm {base}, các tỉnh khác chưa có số liệu.',
    places: 'bậc',
    trendsTitle: 'Xu hướng từng chỉ số thành phần',
    trendsNote: 'Dài hạn = 10 năm, gần đây = 5 năm; điểm tổng hợp chỉ tính từ lần thay đổi phương pháp gần nhất. Vạch đứt = thay đổi phương pháp.',
    harmonisedTitle: 'Lịch sử theo đơn vị hành chính 2025',
    derived: 'dẫn xuất',
    year: 'Năm',
    value: 'Giá trị',
    constituents: 'Các tỉnh cũ',
    source: 'Tính từ dữ liệu đã nạp; quy tắc trong src/domain',
    amongLoaded: 'trong số tỉnh đã nạp',
    official: 'chính thức',
    weak: 'Yếu',
    contributionChart: 'Đóng góp vào thay đổi điểm tổng hợp',
    noBase: 'Không có năm so sánh: đây là năm đầu tiên có số liệu của chỉ số này.',
    noBaseValue: 'Chưa có điểm tổng hợp {base} của tỉnh này (năm so sánh) hoặc của năm {year}: không tách được vì sao thứ hạng thay đổi. Nạp bảng {base} đầy đủ để so sánh.',
    lowestInTier: 'so với điểm thấp nhất được xếp vào nhóm năm nay (VCCI không công bố ngưỡng)',
  },
  en: {
    indicatorsHeader: 'Indicators',
    openIndicators: 'See indicators',
    title: 'Province profile',
    composite: 'Composite',
    rankLabel: 'Rank',
    vs: 'vs',
    noData: 'No figures for this province, index and year.',
    componentsTitle: 'Components',
    component: 'Component',
    score: 'Score',
    rank: 'Rank',
    change: 'Score change',
    rankChange: 'Rank change',
    median: 'National median',
    best: 'Best province',
    regionMedian: 'Region median',
    top10: 'Top-10 average',
    basedOn: 'based on {n} of {total}',
    withheld: 'Only {n} of {total} provinces this year: national median, best province and region median are withheld (unless printed ranks settle them).',
    weakTitle: 'Weak components — by points of composite lost',
    noWeakSoFar: 'No component found weak by the rules that could run — which does not mean none is weak.',
    dataConflict: 'Data conflict',
    printedSource: 'One source prints',
    scoresSource: 'the source used prints',
    rankShort: 'rank',
    rankBasisHeader: 'Rank basis',
    gapNextRankBound: 'Gap to rank {next}: not known (rank {next} not loaded). To {name} (rank {target})',
    gapBoundNote: 'at most — not the exact gap',
    gapAmongLoaded: 'Ranks among loaded provinces: to {name} (rank {target})',
    outOf: 'of',
    derivedChange: 'derived comparison: unweighted mean of the old provinces that formed the unit',
    sameProvinceChange: 'same province, not merged',
    noRankSubtraction: 'a rank of 63 and a rank of 34 are not subtracted',
    weakIntro: 'Rules: in the bottom {share}% nationally (from rank {start}), or below the national median, or falling {n} editions in a row. Points lost = (median − score) × weight × {factor}.',
    noWeak: 'No component is weak by these rules.',
    noComponentData: 'No component figures for the province in this edition (import the full table when published): not assessed.',
    notRankedNoMove: 'The two editions cannot be compared for it (not missing data).',
    notRankedNoWeak: 'the publisher did not rank the province in this edition, so there are no weak components to assess (not missing data).',
    costs: 'costs',
    points: 'composite points',
    costUnknown: 'points lost unknown (weight or median not known)',
    moveTitle: 'Why the rank moved',
    compositeChange: 'Composite change',
    contribution: 'Contribution',
    weight: 'Weight',
    residual: 'Unexplained (rounding, missing figures)',
    reweighting: 'From new weights',
    weightsUnknown: 'Weights for this edition are not known: contributions cannot be split by component.',
    gapNextRank: 'Gap to the next rank up ({name})',
    gapNextTier: 'Gap to tier {tier}',
    gapTop: 'Gap to the top',
    isTop: 'Ranked first',
    methodBreak: 'Method break',
    notComparable: 'This comparison crosses a method break — do not read it as real change.',
    mostImproved: 'Most improved nationally',
    improvedAmong: 'Only among the {compared} of {expected} provinces with a national rank in both years: the others have no figures loaded.',
    improvedAmongNotRanked: 'Only among the {compared} of {expected} provinces with a national rank in both years: {notRanked} not ranked in {base} (not missing data).',
    improvedAmongNotRankedOrMissing: 'Only among the {compared} of {expected} provinces with a national rank in both years: {notRanked} not ranked in {base}, the others have no figures loaded.',
    places: 'places',
    trendsTitle: 'Trend of each component',
    trendsNote: 'Long = 10 years, recent = 5 years; the composite counts only since the latest method break. Dashed line = method break.',
    harmonisedTitle: 'History under the 2025 unit',
    derived: 'derived',
    year: 'Year',
    value: 'Value',
    constituents: 'Old provinces',
    source: 'Computed from the loaded data; rules in src/domain',
    amongLoaded: 'among loaded provinces',
    official: 'official',
    weak: 'Weak',
    contributionChart: 'Contributions to the composite change',
    noBase: 'No base year: this is the first edition of this index with figures.',
    noBaseValue: 'No {base} composite for this province (the base year), or none for {year}: the rank move cannot be split. Import the full {base} table to compare.',
    lowestInTier: 'against the lowest score placed in that tier this year (VCCI publishes no cut-off)',
  },
};

export { fillTemplate as fill } from '@/domain/catalogue/text';

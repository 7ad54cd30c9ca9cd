import type { Strings } from '@/ui/i18n';

export const overviewStrings: Strings<
  | 'title'
  | 'intro'
  | 'rank'
  | 'official'
  | 'computed'
  | 'amongLoaded'
  | 'noRank'
  | 'change'
  | 'places'
  | 'points'
  | 'since'
  | 'noChange'
  | 'tier'
  | 'noTier'
  | 'target'
  | 'noTarget'
  | 'top'
  | 'tierOrBetter'
  | 'components'
  | 'componentsYear'
  | 'componentYear'
  | 'openProfile'
  | 'noData'
  | 'noDataDetail'
  | 'beforeUnit'
  | 'beforeTitle'
  | 'beforeSame'
  | 'beforeMerged'
  | 'beforeOpen'
  | 'latestYear'
  | 'partial'
  | 'moveUp'
  | 'moveDown'
  | 'structureComponents'
  | 'structureNoTrend'
> = {
  vi: {
    title: 'Tổng quan bốn chỉ số',
    intro: 'Năm gần nhất có số liệu của tỉnh cho từng chỉ số; mục tiêu do tổ công tác đặt và được lưu trên máy này.',
    rank: 'Hạng',
    official: 'chính thức',
    computed: 'tính từ điểm, đủ các tỉnh',
    amongLoaded: 'trong số {loaded} tỉnh đã nạp, không phải hạng toàn quốc',
    noRank: 'chưa có hạng',
    change: 'Thay đổi',
    places: 'bậc',
    points: 'điểm',
    since: 'so với',
    noChange: 'không đổi',
    tier: 'Nhóm',
    noTier: 'không xếp nhóm',
    target: 'Mục tiêu',
    noTarget: '— chưa đặt —',
    top: 'Top {n}',
    tierOrBetter: '{tier} trở lên',
    components: 'Xu hướng các chỉ số thành phần',
    componentsYear: 'số liệu thành phần mới nhất: {years}; điểm tổng hợp: {year}',
    componentYear: '({year})',
    openProfile: 'Mở hồ sơ {index}',
    noData: 'Chưa có số liệu',
    noDataDetail: 'Dữ liệu đã nạp chưa có {index} của {province} (năm gần nhất của chỉ số: {year}). Có thể nhập số liệu ở mục “Nhập dữ liệu”.',
    beforeTitle: 'Chưa có kỳ trên 34 đơn vị',
    beforeUnit: '{index} chưa có kỳ nào xếp hạng {province} theo 34 đơn vị hành chính từ 1/7/2025 (kỳ gần nhất của chỉ số: {year}).',
    beforeSame: 'Số liệu gần nhất là của chính tỉnh này trước sắp xếp (trên 63 tỉnh):',
    beforeMerged: 'Số liệu gần nhất là của từng tỉnh trước sắp xếp (trên 63 tỉnh) — số liệu của tỉnh cũ, không phải của {province}:',
    beforeOpen: 'Xem tổng quan {province} (63 tỉnh)',
    latestYear: 'Năm',
    partial: '{loaded}/{expected} tỉnh có số liệu',
    moveUp: 'tăng',
    moveDown: 'giảm',
    structureComponents: 'Các thành phần của cấu trúc mới ({year})',
    structureNoTrend: 'Chưa có xu hướng: {year} là kỳ đầu của cấu trúc mới; các kỳ trước đo thành phần khác nên không nối vào.',
  },
  en: {
    title: 'The four indices at a glance',
    intro: "The province's latest year with data for each index; targets are set by the working group and saved on this computer.",
    rank: 'Rank',
    official: 'official',
    computed: 'computed from scores, all provinces loaded',
    amongLoaded: 'among {loaded} loaded provinces, not a national rank',
    noRank: 'no rank',
    change: 'Change',
    places: 'places',
    points: 'points',
    since: 'since',
    noChange: 'no change',
    tier: 'Tier',
    noTier: 'no tiers',
    target: 'Target',
    noTarget: '— none —',
    top: 'Top {n}',
    tierOrBetter: '{tier} or better',
    components: 'Component trends',
    componentsYear: 'latest component figures: {years}; composite: {year}',
    componentYear: '({year})',
    openProfile: 'Open the {index} profile',
    noData: 'No data',
    noDataDetail: 'The loaded data has no {index} figure for {province} (the index\'s latest year: {year}). Figures can be added under "Import data".',
    beforeTitle: 'No edition on the 34 units yet',
    beforeUnit: '{index} has not yet ranked {province} as one of the 34 administrative units of 1 July 2025 (the index\'s latest edition: {year}).',
    beforeSame: 'The latest figures are this province\'s own, before the reorganisation (among 63 provinces):',
    beforeMerged: 'The latest figures are those of each province before the reorganisation (among 63 provinces) — the former provinces\' figures, not {province}\'s:',
    beforeOpen: 'Open the overview of {province} (63 provinces)',
    latestYear: 'Year',
    partial: '{loaded}/{expected} provinces loaded',
    moveUp: 'up',
    moveDown: 'down',
    structureComponents: 'Components of the new structure ({year})',
    structureNoTrend: 'No trend yet: {year} is the first edition of the new structure; earlier editions measured other components, so they are not joined to it.',
  },
};

export { fillTemplate as fill } from '@/domain/catalogue/text';

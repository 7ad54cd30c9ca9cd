import type { Strings } from '@/ui/i18n';

export const trendStrings: Strings<
  | 'title'
  | 'median'
  | 'best'
  | 'bestName'
  | 'regionMedian'
  | 'peers'
  | 'addPeer'
  | 'choosePeer'
  | 'removePeer'
  | 'maxPeers'
  | 'methodBreak'
  | 'newStructure'
  | 'partialNote'
  | 'coverage'
  | 'components'
  | 'componentsHint'
  | 'noData'
  | 'breaksNote'
  | 'regionChoice'
  | 'ownRegion'
> = {
  vi: {
    title: 'Xu hướng',
    median: 'Trung vị cả nước',
    best: 'Tỉnh cao nhất',
    bestName: 'Tỉnh cao nhất là',
    regionMedian: 'Trung vị vùng',
    peers: 'Tỉnh so sánh',
    addPeer: 'Thêm tỉnh so sánh',
    choosePeer: '— chọn tỉnh —',
    removePeer: 'Bỏ',
    maxPeers: 'Tối đa 10 tỉnh so sánh.',
    methodBreak: 'Đổi phương pháp',
    newStructure: 'Cấu trúc mới',
    partialNote: '* năm chưa đủ số liệu các tỉnh: trung vị và tỉnh cao nhất chỉ vẽ khi có ít nhất {share}% số tỉnh.',
    coverage: 'Số tỉnh có số liệu',
    components: 'Các chỉ số thành phần',
    componentsHint: 'Chọn một chỉ số thành phần để xem xu hướng chi tiết.',
    noData: 'Chưa có số liệu',
    breaksNote: 'Đường đỏ đứt nét: năm đổi phương pháp — so sánh qua mốc này không hoàn toàn tương đương.',
    regionChoice: 'Vùng so sánh',
    ownRegion: 'Vùng của tỉnh',
  },
  en: {
    title: 'Trends',
    median: 'National median',
    best: 'Best province',
    bestName: 'Best province is',
    regionMedian: 'Region median',
    peers: 'Peer provinces',
    addPeer: 'Add a peer province',
    choosePeer: '— choose —',
    removePeer: 'Remove',
    maxPeers: 'At most 10 peer provinces.',
    methodBreak: 'Method change',
    newStructure: 'New structure',
    partialNote: '* year with partial data: the median and best province are only drawn when at least {share}% of provinces are loaded.',
    coverage: 'Provinces loaded',
    components: 'Components',
    componentsHint: 'Choose a component to see its trend in detail.',
    noData: 'No data',
    breaksNote: 'Red dashed line: method change — comparisons across it are not like-for-like.',
    regionChoice: 'Comparison region',
    ownRegion: "The province's region",
  },
};

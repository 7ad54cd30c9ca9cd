import type { Strings } from '@/ui/i18n';

export type StructureStringKey =
  | 'askTitle' | 'askColumns' | 'askMatchedByName' | 'askHand' | 'askNew' | 'askNewHelp'
  | 'title' | 'help' | 'component' | 'scale' | 'continues' | 'continuesHelp' | 'continuesNone' | 'breakTitle' | 'breakRanks' | 'breakNoChange' | 'breakNoWeights' | 'breakHistory' | 'back' | 'savedBadge';

export const STRUCTURE_STRINGS: Strings<StructureStringKey> = {
  vi: {
    askTitle: 'Các cột số liệu không khớp với thành phần của {edition}',
    askColumns: 'Cột có số liệu nhưng không khớp thành phần nào: {columns}. Bảng chưa được nhập.',
    askMatchedByName: 'Cột chỉ khớp theo tên với một thành phần cũ: {pairs}. Nếu bảng theo cấu trúc mới, đó không phải thành phần cũ.',
    askHand: '(a) Ghép tay từng cột ở bảng trên, hoặc chọn "Bỏ qua cột này" để không nhập nó.',
    askNew: '(b) Đây là cấu trúc mới',
    askNewHelp: 'Chỉ số năm này có các thành phần khác các năm trước (như PCI 2.0 từ 2025: ba trụ cột trên 34 đơn vị). Mỗi cột số liệu trở thành một thành phần của cấu trúc mới, giữ tên như in.',
    title: 'Cấu trúc mới {edition}, đọc từ tiêu đề bảng',
    help: 'Mỗi thành phần giữ tên như in trong bảng. Nếu một thành phần mới tiếp nối thành phần cũ, hãy chọn (không bắt buộc): kế hoạch theo dõi sẽ giao nó cho đơn vị kế hoạch năm trước đã giao thành phần cũ — không phải so sánh điểm.',
    component: 'Thành phần',
    scale: 'thang {min}–{max}',
    continues: 'Tiếp nối thành phần cũ',
    continuesHelp: 'chọn nếu có (cho kế hoạch)',
    continuesNone: 'không tiếp nối thành phần cũ nào',
    breakTitle: 'Ghi nhận là thay đổi phương pháp năm {year}',
    breakRanks: 'xếp hạng trong {n} đơn vị của năm {year};',
    breakNoChange: 'không so sánh điểm, hạng qua mốc {year} (hồ sơ, xu hướng, bảng xếp hạng ghi rõ lý do);',
    breakNoWeights: 'không tính đóng góp hay giả định cho điểm tổng hợp mới (chưa có trọng số công bố);',
    breakHistory: 'các quy tắc cần số liệu các năm trước tạm không áp dụng, có nêu lý do.',
    back: 'Quay lại ghép cột',
    savedBadge: 'cấu trúc mới',
  },
  en: {
    askTitle: 'The columns of figures do not match the components of {edition}',
    askColumns: 'Columns of figures that match no component: {columns}. The table has not been imported.',
    askMatchedByName: 'Columns matched to an old component by name only: {pairs}. If the table follows a new structure, these are not the old components.',
    askHand: '(a) Map each column by hand in the table above, or choose "Ignore this column" to leave it out.',
    askNew: '(b) This edition has a new structure',
    askNewHelp: 'This year\'s index has components unlike earlier editions\' (as PCI 2.0 from 2025: three pillars on 34 units). Each column of figures becomes a component of the new structure, named as printed.',
    title: 'New structure of {edition}, read from the table\'s header',
    help: 'Each component keeps its name as printed. If a new component continues an old one, say so (optional): the follow-up plan then gives it to the owners last year\'s plan gave the old component — not a comparison of scores.',
    component: 'Component',
    scale: 'scale {min}–{max}',
    continues: 'Continues old components',
    continuesHelp: 'choose any (for the plan)',
    continuesNone: 'continues no old component',
    breakTitle: 'Recorded as a method break in {year}',
    breakRanks: 'ranks among the {n} units of {year};',
    breakNoChange: 'no score or rank change across {year} (profile, trends and rankings say why);',
    breakNoWeights: 'no contribution or what-if for the new composite (no weights published);',
    breakHistory: 'rules that need earlier editions are withheld, with the reason.',
    back: 'Back to mapping the columns',
    savedBadge: 'new structure',
  },
};

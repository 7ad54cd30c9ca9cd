/**
 * Language and number formatting. Vietnamese first; English switchable.
 * Each feature keeps its own strings next to it (`strings.ts`) and reads them with `useStrings`.
 */
import { useView } from '@/state/view';
import type { RankBasis } from '@/domain/analysis/rank';
import { formatDecimal, formatSigned, placesText } from '@/domain/catalogue/numbers';
import type { Lang, Localised } from '@/domain/catalogue/types';

export type Strings<K extends string> = Record<Lang, Record<K, string>>;

export function useLang(): Lang {
  return useView((s) => s.lang);
}

export function useStrings<K extends string>(strings: Strings<K>): Record<K, string> {
  return strings[useLang()];
}

export function localised(text: Localised | undefined, lang: Lang): string {
  return text ? text[lang] : '';
}

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** 91.03 → "91,03" in Vietnamese, "91.03" in English. `null` → "—". (domain/catalogue/numbers.ts) */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 2): string {
  return formatDecimal(value, lang, digits);
}

/** Signed change: "+1,25", "−3", "0". */
export function formatChange(value: number | null | undefined, lang: Lang, digits = 2): string {
  return formatSigned(value, lang, digits);
}

/** "1 bậc", "1 place", "3 places" (domain/catalogue/numbers.ts). */
export function formatPlaces(n: number, lang: Lang): string {
  return placesText(n, lang);
}

/** A signed count of places: "+3 bậc", "−1 place". */
export function formatPlacesChange(n: number | null, lang: Lang): string {
  if (n === null) return '—';
  return `${formatSigned(n, lang, 0)} ${placesText(Math.abs(n), lang).replace(/^\d+ /, '')}`;
}

/** A rank as shown: "12", or "12*" when it is only a rank among the loaded provinces (never national). */
export function formatRank(rank: number, basis: RankBasis | null): string {
  return `${rank}${basis === 'among-loaded' ? '*' : ''}`;
}

/** What a rank's basis means, for exports and tooltips: every rank among loaded provinces carries this beside its `*`. */
export function rankBasisText(basis: RankBasis | null, lang: Lang, loaded?: number, expected?: number): string {
  if (basis === null) return '';
  const of = loaded !== undefined && expected !== undefined ? (lang === 'vi' ? ` ${loaded}/${expected}` : ` ${loaded} of ${expected}`) : '';
  const text: Record<RankBasis, Localised> = {
    official: { vi: 'hạng công bố', en: 'published rank' },
    'computed-national': { vi: 'hạng tính từ điểm của cả nước', en: 'rank computed from every province' },
    'among-loaded': { vi: `* hạng trong số${of} tỉnh đã nạp, không phải hạng toàn quốc`, en: `* rank among the${of} loaded provinces, not a national rank` },
  };
  return text[basis][lang];
}

/** A rank for a CSV cell: "12", "12*" among loaded provinces, empty when missing (never 0). */
export function rankCell(rank: number | null, basis: RankBasis | null): string | null {
  return rank === null ? null : formatRank(rank, basis);
}

export function formatDate(date: Date | string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'medium' }).format(typeof date === 'string' ? new Date(date) : date);
}

export const commonStrings: Strings<
  'appTitle' | 'index' | 'year' | 'province' | 'language' | 'loading' | 'loadError' | 'noData' | 'of' | 'provincesLoaded' | 'missing' | 'source' | 'rank' | 'score' | 'exportCsv' | 'region' | 'allRegions' | 'component'
> = {
  vi: {
    appTitle: 'Chỉ số — phân tích chỉ số quản trị cấp tỉnh',
    index: 'Chỉ số',
    year: 'Năm',
    province: 'Tỉnh/thành',
    language: 'Ngôn ngữ',
    loading: 'Đang tải dữ liệu…',
    loadError: 'Không tải được dữ liệu',
    noData: 'Chưa có số liệu',
    of: 'trên',
    provincesLoaded: 'tỉnh/thành có số liệu',
    missing: 'thiếu',
    source: 'Nguồn',
    rank: 'Hạng',
    score: 'Điểm',
    exportCsv: 'Tải CSV',
    region: 'Vùng',
    allRegions: 'Tất cả các vùng',
    component: 'Chỉ số thành phần',
  },
  en: {
    appTitle: 'Chỉ số — provincial governance index analytics',
    index: 'Index',
    year: 'Year',
    province: 'Province',
    language: 'Language',
    loading: 'Loading data…',
    loadError: 'Could not load data',
    noData: 'No data',
    of: 'of',
    provincesLoaded: 'provinces loaded',
    missing: 'missing',
    source: 'Source',
    rank: 'Rank',
    score: 'Score',
    exportCsv: 'Download CSV',
    region: 'Region',
    allRegions: 'All regions',
    component: 'Component',
  },
};

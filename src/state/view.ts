/**
 * What makes a view shareable lives in the URL: tab, index, year, province, component, peers, base year, language.
 * The store reads the query string on load, writes it back (pushState) on every change, and follows back/forward.
 * The last province, index and language are remembered on this device (localStorage `chiso-last-view`) and taken
 * when the address does not name them — a permalink always wins.
 */
import { create } from 'zustand';
import type { Lang } from '@/domain/catalogue/types';

export interface ViewState {
  tab: string;
  index: string;
  year: number | null;
  province: string;
  component: string;
  /** Peer unit ids for comparisons (up to 10). */
  peers: string[];
  /** Base year for changes ("against any chosen base year"); null = previous year. */
  base: number | null;
  region: string;
  lang: Lang;
  /** Free extra parameters a feature may keep in the URL (e.g. map mode). */
  extra: Record<string, string>;
}

const KNOWN = ['tab', 'index', 'year', 'province', 'component', 'peers', 'base', 'region', 'lang'];

export const DEFAULT_VIEW: ViewState = {
  tab: 'rankings',
  index: 'PCI',
  year: null,
  province: '22',
  component: 'total',
  peers: [],
  base: null,
  region: '',
  lang: 'vi',
  extra: {},
};

export function viewFromSearch(search: string): ViewState {
  const p = new URLSearchParams(search);
  const num = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : null);
  // Own keys only: a parameter named "__proto__" is a key like any other, never the object's prototype.
  const extra: Record<string, string> = Object.fromEntries([...p.entries()].filter(([k]) => !KNOWN.includes(k)));
  return {
    tab: p.get('tab') || DEFAULT_VIEW.tab,
    index: p.get('index') || DEFAULT_VIEW.index,
    year: num(p.get('year')),
    province: p.get('province') || DEFAULT_VIEW.province,
    component: p.get('component') || DEFAULT_VIEW.component,
    // Each peer once (a permalink with a peer twice would give React duplicate keys).
    peers: [...new Set((p.get('peers') || '').split(',').filter(Boolean))].slice(0, 10),
    base: num(p.get('base')),
    region: p.get('region') || '',
    lang: p.get('lang') === 'en' ? 'en' : 'vi',
    extra,
  };
}

export function viewToSearch(v: ViewState): string {
  const p = new URLSearchParams();
  p.set('tab', v.tab);
  p.set('index', v.index);
  if (v.year !== null) p.set('year', String(v.year));
  p.set('province', v.province);
  if (v.component !== 'total') p.set('component', v.component);
  if (v.peers.length) p.set('peers', v.peers.join(','));
  if (v.base !== null) p.set('base', String(v.base));
  if (v.region) p.set('region', v.region);
  p.set('lang', v.lang);
  for (const [k, val] of Object.entries(v.extra)) if (val) p.set(k, val);
  return `?${p.toString()}`;
}

export const REMEMBERED_KEY = 'chiso-last-view';
const REMEMBERED_FIELDS = ['province', 'index', 'lang'] as const;
type Remembered = Partial<Pick<ViewState, (typeof REMEMBERED_FIELDS)[number]>>;

/** What a stored text remembers: own string fields only, a language only 'vi' or 'en'; anything else is ignored. */
export function readRemembered(stored: string | null): Remembered {
  if (!stored) return {};
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const out: Remembered = {};
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, 'province') && typeof record.province === 'string' && /^[\w-]{1,40}$/.test(record.province)) out.province = record.province;
  if (Object.hasOwn(record, 'index') && typeof record.index === 'string' && /^[\w-]{1,20}$/.test(record.index)) out.index = record.index;
  if (record.lang === 'vi' || record.lang === 'en') out.lang = record.lang;
  return out;
}

/** The view a page opens on: the address's, with what it leaves unnamed (province, index, language) remembered. */
export function openingView(search: string, stored: string | null): ViewState {
  const view = viewFromSearch(search);
  const named = new URLSearchParams(search);
  const remembered = readRemembered(stored);
  for (const field of REMEMBERED_FIELDS) {
    const value = remembered[field];
    if (!named.get(field) && value !== undefined) Object.assign(view, { [field]: value });
  }
  return view;
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(REMEMBERED_KEY);
  } catch {
    return null;
  }
}

function remember(state: ViewState) {
  try {
    window.localStorage.setItem(REMEMBERED_KEY, JSON.stringify({ province: state.province, index: state.index, lang: state.lang }));
  } catch {
    /* storage full or refused: the address still carries the view */
  }
}

interface ViewStore extends ViewState {
  set(patch: Partial<ViewState>): void;
  setExtra(key: string, value: string): void;
}

const initial = typeof window !== 'undefined' ? openingView(window.location.search, readStored()) : DEFAULT_VIEW;

export const useView = create<ViewStore>()((set, get) => ({
  ...initial,
  set(patch) {
    set(patch);
    sync(get());
  },
  setExtra(key, value) {
    set({ extra: { ...get().extra, [key]: value } });
    sync(get());
  },
}));

function sync(state: ViewState) {
  if (typeof window === 'undefined') return;
  const search = viewToSearch(state);
  if (search !== window.location.search) window.history.pushState(null, '', search);
  document.documentElement.lang = state.lang;
  remember(state);
}

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => useView.setState(viewFromSearch(window.location.search)));
  document.documentElement.lang = initial.lang;
  // What was taken from memory is written into the address, so the page's link says what it shows.
  const opened = viewToSearch(initial);
  if (opened !== viewToSearch(viewFromSearch(window.location.search))) window.history.replaceState(null, '', opened);
  remember(initial);
}

import { Suspense, useRef, type KeyboardEvent } from 'react';
import { useView } from '@/state/view';
import { useLang } from '@/ui/i18n';
import { StorageAlerts } from '@/ui/StorageAlerts';
import { SelectionBar } from '@/ui/SelectionBar';
import { TABS } from './tabs';
import { ViewErrorBoundary } from '@/ui/ViewErrorBoundary';

const STRINGS = {
  vi: { title: 'Chỉ số', tagline: 'Phân tích PCI · PAPI · PAR INDEX · SIPAS cho tổ công tác cấp tỉnh', skip: 'Bỏ qua đến nội dung', nav: 'Các màn hình', loading: 'Đang tải…', selection: 'Chọn chỉ số, năm và tỉnh' },
  en: { title: 'Chỉ số', tagline: 'PCI · PAPI · PAR Index · SIPAS analytics for provincial working groups', skip: 'Skip to content', nav: 'Views', loading: 'Loading…', selection: 'Choose index, year and province' },
};

export function App() {
  const lang = useLang();
  const s = STRINGS[lang];
  const tab = useView((v) => v.tab);
  const province = useView((v) => v.province);
  const index = useView((v) => v.index);
  const setView = useView((v) => v.set);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const active = TABS.find((t) => t.id === tab) ?? TABS[1];
  const View = active.component;

  // Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab moves into the panel.
  const onKey = (e: KeyboardEvent, i: number) => {
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i - 1 + TABS.length) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    setView({ tab: TABS[next].id });
    tabRefs.current[next]?.focus();
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {s.skip}
      </a>
      <header className="app-header no-print">
        <div className="brand">
          <span className="brand-title">{s.title}</span>
          <span className="brand-tagline">{s.tagline}</span>
        </div>
        <div className="lang-switch" role="group" aria-label="Ngôn ngữ / Language">
          <button type="button" aria-pressed={lang === 'vi'} onClick={() => setView({ lang: 'vi' })} lang="vi">
            Tiếng Việt
          </button>
          <button type="button" aria-pressed={lang === 'en'} onClick={() => setView({ lang: 'en' })} lang="en">
            English
          </button>
        </div>
      </header>
      <nav className="tabs no-print" aria-label={s.nav}>
        <div role="tablist" aria-label={s.nav}>
          {TABS.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              role="tab"
              id={`tab-${t.id}`}
              aria-selected={t.id === active.id}
              aria-controls="panel"
              tabIndex={t.id === active.id ? 0 : -1}
              onClick={() => setView({ tab: t.id })}
              onKeyDown={(e) => onKey(e, i)}
            >
              {t.label[lang]}
            </button>
          ))}
        </div>
      </nav>
      {/* A named region, so the pickers sit in a landmark (axe "region"). */}
      <section aria-label={s.selection} className="no-print">
        <SelectionBar />
      </section>
      {/* <main> keeps its landmark role; the tab panel is inside it (a role on <main> would override it). */}
      <main id="main" tabIndex={-1}>
        <StorageAlerts />
        <div id="panel" role="tabpanel" aria-labelledby={`tab-${active.id}`}>
          {/* Keyed by the view and the URL's choices: a new choice tries the view again. */}
          <ViewErrorBoundary key={`${active.id}|${province}|${index}`} view={active.label[lang]} lang={lang}>
            <Suspense fallback={<p aria-busy="true">{s.loading}</p>}>
              <View />
            </Suspense>
          </ViewErrorBoundary>
        </div>
      </main>
    </>
  );
}

/**
 * The notice at the top of every view when the chosen province is behind the index's newest edition
 * (domain/latestYear.ts `landingState`): which edition is published, that the province's figures are not
 * loaded, an Import shortcut with index and year filled in, and the way to the latest year with its figures.
 */
import { defaultCatalogue, getUnit, unitName } from '@/domain/catalogue/catalogue';
import { landingState } from '@/domain/table/latestYear';
import { notRankedText } from '@/domain/catalogue/editions';
import { useView } from '@/state/view';
import { useLang } from './i18n';
import { useSelection } from './useSelection';

const STRINGS = {
  vi: {
    published: '{index} {newest} đã công bố; số liệu của {province} chưa được nạp.',
    showing: 'Đang hiển thị {index} {year} — năm mới nhất có số liệu của {province}.',
    noneShown: '{province} chưa có số liệu {index} {year}.',
    goLatest: 'Xem {index} {year} (năm mới nhất có số liệu của {province})',
    importNewest: 'Nhập dữ liệu {index} {year}',
    noneAtAll: '{province} chưa có số liệu {index} nào được nạp.',
    under: '{index} {newest} xếp hạng các tỉnh, thành từ năm {from}: số liệu của {province} nằm ở {successor} (đơn vị từ {from}).',
    goUnder: 'Xem {index} {newest} của {successor}',
  },
  en: {
    published: "{index} {newest} is published; {province}'s figures are not loaded.",
    showing: "Showing {index} {year} — the latest edition with {province}'s figures.",
    noneShown: '{province} has no {index} {year} figures loaded.',
    goLatest: "Go to {index} {year} (the latest with {province}'s figures)",
    importNewest: 'Import {index} {year} data',
    noneAtAll: 'No {index} figures are loaded for {province}.',
    under: "{index} {newest} ranks the units of {from}: {province}'s figures are under {successor} (a unit from {from}).",
    goUnder: "{successor}'s {index} {newest}",
  },
};

const fill = (t: string, args: Record<string, string | number>) => t.replace(/\{(\w+)\}/g, (_, k: string) => String(args[k] ?? ''));

export function LandingNotice() {
  const lang = useLang();
  const s = STRINGS[lang];
  const set = useView((v) => v.set);
  const extra = useView((v) => v.extra);
  const province = useView((v) => v.province);
  const tab = useView((v) => v.tab);
  const { selection } = useSelection();
  if (!selection || tab === 'import' || tab === 'data') return null;
  const state = landingState(selection.table, selection.index.id, province, selection.year, defaultCatalogue);
  if (!state) return null;
  const index = selection.index.label;
  const name = unitName(defaultCatalogue, province, lang);
  const args = { index, province: name, newest: state.newestYear };
  const importYear = state.provinceHasNewest ? (state.shownYear ?? state.newestYear) : state.newestYear;
  // A unit the publisher did not rank in that edition has no figures to import: say so, with the reason.
  const notRanked = importYear === state.newestYear && !state.provinceHasNewest ? state.newestNotRanked : importYear === state.shownYear ? state.shownNotRanked : undefined;
  const notRankedLine = (entry: typeof notRanked, year: number) => entry && `${name} ${notRankedText(defaultCatalogue, entry, selection.index.id, year, lang)}.`;
  // The province ended before the newest edition and the unit it became has its figures (22 → n22): point there, no import.
  const under = state.newestUnder ? getUnit(defaultCatalogue, state.newestUnder) : undefined;
  const underArgs = under ? { ...args, successor: under[lang], from: under.validFrom } : args;
  return (
    <div className="landing-notice no-print" role="status" data-testid="landing-notice">
      <p>
        {!state.provinceHasNewest &&
          (under ? (
            <strong data-testid="landing-under">{fill(s.under, underArgs)} </strong>
          ) : state.newestNotRanked ? (
            <strong data-testid="landing-not-ranked">{notRankedLine(state.newestNotRanked, state.newestYear)} </strong>
          ) : (
            <strong>{fill(s.published, args)} </strong>
          ))}
        {state.shownYear !== null && !state.shownHasFigures && state.shownYear !== state.newestYear && state.shownNotRanked && <span>{notRankedLine(state.shownNotRanked, state.shownYear)} </span>}
        {state.shownYear !== null && !state.shownHasFigures && !state.shownNotRanked && <span>{fill(s.noneShown, { ...args, year: state.shownYear })} </span>}
        {state.provinceLatest === null && <span>{fill(s.noneAtAll, args)} </span>}
        {state.shownHasFigures && state.shownYear !== null && state.shownYear === state.provinceLatest && state.shownYear < state.newestYear && (
          <span data-testid="landing-showing">{fill(s.showing, { ...args, year: state.shownYear })}</span>
        )}
      </p>
      <p className="landing-actions">
        {under && (
          <button type="button" className="primary" data-testid="landing-go-under" onClick={() => set({ province: under.id, year: state.newestYear })}>
            {fill(s.goUnder, underArgs)} →
          </button>
        )}
        {!notRanked && !under && (
        <button
          type="button"
          className="primary"
          data-testid="landing-import"
          onClick={() => set({ tab: 'import', extra: { ...extra, importIndex: selection.index.id, importYear: String(importYear) } })}
        >
          {fill(s.importNewest, { index, year: importYear })}
        </button>
        )}
        {!state.shownHasFigures && state.provinceLatest !== null && state.provinceLatest !== state.shownYear && (
          <button type="button" data-testid="landing-latest" onClick={() => set({ year: state.provinceLatest })}>
            {fill(s.goLatest, { ...args, year: state.provinceLatest })}
          </button>
        )}
      </p>
    </div>
  );
}

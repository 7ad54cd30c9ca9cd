/** Index, year and province pickers shared by every view; the choice lives in the URL. */
import { defaultCatalogue, unitsForYear } from '@/domain/catalogue/catalogue';
import { useView } from '@/state/view';
import { commonStrings, useLang, useStrings } from './i18n';
import { useSelection } from './useSelection';
import { useAvailableIndices } from '@/data/scores';
import { CoverageNote } from './CoverageNote';
import { LandingNotice } from './LandingNotice';

export function SelectionBar() {
  const lang = useLang();
  const t = useStrings(commonStrings);
  const setView = useView((v) => v.set);
  const provinceId = useView((v) => v.province);
  const { selection, isLoading, error } = useSelection();
  const available = useAvailableIndices();
  if (error) return <p role="alert" className="error">{t.loadError}: {error.message}</p>;
  if (isLoading || !selection) return <p aria-busy="true" className="selection-bar">{t.loading}</p>;
  const { table, index, years, year } = selection;
  const indices = defaultCatalogue.indices.filter((ix) => available.includes(ix.id));
  const units = unitsForYear(defaultCatalogue, year ?? 2024).sort((a, b) => a.vi.localeCompare(b.vi, 'vi'));
  if (!units.some((u) => u.id === provinceId)) {
    const current = defaultCatalogue.units.find((u) => u.id === provinceId);
    if (current) units.unshift(current);
  }
  return (
    <>
    <div className="selection-bar no-print" role="group" aria-label={`${t.index}, ${t.year}, ${t.province}`}>
      <label>
        {t.index}
        <select value={index.id} onChange={(e) => setView({ index: e.target.value, year: null, component: 'total' })} data-testid="select-index">
          {indices.map((ix) => (
            <option key={ix.id} value={ix.id}>
              {ix.label} — {ix[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.year}
        <select value={year ?? ''} onChange={(e) => setView({ year: Number(e.target.value) })} data-testid="select-year">
          {[...years].reverse().map((y) => {
            const c = table.coverage(index.id, y);
            return (
              <option key={y} value={y}>
                {y} ({c.loaded}/{c.expected})
              </option>
            );
          })}
        </select>
      </label>
      <label>
        {t.province}
        <select value={provinceId} onChange={(e) => setView({ province: e.target.value })} data-testid="select-province">
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u[lang]}
            </option>
          ))}
        </select>
      </label>
      <CoverageNote />
    </div>
    <LandingNotice />
    </>
  );
}

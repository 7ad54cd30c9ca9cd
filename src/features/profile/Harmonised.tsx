/** The province's history under its 2025 unit (through the merger crosswalk), always labelled derived. */
import { unitName } from '@/domain/catalogue/catalogue';
import type { HarmonisedSeries } from '@/domain/analysis/harmonise';
import type { IndexDef } from '@/domain/catalogue/types';
import { formatNumber, useLang, useStrings } from '@/ui/i18n';
import { profileStrings } from './strings';
import { useCatalogue } from '@/data/catalogue';

export function Harmonised({ series, index }: { series: HarmonisedSeries; index: IndexDef }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(profileStrings);
  const points = series.points.filter((p) => p.value !== null || p.constituents.some((c) => c.value !== null));
  if (points.length === 0) return null;
  return (
    <section aria-labelledby="harmonised-title" className="card harmonised" data-testid="harmonised">
      <h2 id="harmonised-title">
        {s.harmonisedTitle}: {unitName(catalogue, series.unit, lang)} <span className="badge derived">{s.derived}</span>
      </h2>
      <p className="note">{series.method[lang]}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="sr-only">
            {s.harmonisedTitle} — {index.id}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s.year}</th>
              <th scope="col" className="align-right">
                {s.value}
              </th>
              <th scope="col">{s.constituents}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.year}>
                <td>{p.year}</td>
                <td className="align-right">
                  {formatNumber(p.value, lang)} {p.derived && <span className="badge derived">{s.derived}</span>}
                </td>
                <td>{p.constituents.map((c) => `${unitName(catalogue, c.unit, lang)} ${formatNumber(c.value, lang)}`).join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

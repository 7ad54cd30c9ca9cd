/** Rank tables of a province-run index: departments among departments and localities among localities, side by side, never mixed. */
import { TOTAL } from '@/domain/catalogue/catalogue';
import { localRankTable } from '@/domain/province/provinceAnalysis';
import type { ProvinceIndexDef } from '@/domain/province/provinceIndex';
import type { LocalUnit, LocalUnitKind } from '@/domain/province/provinceUnits';
import type { Score } from '@/domain/catalogue/types';
import { formatNumber, formatRank, useLang } from '@/ui/i18n';
import { STRINGS } from './strings';

interface Props {
  def: ProvinceIndexDef;
  scores: readonly Score[];
  units: readonly LocalUnit[];
  year: number;
  component: string;
  onComponent(component: string): void;
  onUnit(unit: string): void;
}

export function RankTables({ def, scores, units, year, component, onComponent, onUnit }: Props) {
  const lang = useLang();
  const s = STRINGS[lang];
  const name = (id: string) => units.find((u) => u.id === id)?.[lang] ?? id;
  const table = (kind: LocalUnitKind) => {
    const t = localRankTable(scores, units, def, year, kind, component);
    if (t.rows.length === 0) return null;
    return (
      <div className="province-rank" key={kind}>
        <h3 className="small-heading">
          {kind === 'department' ? s.departments : s.localities} ({t.rows.filter((r) => r.rank !== null).length})
        </h3>
        <div className="table-scroll">
        <table className="data-table" data-testid={`rank-${kind}`}>
          <thead>
            <tr>
              <th scope="col">{s.rank}</th>
              <th scope="col">{s.unit}</th>
              <th scope="col">{s.score}</th>
              <th scope="col">{s.grade}</th>
              <th scope="col">{s.responses}</th>
            </tr>
          </thead>
          <tbody>
            {t.rows.map((r) => (
              <tr key={r.unit} data-unit={r.unit}>
                <td title={r.basis === 'among-loaded' ? s.amongLoaded : undefined}>{r.rank === null ? '—' : formatRank(r.rank, r.basis)}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => onUnit(r.unit)}>
                    {name(r.unit)}
                  </button>
                </td>
                <td className="num">{r.notApplicable ? <span title={s.notApplicable}>– ({s.notApplicable})</span> : r.value === null ? '—' : formatNumber(r.value, lang)}</td>
                <td>{r.grade ?? ''}</td>
                <td className="num">{r.responses ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </div>
    );
  };
  return (
    <section className="card no-print" aria-labelledby="province-ranks-title">
      <h2 id="province-ranks-title">
        {s.rankTables}: {def.label} {year}
      </h2>
      <label className="inline-control">
        {s.component}
        <select value={component} onChange={(e) => onComponent(e.target.value)} data-testid="province-component">
          <option value={TOTAL}>{s.composite}</option>
          {def.components.map((c) => (
            <option key={c.id} value={c.id}>
              {c[lang] || c.vi}
            </option>
          ))}
        </select>
      </label>
      <p className="note">
        * {s.amongLoaded}. {s.never}
      </p>
      <div className="province-rank-grid">{(['department', 'locality'] as const).filter((k) => def.unitKinds.includes(k)).map(table)}</div>
    </section>
  );
}

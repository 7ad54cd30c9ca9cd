import { useId } from 'react';
import { componentValidIn, type Catalogue } from '@/domain/catalogue/catalogue';
import { unmappedWeightedComponents, unmatchedFigureColumns, type ColumnMatch, type ColumnRole } from '@/domain/import/wide';
import { fillTemplate } from '@/domain/catalogue/text';
import { formatNumber, useLang } from '@/ui/i18n';
import { STRINGS } from './strings';
import { NewStructureAsk } from './NewStructure';

interface Props {
  catalogue: Catalogue;
  sample: string[][];
  index: string;
  year: number | null;
  mapping: ColumnMatch[] | null;
  onIndexYear(index: string, year: number | null): void;
  onMapping(mapping: ColumnMatch[]): void;
  onConfirm(): void;
  busy: boolean;
  /** Columns whose meaning comes from a mapping the user confirmed before. */
  remembered?: readonly number[];
  /** Columns of figures match no component: the user may declare the edition's new structure instead (NewStructure.tsx). */
  onNewStructure?(): void;
}

/** A column of figures matching nothing and not yet left out shows "— not matched: choose —". */
const UNSET = 'unset';
const encode = (m: ColumnMatch, unset: boolean) => (m.role === 'component' ? `c:${m.component}` : unset ? UNSET : m.role);
function decode(m: ColumnMatch, value: string): ColumnMatch {
  if (value.startsWith('c:')) return { column: m.column, header: m.header, role: 'component', component: value.slice(2), ...(m.year ? { year: m.year } : {}) };
  if (value === UNSET) return { column: m.column, header: m.header, role: 'ignore', ...(m.year ? { year: m.year } : {}) };
  // Chosen by the user: "Bỏ qua cột này" says the column is to be left out.
  return { column: m.column, header: m.header, role: value as ColumnRole, ...(m.year ? { year: m.year } : {}), ...(value === 'ignore' ? { leftOut: true } : {}) };
}

/** Wide table: the user confirms index and year, and sees (and may change) what each header means. */
export function MappingForm({ catalogue, sample, index, year, mapping, onIndexYear, onMapping, onConfirm, busy, remembered = [], onNewStructure }: Props) {
  const lang = useLang();
  const s = STRINGS[lang];
  const ids = { index: useId(), year: useId() };
  const indexDef = catalogue.indices.find((i) => i.id === index);
  const components = indexDef ? indexDef.components.filter((c) => year === null || componentValidIn(c, year)) : [];
  const unmatched = new Set(mapping && indexDef ? unmatchedFigureColumns(mapping, indexDef, sample).map((x) => x.column.column) : []);
  const missingWeighted = mapping && indexDef && year !== null ? unmappedWeightedComponents(mapping, indexDef, year) : [];
  return (
    <section className="card" aria-labelledby="import-confirm-title" data-testid="import-mapping">
      <h2 id="import-confirm-title">{s.confirmTitle}</h2>
      <p className="note">{s.confirmHelp}</p>
      <div className="import-edition">
        <label className="inline-control" htmlFor={ids.index}>
          {s.index}
          <select id={ids.index} data-testid="import-index" value={index} onChange={(e) => onIndexYear(e.target.value, year)}>
            <option value="">{s.chooseIndex}</option>
            {catalogue.indices.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label} — {i[lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-control" htmlFor={ids.year}>
          {s.year}
          <input
            id={ids.year}
            data-testid="import-year"
            type="number"
            inputMode="numeric"
            min={indexDef?.firstYear ?? 2005}
            max={2100}
            value={year ?? ''}
            onChange={(e) => onIndexYear(index, /^\d{4}$/.test(e.target.value) ? Number(e.target.value) : null)}
          />
        </label>
      </div>
      {mapping && (
        <table className="data-table mapping-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{s.header}</th>
              <th scope="col">{s.sample}</th>
              <th scope="col">{s.meaning}</th>
            </tr>
          </thead>
          <tbody>
            {mapping.map((m) => (
              <tr key={m.column} data-column={m.column + 1} className={unmatched.has(m.column) ? 'mapping-unset' : m.role === 'ignore' ? 'mapping-ignored' : undefined} data-role={unmatched.has(m.column) ? 'unset' : m.role}>
                <td>{m.column + 1}</td>
                <th scope="row">{m.header || '—'}</th>
                <td className="sample">{sample.slice(0, 2).map((r) => r[m.column] ?? '').join(' · ')}</td>
                <td>
                  <select aria-label={`${s.meaning}: ${m.header}`} data-testid={`map-col-${m.column + 1}`} value={encode(m, unmatched.has(m.column))} aria-invalid={unmatched.has(m.column) || undefined} onChange={(e) => onMapping(mapping.map((x) => (x.column === m.column ? decode(x, e.target.value) : x)))}>
                    {unmatched.has(m.column) && <option value={UNSET}>{s.roleUnset}</option>}
                    <option value="province">{s.roleProvince}</option>
                    <option value="rank">{s.roleRank}</option>
                    <option value="tier">{s.roleTier}</option>
                    <option value="ignore">{s.roleIgnore}</option>
                    {components.map((c) => (
                      <option key={c.id} value={`c:${c.id}`}>
                        {c[lang]}
                      </option>
                    ))}
                  </select>
                  {m.year !== undefined && m.role !== 'ignore' && (
                    <span className="column-year" data-testid={`map-year-${m.column + 1}`}>
                      {' '}
                      → {m.year}
                    </span>
                  )}
                  {remembered.includes(m.column) && <span className="remembered"> {s.remembered}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {missingWeighted.length > 0 && (
        <ul className="mapping-missing" data-testid="import-missing-weighted">
          {missingWeighted.map(({ component, weight }) => (
            <li key={component.id}>{fillTemplate(s.missingWeighted, { component: component[lang], weight: formatNumber(weight * 100, lang, Number.isInteger(weight * 100) ? 0 : 1) })}</li>
          ))}
        </ul>
      )}
      {unmatched.size > 0 && onNewStructure && indexDef && (
        <NewStructureAsk
          edition={`${indexDef.label} ${year ?? ''}`}
          unmatched={mapping!.filter((m) => unmatched.has(m.column))}
          matchedByName={mapping!.flatMap((m) => {
            const c = m.role === 'component' && m.component !== 'total' ? components.find((x) => x.id === m.component) : undefined;
            return c ? [{ header: m.header, component: c[lang] }] : [];
          })}
          busy={busy}
          onNewStructure={onNewStructure}
        />
      )}
      {unmatched.size > 0 && !onNewStructure && (
        <p className="error" role="alert" data-testid="import-unmatched-columns">
          {fillTemplate(s.unmatchedColumns, { columns: mapping!.filter((m) => unmatched.has(m.column)).map((m) => `"${m.header}"`).join(', ') })}
        </p>
      )}
      <button type="button" className="primary" data-testid="import-check" disabled={busy || !indexDef || year === null || unmatched.size > 0} onClick={onConfirm}>
        {s.check}
      </button>
    </section>
  );
}

import { useId } from 'react';
import { getUnit, unitsForYear, type Catalogue } from '@/domain/catalogue/catalogue';
import { fillTemplate } from '@/domain/catalogue/text';
import type { UnresolvedPlaced } from '@/data/importParsing';
import { useLang } from '@/ui/i18n';
import { STRINGS } from './strings';

interface Props {
  catalogue: Catalogue;
  names: readonly UnresolvedPlaced[];
  /** The problem reported at each name's first row (why it is not read: a guess, another period, unknown). */
  why(name: UnresolvedPlaced): string | undefined;
  busy: boolean;
  onPick(written: string, unitId: string): void;
}

/**
 * Province names the table prints that are not a known spelling: once per name, a near miss asks "Có phải Quảng
 * Ninh?" with a confirm button, every name can be given its province from the units of the table's year. The rows
 * import once resolved; the pick is remembered (state/unitPicks.ts).
 */
export function UnitNames({ catalogue, names, why, busy, onPick }: Props) {
  const lang = useLang();
  const s = STRINGS[lang];
  const id = useId();
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
  return (
    <section className="card unit-names" aria-labelledby={`${id}-title`} data-testid="import-unit-names">
      <h2 id={`${id}-title`}>{s.namesTitle}</h2>
      <p className="note">{s.namesHelp}</p>
      <ul>
        {names.map((n, i) => {
          const guess = n.kind === 'guess' && n.unit ? getUnit(catalogue, n.unit) : undefined;
          const units = unitsForYear(catalogue, n.year).sort((a, b) => collator.compare(a[lang], b[lang]));
          const reason = why(n);
          return (
            <li key={`${n.year}|${n.written}`} data-testid="import-unit-name" data-written={n.written}>
              <p className="unit-name-what">
                <strong>“{n.written}”</strong> <span className="note">({fillTemplate(s.nameRows, { rows: n.rows, place: n.place[lang] })})</span>
              </p>
              {guess ? (
                <p className="unit-name-guess" data-testid="import-unit-guess">{fillTemplate(s.nameGuess, { unit: guess[lang] })}</p>
              ) : (
                <p className="note">{reason ?? s.nameUnknown}</p>
              )}
              <div className="unit-name-actions">
                {guess && (
                  <button type="button" className="primary" data-testid="import-unit-confirm" disabled={busy} onClick={() => onPick(n.written, guess.id)}>
                    {fillTemplate(s.nameYes, { unit: guess[lang] })}
                  </button>
                )}
                <label className="inline-control" htmlFor={`${id}-${i}`}>
                  {guess ? s.nameOther : s.nameChoose}
                  <select id={`${id}-${i}`} data-testid="import-unit-pick" disabled={busy} value="" onChange={(e) => e.target.value && onPick(n.written, e.target.value)}>
                    <option value="">—</option>
                    {units.map((u) => (
                      <option key={u.id} value={u.id}>
                        {u[lang]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

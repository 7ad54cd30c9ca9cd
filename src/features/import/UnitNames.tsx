import { useId } from 'react';
import { fillTemplate } from '@/domain/catalogue/text';
import { LEAVE_OUT } from '@/domain/import/unitNames';
import type { UnresolvedPlaced } from '@/data/importParsing';
import { useLang } from '@/ui/i18n';
import { STRINGS } from './strings';

/** A unit the user can pick for a name, as the picker lists it. */
export interface UnitChoice {
  id: string;
  name: string;
  /** A heading the choice is listed under ("Sở, ban, ngành", "Địa phương"). */
  group?: string;
}

interface Props {
  names: readonly UnresolvedPlaced[];
  /** The units a name can be given (the provinces of the table's year; the province's departments and localities of the year). */
  choices(name: UnresolvedPlaced): readonly UnitChoice[];
  /** The guessed unit's name, for a near miss. */
  guessName(name: UnresolvedPlaced): string | undefined;
  /** The problem reported at each name's first row (why it is not read: a guess, another period, unknown). */
  why(name: UnresolvedPlaced): string | undefined;
  busy: boolean;
  /** `unitId` is the unit picked, or LEAVE_OUT to leave the name's rows out (listed). */
  onPick(name: UnresolvedPlaced, unitId: string): void;
  /** Words for the kind of unit: provinces (national indices) or a province's own units (DDCI). */
  kind?: 'province' | 'local';
}

/**
 * Names the table prints that are not a known spelling, once per name: a near miss asks "Có phải Quảng Ninh?" with a
 * confirm button; every name can be given its unit from the units of the table's year, or its rows left out (listed
 * with a warning, and the name stays here to pick later). The rows import once resolved; the pick is remembered
 * (state/unitPicks.ts). The same picker for provinces and for a province's departments and localities.
 */
export function UnitNames({ names, choices, guessName, why, busy, onPick, kind = 'province' }: Props) {
  const lang = useLang();
  const s = STRINGS[lang];
  const id = useId();
  const local = kind === 'local';
  return (
    <section className="card unit-names" aria-labelledby={`${id}-title`} data-testid="import-unit-names">
      <h2 id={`${id}-title`}>{local ? s.localNamesTitle : s.namesTitle}</h2>
      <p className="note">{local ? s.localNamesHelp : s.namesHelp}</p>
      <ul>
        {names.map((n, i) => {
          const guess = n.kind === 'guess' ? guessName(n) : undefined;
          const listed = choices(n);
          const groups = [...new Set(listed.map((c) => c.group ?? ''))];
          const reason = why(n);
          return (
            <li key={`${n.set}|${n.year}|${n.written}`} data-testid="import-unit-name" data-written={n.written} data-left-out={n.leftOut ? 'true' : undefined}>
              <p className="unit-name-what">
                <strong>“{n.written}”</strong> <span className="note">({fillTemplate(s.nameRows, { rows: n.rows, place: n.place[lang] })})</span>
              </p>
              {n.leftOut ? (
                <p className="note" data-testid="import-unit-left-out">{fillTemplate(s.nameLeftOut, { rows: n.rows })}</p>
              ) : guess ? (
                <p className="unit-name-guess" data-testid="import-unit-guess">{fillTemplate(s.nameGuess, { unit: guess })}</p>
              ) : (
                <p className="note">{reason ?? s.nameUnknown}</p>
              )}
              <div className="unit-name-actions">
                {guess && n.unit && (
                  <button type="button" className="primary" data-testid="import-unit-confirm" disabled={busy} onClick={() => onPick(n, n.unit!)}>
                    {fillTemplate(s.nameYes, { unit: guess })}
                  </button>
                )}
                <label className="inline-control" htmlFor={`${id}-${i}`}>
                  {guess ? (local ? s.localNameOther : s.nameOther) : local ? s.localNameChoose : s.nameChoose}
                  <select id={`${id}-${i}`} data-testid="import-unit-pick" disabled={busy} value="" onChange={(e) => e.target.value && onPick(n, e.target.value)}>
                    <option value="">—</option>
                    {groups.map((g) =>
                      g ? (
                        <optgroup key={g} label={g}>
                          {listed.filter((c) => c.group === g).map((c) => (
                            <option key={c.id} value={c.id}>
                              {c.name}
                            </option>
                          ))}
                        </optgroup>
                      ) : (
                        listed.filter((c) => !c.group).map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))
                      ),
                    )}
                  </select>
                </label>
                {!n.leftOut && (
                  <button type="button" data-testid="import-unit-leave-out" disabled={busy} onClick={() => onPick(n, LEAVE_OUT)}>
                    {s.nameLeaveOut}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

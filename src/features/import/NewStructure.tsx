/**
 * A table whose columns of figures do not all match the edition's components is never folded into them: the import
 * asks (NewStructureAsk) — map by hand / leave out, or "this edition has a new structure" — and, once declared,
 * shows the structure read from the header with what each new component continues (StructurePanel).
 * The rules are catalogue/editionStructure.ts (declared in the worker through data/importParsing.ts declareStructure).
 */
import { mainComponents, unitsForYear, type Catalogue } from '@/domain/catalogue/catalogue';
import type { EditionStructure } from '@/domain/catalogue/editionStructure';
import { fillTemplate } from '@/domain/catalogue/text';
import type { IndexDef } from '@/domain/catalogue/types';
import type { ColumnMatch } from '@/domain/import/wide';
import { formatNumber, useLang } from '@/ui/i18n';
import { STRUCTURE_STRINGS } from './structureStrings';
import './NewStructure.css';

interface AskProps {
  edition: string;
  /** The columns of figures that match no component, as printed. */
  unmatched: readonly ColumnMatch[];
  /** Columns of figures matched to an old component by name (shown: under a new structure they are not it). */
  matchedByName: readonly { header: string; component: string }[];
  busy: boolean;
  onNewStructure(): void;
}

/** The question asked when columns of figures match no component. */
export function NewStructureAsk({ edition, unmatched, matchedByName, busy, onNewStructure }: AskProps) {
  const lang = useLang();
  const s = STRUCTURE_STRINGS[lang];
  return (
    <div className="structure-ask" role="alert" data-testid="import-unmatched-columns">
      <p>
        <strong>{fillTemplate(s.askTitle, { edition })}</strong>
      </p>
      <p data-testid="structure-ask-columns">{fillTemplate(s.askColumns, { columns: unmatched.map((m) => `"${m.header}"`).join(', ') })}</p>
      {matchedByName.length > 0 && <p data-testid="structure-ask-matched">{fillTemplate(s.askMatchedByName, { pairs: matchedByName.map((m) => `"${m.header}" → ${m.component}`).join('; ') })}</p>}
      <p>{s.askHand}</p>
      <p className="note">{s.askNewHelp}</p>
      <button type="button" className="primary" data-testid="import-new-structure" disabled={busy} onClick={onNewStructure}>
        {s.askNew}
      </button>
    </div>
  );
}

interface PanelProps {
  catalogue: Catalogue;
  index: IndexDef;
  structure: EditionStructure;
  continues: Readonly<Record<string, string[]>>;
  onContinues(next: Record<string, string[]>): void;
  onBack(): void;
  busy: boolean;
}

/** The structure declared from the header: each component as printed with its scale, and the old ones it continues. */
export function StructurePanel({ catalogue, index, structure, continues, onContinues, onBack, busy }: PanelProps) {
  const lang = useLang();
  const s = STRUCTURE_STRINGS[lang];
  const year = structure.year;
  const old = mainComponents(index, year - 1).filter((c) => c.id !== 'total');
  const units = unitsForYear(catalogue, year).length;
  const toggle = (id: string, oldId: string, on: boolean) => {
    const now = continues[id] ?? [];
    onContinues({ ...continues, [id]: on ? [...now.filter((x) => x !== oldId), oldId] : now.filter((x) => x !== oldId) });
  };
  return (
    <section className="card structure-panel" aria-labelledby="import-structure-title" data-testid="import-structure">
      <h2 id="import-structure-title">{fillTemplate(s.title, { edition: `${index.label} ${year}` })}</h2>
      <p className="note">{s.help}</p>
      <ol className="structure-components">
        {structure.components.map((c) => {
          const chosen = continues[c.id] ?? [];
          const names = old.filter((o) => chosen.includes(o.id)).map((o) => o[lang]);
          return (
            <li key={c.id} data-testid="structure-component">
              <strong data-testid="structure-name">{c.vi}</strong> <span className="note">({fillTemplate(s.scale, { min: formatNumber(c.min, lang, 0), max: formatNumber(c.max, lang, 0) })})</span>
              <details className="structure-continues">
                <summary data-testid="structure-continues-summary">
                  {s.continues}: {names.length ? names.join(', ') : <span className="note">{s.continuesNone}</span>}
                </summary>
                <fieldset>
                  <legend className="note">
                    {s.continues} — {s.continuesHelp}
                  </legend>
                  {old.map((o) => (
                    <label key={o.id} className="structure-old">
                      <input type="checkbox" checked={chosen.includes(o.id)} disabled={busy} onChange={(e) => toggle(c.id, o.id, e.target.checked)} aria-label={`${c.vi}: ${s.continues} ${o[lang]}`} />
                      {o[lang]}
                    </label>
                  ))}
                </fieldset>
              </details>
            </li>
          );
        })}
      </ol>
      <div className="structure-break" data-testid="structure-break">
        <p>
          <strong>{fillTemplate(s.breakTitle, { year })}:</strong>
        </p>
        <ul>
          <li>{fillTemplate(s.breakRanks, { n: units, year })}</li>
          <li>{fillTemplate(s.breakNoChange, { year })}</li>
          <li>{s.breakNoWeights}</li>
          <li>{s.breakHistory}</li>
        </ul>
      </div>
      <button type="button" onClick={onBack} disabled={busy} data-testid="import-structure-back">
        {s.back}
      </button>
    </section>
  );
}

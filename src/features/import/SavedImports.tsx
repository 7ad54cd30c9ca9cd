import { fillTemplate } from '@/domain/catalogue/text';
import { recordToCsv } from '@/data/importParsing';
import { useImports } from '@/data/imported';
import { indexLabel, type Catalogue } from '@/domain/catalogue/catalogue';
import { downloadText, fileSlug } from '@/ui/download';
import { formatDate, useLang } from '@/ui/i18n';
import { STRINGS } from './strings';
import { STRUCTURE_STRINGS } from './structureStrings';
import { RemoveInTwoSteps } from './RemoveInTwoSteps';

/** Saved imports: list, export as long CSV, remove (two steps, so a stray key press removes nothing). */
export function SavedImports({ catalogue }: { catalogue: Catalogue }) {
  const lang = useLang();
  const s = STRINGS[lang];
  const records = useImports((st) => st.records);
  const unreadable = useImports((st) => st.unreadable);
  const storageError = useImports((st) => st.storageError);
  const remove = useImports((st) => st.remove);
  return (
    <section className="card" aria-labelledby="import-saved-title" data-testid="import-saved">
      <h2 id="import-saved-title">{s.savedTitle}</h2>
      {storageError && (
        <p className="error" role="alert">
          {s.storageError}: {storageError}
        </p>
      )}
      {unreadable.map((u) => (
        <div key={u.key} className="error" role="alert" data-testid="import-unreadable">
          <p>
            {s.unreadable}
            {u.fileName !== null && (
              <>
                : <strong>{u.fileName}</strong>
                {u.date !== null && !Number.isNaN(Date.parse(u.date)) && ` (${formatDate(u.date, lang)})`}
              </>
            )}
            . {s.unreadableWhat}
          </p>
          <details>
            <summary>{s.technical}</summary>
            <code>{u.key}</code> — {u.reason}
          </details>
        </div>
      ))}
      {records.length === 0 ? (
        <p className="note">{s.noneSaved}</p>
      ) : (
        <ul className="saved-imports">
          {[...records].reverse().map((r) => (
            <li key={r.id} data-id={r.id} data-testid="import-saved-item">
              <span>
                <strong>{r.fileName}</strong> · {r.index.split(', ').map((i) => indexLabel(catalogue, i.split('@')[0])).join(', ')}
                {r.year !== null ? ` ${r.year}` : ''}
                {r.structure && <span className="badge" data-testid="import-saved-structure"> {STRUCTURE_STRINGS[lang].savedBadge}</span>} · {formatDate(r.date, lang)} ·{' '}
                <span data-testid="import-saved-applied">
                  {r.rowCount - r.skipped.length} {s.toApply}
                </span>
                {r.skipped.length > 0 && ` (${r.rowCount} ${s.readCount})`}
                {r.leftOut && r.leftOut.length > 0 && (
                  // The rows left out for their errors stay listed with their place, to fix and import later.
                  <details className="saved-left-out" data-testid="import-saved-left-out">
                    <summary>{fillTemplate(s.savedLeftOut, { rows: r.leftOut.length })}</summary>
                    <ul>
                      {r.leftOut.map((row, i) => (
                        <li key={i}>
                          <code>{row.where[lang]}</code> {row.message[lang]}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </span>
              <span className="actions">
                <button type="button" onClick={() => downloadText(`${fileSlug('import', r.index, r.year ?? '', r.fileName.replace(/\.[a-z]+$/i, ''))}.csv`, recordToCsv(r, catalogue))}>
                  {s.export}
                </button>
                <RemoveInTwoSteps onRemove={() => remove(r.id)} testId="import-remove" labels={s} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

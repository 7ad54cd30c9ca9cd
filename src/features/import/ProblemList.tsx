import type { Analysis } from '@/data/importParsing';
import { useLang } from '@/ui/i18n';
import { fillTemplate } from '@/domain/catalogue/text';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { SPELLINGS_READ_TITLE, spellingReadText } from '@/domain/import/unitNames';
import { STRINGS } from './strings';

/**
 * Every problem with its place in the file (file:line:column) and its message in the UI's language; then the province
 * names read through another spelling ("Đắc Lắc" → Đắk Lắk), once per name — told, not a problem (unitNames.ts).
 */
export function ProblemList({ analysis, saved = false }: { analysis: Analysis; saved?: boolean }) {
  const lang = useLang();
  const s = STRINGS[lang];
  const total = analysis.errorCount + analysis.warningCount;
  const hidden = total - analysis.issues.length;
  return (
    <section aria-labelledby="import-problems-title" className="card">
      <h2 id="import-problems-title">
        {s.problems} — {s.errors}: {analysis.errorCount}, {s.warnings}: {analysis.warningCount}
      </h2>
      {analysis.errorCount > 0 && analysis.rows === 0 && !analysis.issues.every((p) => p.code === 'no-table') && (
        <p className="error" role="alert" data-testid="import-blocked">
          {s.errorsBlock}
        </p>
      )}
      {analysis.errorCount > 0 && analysis.rows > 0 && (
        <p className="error" role="alert" data-testid="import-left-out">
          {fillTemplate(saved ? s.leftOutSaved : s.leftOut, { rows: analysis.leftOutRows, errors: analysis.errorCount, figures: analysis.rows })}
        </p>
      )}
      {total === 0 ? (
        <p data-testid="import-no-problems">{s.noProblems}</p>
      ) : (
        <ul className="problem-list" data-testid="import-problems">
          {analysis.issues.map((p, i) => (
            <li key={i} className={p.severity} data-code={p.code} data-line={p.line} data-column={p.column} data-severity={p.severity}>
              {p.place ? (
                <>
                  <code data-testid="problem-place">{p.file}: {p.place[lang]}</code>{' '}
                </>
              ) : p.line > 0 ? (
                <>
                  <code>
                    {p.file}:{p.line}:{p.column}
                  </code>{' '}
                  <span className="where">({`${s.line} ${p.line}${p.column > 0 ? `, ${s.column} ${p.column}` : ''}`})</span>{' '}
                </>
              ) : (
                // The whole file: its name, no "0:0".
                <>
                  <code>{p.file}</code>{' '}
                </>
              )}
              <strong>{p.severity === 'error' ? s.error : s.warning}</strong>: {p.message[lang]}
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <p className="note">
          + {hidden} {s.more}
        </p>
      )}
      {analysis.spellings && analysis.spellings.length > 0 && (
        <div className="spellings-read" data-testid="import-spellings-read">
          <h3>{SPELLINGS_READ_TITLE[lang]}</h3>
          <ul>
            {analysis.spellings.map((read) => (
              <li key={`${read.written}|${read.unit}`} data-testid="import-spelling-read" data-written={read.written}>
                <span data-testid="import-spelling-text">{spellingReadText(defaultCatalogue, read)[lang]}</span>{' '}
                <span className="note">({fillTemplate(s.nameRows, { rows: read.rows, place: read.place[lang] })})</span>
              </li>
            ))}
          </ul>
          <p className="note">{s.spellingsHelp}</p>
        </div>
      )}
    </section>
  );
}

import type { Analysis, Decisions } from '@/data/importParsing';
import { unitName, type Catalogue } from '@/domain/catalogue/catalogue';
import { formatNumber, useLang } from '@/ui/i18n';
import { STRINGS } from './strings';

interface Props {
  analysis: Analysis;
  catalogue: Catalogue;
  decisions: Decisions;
  onDecisions(d: Decisions): void;
}

/** Added / replaced / unchanged counts, and the conflicts with the loaded figures for the user to resolve. */
export function Preview({ analysis, catalogue, decisions, onDecisions }: Props) {
  const lang = useLang();
  const s = STRINGS[lang];
  const decisionFor = (key: string) => decisions.byKey[key] ?? decisions.all;
  const rank = (r: number | null) => (r === null ? '' : ` (${s.rankNote} ${r})`);
  return (
    <section className="card" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title">{s.preview}</h2>
      <p>
        {analysis.editions.map((e) => `${e.index} ${e.year}`).join(', ')}
      </p>
      <ul className="preview-counts">
        <li data-testid="import-added">
          <strong>{analysis.added}</strong> {s.figures} {s.added}
        </li>
        <li data-testid="import-replaced">
          <strong>{analysis.replacedCount}</strong> {s.figures} {s.replaced}
        </li>
        <li data-testid="import-unchanged">
          <strong>{analysis.unchanged}</strong> {s.figures} {s.unchanged}
        </li>
      </ul>
      {analysis.added === 0 && analysis.replacedCount === 0 && analysis.rows > 0 && <p className="note">{s.nothingNew}</p>}
      {analysis.replacedCount > 0 && (
        <div data-testid="import-conflicts">
          <h3>{s.conflicts}</h3>
          <p className="note">{s.conflictsHelp}</p>
          <div className="table-tools">
            <button type="button" data-testid="import-keep-all" aria-pressed={decisions.all === 'keep' && Object.keys(decisions.byKey).length === 0} onClick={() => onDecisions({ all: 'keep', byKey: {} })}>
              {s.keepAll}
            </button>
            <button type="button" data-testid="import-take-all" aria-pressed={decisions.all === 'take' && Object.keys(decisions.byKey).length === 0} onClick={() => onDecisions({ all: 'take', byKey: {} })}>
              {s.takeAll}
            </button>
          </div>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{s.province}</th>
                  <th scope="col">{s.component}</th>
                  <th scope="col">{s.year}</th>
                  <th scope="col" className="align-right">{s.loadedValue}</th>
                  <th scope="col" className="align-right">{s.importedValue}</th>
                  <th scope="col">{s.decision}</th>
                </tr>
              </thead>
              <tbody>
                {analysis.replaced.map((r) => (
                  <tr key={r.key} data-key={r.key}>
                    <th scope="row">{unitName(catalogue, r.new.unit, lang)}</th>
                    <td>{r.new.index} · {r.new.component}</td>
                    <td>{r.new.year}</td>
                    <td className="align-right" data-col="old">{formatNumber(r.old.value, lang)}{rank(r.old.officialRank)}</td>
                    <td className="align-right" data-col="new">{formatNumber(r.new.value, lang)}{rank(r.new.officialRank)}</td>
                    <td>
                      <select
                        aria-label={`${s.decision}: ${unitName(catalogue, r.new.unit, lang)} ${r.new.component}`}
                        value={decisionFor(r.key)}
                        onChange={(e) => onDecisions({ ...decisions, byKey: { ...decisions.byKey, [r.key]: e.target.value as 'keep' | 'take' } })}
                      >
                        <option value="keep">{s.keep}</option>
                        <option value="take">{s.take}</option>
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {analysis.replacedCount > analysis.replaced.length && (
            <p className="note">+ {analysis.replacedCount - analysis.replaced.length} …</p>
          )}
        </div>
      )}
    </section>
  );
}

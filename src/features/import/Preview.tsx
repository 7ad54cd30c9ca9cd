import type { Analysis, Decisions } from '@/data/importParsing';
import { componentName, findIndex, unitName, type Catalogue } from '@/domain/catalogue/catalogue';
import { decimalsOf } from '@/domain/import/precision';
import type { Score } from '@/domain/catalogue/types';
import { formatNumber, useLang } from '@/ui/i18n';
import { fillTemplate } from '@/domain/catalogue/text';
import { STRINGS } from './strings';
import { own } from '@/domain/catalogue/own';

interface Props {
  analysis: Analysis;
  catalogue: Catalogue;
  decisions: Decisions;
  onDecisions(d: Decisions): void;
}

/**
 * What the import does to the loaded figures, in one sentence ("330 giống nhau — bảng mới có nhiều chữ số hơn,
 * giữ bảng mới; 1 khác"), then each real difference with both values, both sources and the choice. A list of
 * cards rather than a table, so a phone shows every part of a difference without sideways scrolling.
 */
export function Preview({ analysis, catalogue, decisions, onDecisions }: Props) {
  const lang = useLang();
  const s = STRINGS[lang];
  const decisionFor = (key: string) => own(decisions.byKey, key) ?? decisions.all;
  const value = (score: Score) => `${formatNumber(score.value, lang, decimalsOf(score))}${score.officialRank === null ? '' : ` (${s.rankNote} ${score.officialRank})`}`;
  const component = (score: Score) => componentName(findIndex(catalogue, score.index)?.components.find((c) => c.id === score.component), lang, score.component);
  const same = analysis.unchanged + analysis.refinedCount;
  const keepRefined = decisions.refined === 'keep';
  const sameText =
    analysis.refinedCount === 0
      ? s.sameKept
      : analysis.refinedCount === same
        ? keepRefined ? s.sameFinerKept : s.sameFiner
        : fillTemplate(keepRefined ? s.someFinerKept : s.someFiner, { n: analysis.refinedCount });
  const parts = [
    analysis.added > 0 ? `${analysis.added} ${s.added}` : '',
    same > 0 ? `${same} ${s.same} — ${sameText}` : '',
    `${analysis.replacedCount} ${s.different}`,
  ].filter(Boolean);
  return (
    <section className="card" aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title">{s.preview}</h2>
      <p>{analysis.editions.map((e) => `${findIndex(catalogue, e.index)?.label ?? e.index} ${e.year}`).join(', ')}</p>
      <p className="import-summary" data-testid="import-summary">
        {parts.join('; ')}
      </p>
      <ul className="preview-counts">
        <li data-testid="import-added">
          <strong>{analysis.added}</strong> {s.figures} {s.added}
        </li>
        <li data-testid="import-unchanged" data-refined={analysis.refinedCount}>
          <strong>{same}</strong> {s.figures} {s.same}
        </li>
        <li data-testid="import-replaced">
          <strong>{analysis.replacedCount}</strong> {s.figures} {s.different}
        </li>
      </ul>
      {analysis.refinedCount > 0 && (
        <label className="inline-control keep-digits">
          <input type="checkbox" data-testid="import-keep-loaded-digits" checked={keepRefined} onChange={(e) => onDecisions({ ...decisions, refined: e.target.checked ? 'keep' : 'take' })} />
          {s.keepLoadedDigits}
        </label>
      )}
      {analysis.added === 0 && analysis.replacedCount === 0 && analysis.refinedCount === 0 && analysis.rows > 0 && <p className="note">{s.nothingNew}</p>}
      {analysis.replacedCount > 0 && (
        <div data-testid="import-conflicts">
          <h3>{s.conflicts}</h3>
          <p className="note">{s.conflictsHelp}</p>
          <div className="table-tools">
            <button type="button" data-testid="import-keep-all" aria-pressed={decisions.all === 'keep' && Object.keys(decisions.byKey).length === 0} onClick={() => onDecisions({ ...decisions, all: 'keep', byKey: {} })}>
              {s.keepAll}
            </button>
            <button type="button" data-testid="import-take-all" aria-pressed={decisions.all === 'take' && Object.keys(decisions.byKey).length === 0} onClick={() => onDecisions({ ...decisions, all: 'take', byKey: {} })}>
              {s.takeAll}
            </button>
          </div>
          <ul className="difference-list">
            {analysis.replaced.map((r) => {
              const name = `${unitName(catalogue, r.new.unit, lang)} · ${component(r.new)} · ${r.new.year}`;
              return (
                <li key={r.key} data-key={r.key} data-testid="import-difference">
                  <strong className="difference-what">{name}</strong>
                  <dl>
                    <div>
                      <dt>{s.loadedValue}</dt>
                      <dd>
                        <span className="figure" data-col="old">{value(r.old)}</span> <span className="note">{s.source}: {r.old.source}</span>
                      </dd>
                    </div>
                    <div>
                      <dt>{s.importedValue}</dt>
                      <dd>
                        <span className="figure" data-col="new">{value(r.new)}</span> <span className="note">{s.source}: {analysis.fileName} — {r.place[lang]}</span>
                      </dd>
                    </div>
                  </dl>
                  <label className="inline-control">
                    {s.decision}
                    <select aria-label={`${s.decision}: ${name}`} value={decisionFor(r.key)} onChange={(e) => onDecisions({ ...decisions, byKey: { ...decisions.byKey, [r.key]: e.target.value as 'keep' | 'take' } })}>
                      <option value="keep">{s.keep}</option>
                      <option value="take">{s.take}</option>
                    </select>
                  </label>
                </li>
              );
            })}
          </ul>
          {analysis.replacedCount > analysis.replaced.length && <p className="note">+ {analysis.replacedCount - analysis.replaced.length} …</p>}
        </div>
      )}
    </section>
  );
}

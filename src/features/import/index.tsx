/**
 * Import screen: drop or choose a file → (wide table) confirm index, year and each header's meaning →
 * located problems and a preview (added / replaced / unchanged) → resolve conflicts → import.
 * Parsing runs in a Web Worker (src/data/parse.worker.ts); rules live in src/domain (wide, importChecks).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { defaultCatalogue, findIndex } from '@/domain/catalogue';
import { matchWideColumns, type ColumnMatch } from '@/domain/wide';
import type { AnalyseRequest, Decisions, Inspection } from '@/data/importParsing';
import type { Score } from '@/domain/types';
import { reloadImports } from '@/data/imported';
import { useScoreTable } from '@/data/scores';
import { useView } from '@/state/view';
import { useLang } from '@/ui/i18n';
import { DropZone } from './DropZone';
import { MappingForm } from './MappingForm';
import { Preview } from './Preview';
import { ProblemList } from './ProblemList';
import { SavedImports } from './SavedImports';
import { STRINGS } from './strings';
import { useImportWorker } from './useImportWorker';
import './import.css';

const KEEP_ALL: Decisions = { all: 'keep', byKey: {} };

export default function ImportView() {
  const lang = useLang();
  const s = STRINGS[lang];
  const setView = useView((v) => v.set);
  const { table } = useScoreTable('all');
  // Index and year filled in by a shortcut (the landing notice: "Import PCI 2024"), kept in the URL.
  const prefill = useView((v) => v.extra);
  const prefilled = { index: findIndex(defaultCatalogue, prefill.importIndex ?? '')?.id ?? '', year: /^\d{4}$/.test(prefill.importYear ?? '') ? Number(prefill.importYear) : null };
  const [edition, setEdition] = useState<{ index: string; year: number | null }>(prefilled);
  const prefilledRef = useRef(prefilled);
  const [mapping, setMapping] = useState<ColumnMatch[] | null>(null);
  const [decisions, setDecisions] = useState<Decisions>(KEEP_ALL);
  const tableRef = useRef(table);
  useEffect(() => {
    tableRef.current = table;
  }, [table]);
  const analyseRef = useRef<(request: AnalyseRequest, loaded: readonly Score[]) => void>(() => {});

  // A new file: take the worker's guesses as the starting point; a long file is checked at once.
  const handlers = useMemo(
    () => ({
      onInspected(inspection: Inspection) {
        setDecisions(KEEP_ALL);
        setEdition({ index: inspection.guess.index ?? prefilledRef.current.index, year: inspection.guess.year ?? prefilledRef.current.year });
        setMapping(inspection.mapping);
        if (inspection.shape === 'long') analyseRef.current({}, tableRef.current?.scores ?? []);
      },
      onSaved() {
        void reloadImports();
      },
    }),
    [],
  );
  const { state, open, analyse, commit, reset } = useImportWorker(handlers);
  useEffect(() => {
    analyseRef.current = analyse;
  }, [analyse]);
  const { inspection, analysis, phase } = state;

  const changeEdition = (index: string, year: number | null) => {
    setEdition({ index, year });
    const def = findIndex(defaultCatalogue, index);
    if (def && year !== null && inspection) setMapping(matchWideColumns(inspection.header, def, year, defaultCatalogue, inspection.sample));
  };

  const busy = phase === 'reading' || phase === 'analysing' || phase === 'saving';
  const isWide = inspection?.shape === 'wide';
  const progressLabel = state.progress ? { read: s.reading, check: s.checking, compare: s.comparing }[state.progress.step] : '';
  const canImport = phase === 'analysed' && analysis !== null && analysis.errorCount === 0 && analysis.rows > 0;
  const firstEdition = analysis?.editions[0];
  const taken = analysis ? (decisions.all === 'take' ? analysis.replacedCount - analysis.replaced.filter((r) => decisions.byKey[r.key] === 'keep').length : analysis.replaced.filter((r) => decisions.byKey[r.key] === 'take').length) : 0;
  const toApply = (analysis?.added ?? 0) + taken;

  return (
    <div className="import-view">
      <h1>{s.title}</h1>
      <p className="note">{s.intro}</p>
      {prefilled.index && prefilled.year !== null && (
        <p className="import-prefill" data-testid="import-prefill">
          {s.prefilled}: <strong>{findIndex(defaultCatalogue, prefilled.index)?.label} {prefilled.year}</strong>
        </p>
      )}
      <DropZone label={s.drop} choose={s.choose} disabled={busy} onFile={open} />

      {state.progress && (
        <div className="import-progress" aria-live="polite">
          <label>
            {progressLabel}… {Math.round(state.progress.fraction * 100)}%
            <progress data-testid="import-progress" max={1} value={state.progress.fraction} />
          </label>
        </div>
      )}
      {phase === 'failed' && (
        <p className="error" role="alert">
          {s.failed}: {state.error}
        </p>
      )}

      {inspection && inspection.shape && (
        <p className="note" data-testid="import-shape">
          <strong>{inspection.fileName}</strong> — {isWide ? s.shapeWide : s.shapeLong} ({inspection.dataRows} {s.dataRows})
        </p>
      )}

      {isWide && inspection && phase !== 'saved' && (
        <MappingForm
          catalogue={defaultCatalogue}
          sample={inspection.sample}
          index={edition.index}
          year={edition.year}
          mapping={mapping}
          onIndexYear={changeEdition}
          onMapping={setMapping}
          busy={busy || !table}
          onConfirm={() => table && edition.year !== null && analyse({ index: edition.index, year: edition.year, mapping: mapping ?? undefined }, table.scores)}
        />
      )}

      {analysis && phase !== 'saved' && <ProblemList analysis={analysis} />}
      {analysis && analysis.errorCount === 0 && phase !== 'saved' && analysis.rows > 0 && (
        <Preview analysis={analysis} catalogue={defaultCatalogue} decisions={decisions} onDecisions={setDecisions} />
      )}
      {canImport && (
        <p className="import-actions">
          <button type="button" className="primary" data-testid="import-confirm" onClick={() => commit(decisions)}>
            {s.confirm}: {toApply} {s.toApply}
          </button>{' '}
          <button type="button" onClick={reset}>
            {s.cancel}
          </button>
        </p>
      )}
      {phase === 'saving' && <p aria-live="polite">{s.saving}</p>}
      {phase === 'saved' && (
        <p className="ok" role="status" data-testid="import-saved-message">
          {s.saved}{' '}
          {firstEdition && (
            <button type="button" onClick={() => setView({ tab: 'rankings', index: firstEdition.index, year: firstEdition.year })}>
              → {firstEdition.index} {firstEdition.year}
            </button>
          )}
        </p>
      )}

      <SavedImports catalogue={defaultCatalogue} />
    </div>
  );
}

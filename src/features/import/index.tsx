/**
 * Import screen: drop or choose a file → (wide table) confirm index, year and each header's meaning →
 * located problems and a preview (added / replaced / unchanged) → resolve conflicts → import.
 * Parsing runs in a Web Worker (src/data/parse.worker.ts); rules live in src/domain (wide, importChecks).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { defaultCatalogue, findIndex, getUnit, unitsForYear } from '@/domain/catalogue/catalogue';
import { LEAVE_OUT } from '@/domain/import/unitNames';
import { matchWideColumns, type ColumnMatch } from '@/domain/import/wide';
import { appliedCount, type AnalyseRequest, type Decisions, type Inspection, type UnresolvedPlaced } from '@/data/importParsing';
import type { Score } from '@/domain/catalogue/types';
import { reloadImports } from '@/data/imported';
import { useScoreTable } from '@/data/scores';
import { useView } from '@/state/view';
import { useLang } from '@/ui/i18n';
import { DropZone } from './DropZone';
import { MappingForm } from './MappingForm';
import { Preview } from './Preview';
import { ProblemList } from './ProblemList';
import { SavedImports } from './SavedImports';
import { DestinationPicker, destinationOf } from './DestinationPicker';
import { IndicatorImport, type IndicatorHandoff } from './IndicatorImport';
import { ProvinceImport } from './ProvinceImport';
import { STRINGS } from './strings';
import { useImportWorker } from './useImportWorker';
import { readClipboard } from './pasteTable';
import type { PastedRows } from '@/domain/import/pasteGrid';
import { SaveFailureAlert } from './SaveFailureAlert';
import { TABLE_SOURCES } from './whereToGet';
import { applyRemembered, useImportMappings } from '@/state/importMappings';
import { useUnitPicks } from '@/state/unitPicks';
import { UnitNames, type UnitChoice } from './UnitNames';
import { catalogueLocalUnits, findLocalUnit, LOCAL_KIND_LABELS, localUnitValidIn } from '@/domain/province/provinceUnits';
import { StructurePanel } from './NewStructure';
import './import.css';

const KEEP_ALL: Decisions = { all: 'keep', byKey: {} };

function NationalImport({ onIndicatorTable }: { onIndicatorTable(source: IndicatorHandoff): void }) {
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
  // The table as the user last fixed it (edition and mapping), to keep when the same table is read again (re-paste, re-open).
  const fixedRef = useRef<{ edition: { index: string; year: number | null }; mapping: ColumnMatch[] | null }>({ edition: prefilled, mapping: null });
  useEffect(() => {
    fixedRef.current = { edition, mapping };
  });
  const [rememberedColumns, setRememberedColumns] = useState<number[]>([]);
  const remember = useImportMappings((m) => m.remember);
  /** The suggested mapping with the meanings the user confirmed before put first. */
  const offerMapping = (index: string, suggested: ColumnMatch[] | null) => {
    if (!suggested) {
      setMapping(null);
      setRememberedColumns([]);
      return;
    }
    const { mapping: offered, from } = applyRemembered(suggested, index, useImportMappings.getState().remembered);
    setMapping(offered);
    setRememberedColumns(from);
  };
  const offerRef = useRef(offerMapping);
  useEffect(() => {
    offerRef.current = offerMapping;
  });
  const [decisions, setDecisions] = useState<Decisions>(KEEP_ALL);
  // The file or paste last given, handed to the indicator destination when the worker recognises an indicator table.
  const lastSource = useRef<IndicatorHandoff | null>(null);
  const handoffRef = useRef(onIndicatorTable);
  useEffect(() => {
    handoffRef.current = onIndicatorTable;
  });
  // "This edition has a new structure": the table is read under a structure declared from its header (NewStructure.tsx).
  const [newStructure, setNewStructure] = useState(false);
  const [continues, setContinues] = useState<Record<string, string[]>>({});
  const tableRef = useRef(table);
  const analyseRef = useRef<(request: AnalyseRequest, loaded: readonly Score[]) => void>(() => {});
  // A long file inspected before every index's figures are loaded is compared once they are (never against nothing).
  const waitingForTable = useRef(false);
  useEffect(() => {
    tableRef.current = table;
    if (table && waitingForTable.current) {
      waitingForTable.current = false;
      analyseRef.current({ unitPicks: useUnitPicks.getState().picks }, table.scores);
    }
  }, [table]);

  // A new file: take the worker's guesses as the starting point; a long file is checked at once.
  const handlers = useMemo(
    () => ({
      onInspected(inspection: Inspection) {
        setDecisions(KEEP_ALL);
        setNewStructure(false);
        setContinues({});
        const fixed = fixedRef.current;
        // A table whose own name or words give another edition is another table, even with the same headers.
        const sameEdition = (inspection.guess.index === null || inspection.guess.index === fixed.edition.index) && (inspection.guess.year === null || inspection.guess.year === fixed.edition.year);
        if (inspection.shape === 'wide' && fixed.mapping && sameEdition && sameHeaders(fixed.mapping, inspection.header)) {
          // The same table read again: the user's fixes stay (edition and column meanings; province picks are in useUnitPicks).
          setEdition(fixed.edition);
          setMapping(fixed.mapping);
          return;
        }
        const index = inspection.guess.index ?? prefilledRef.current.index;
        const year = inspection.guess.year ?? prefilledRef.current.year;
        setEdition({ index, year });
        const def = findIndex(defaultCatalogue, index);
        const suggested = inspection.mapping ?? (inspection.shape === 'wide' && def && year !== null ? matchWideColumns(inspection.header, def, year, defaultCatalogue, inspection.sample) : null);
        offerRef.current(index, suggested);
        if (inspection.shape !== 'long') return;
        // A long file names its provinces row by row: the picks made before apply (reading the same file again keeps them).
        if (tableRef.current) analyseRef.current({ unitPicks: useUnitPicks.getState().picks }, tableRef.current.scores);
        else waitingForTable.current = true;
      },
      onSaved() {
        void reloadImports();
      },
      onRecognised() {
        if (lastSource.current) handoffRef.current(lastSource.current);
      },
    }),
    [],
  );
  const worker = useImportWorker(handlers);
  const { state, chooseSheet, analyse, commit, reset, clearAnalysis } = worker;
  const open = (file: File) => {
    lastSource.current = { file };
    worker.open(file);
  };
  const paste = (tables: PastedRows[], fileName: string) => {
    lastSource.current = { tables, fileName };
    worker.paste(tables, fileName);
  };
  useEffect(() => {
    analyseRef.current = analyse;
  }, [analyse]);
  const { inspection, analysis, phase } = state;
  const busy = phase === 'reading' || phase === 'analysing' || phase === 'saving';

  /** Check the wide table as confirmed, with the provinces the user picked for names of the table's year. */
  const check = (request: { index: string; year: number; mapping: ColumnMatch[] | null; newStructure?: boolean }) => {
    if (!table) return;
    analyse({ index: request.index, year: request.year, mapping: request.mapping ?? undefined, unitPicks: useUnitPicks.getState().picks, ...(request.newStructure ? { newStructure: true } : {}) }, table.scores);
  };
  /** A unit picked (or LEAVE_OUT) for a name the table prints: remembered, then the table checked again with it. */
  const pickUnit = (name: UnresolvedPlaced, unitId: string) => {
    if (unitId !== LEAVE_OUT && !getUnit(defaultCatalogue, unitId) && !findLocalUnit(defaultCatalogue, unitId)) return;
    useUnitPicks.getState().pick(name.set, name.written, unitId);
    setDecisions(KEEP_ALL);
    if (analysis?.shape === 'long') {
      if (table) analyse({ unitPicks: useUnitPicks.getState().picks }, table.scores);
      return;
    }
    if (edition.year === null) return;
    // Under a declared structure the table is read again from the columns as suggested (the structure is declared anew).
    check({ index: edition.index, year: edition.year, mapping: newStructure ? mapping : (analysis?.mapping ?? mapping), newStructure });
  };
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
  /** A province name is given one of the year's provinces; a unit inside a province (a long file's `unit` column) one of its departments or localities of the year. */
  const unitChoices = (n: UnresolvedPlaced): UnitChoice[] => {
    const byName = (a: UnitChoice, b: UnitChoice) => collator.compare(a.name, b.name);
    if (!n.set.startsWith('local:')) return unitsForYear(defaultCatalogue, n.year).map((u) => ({ id: u.id, name: u[lang] })).sort(byName);
    const local = catalogueLocalUnits(defaultCatalogue, n.set.slice('local:'.length)).filter((u) => localUnitValidIn(u, n.year));
    return (['department', 'locality'] as const).flatMap((kind) => local.filter((u) => u.kind === kind).map((u) => ({ id: u.id, name: u[lang], group: LOCAL_KIND_LABELS[kind][lang] })).sort(byName));
  };

  const changeEdition = (index: string, year: number | null) => {
    setEdition({ index, year });
    setNewStructure(false);
    const def = findIndex(defaultCatalogue, index);
    if (def && year !== null && inspection) offerMapping(def.id, matchWideColumns(inspection.header, def, year, defaultCatalogue, inspection.sample));
  };

  // A paste anywhere on the tab (outside a form field) is a table to import, like a dropped file.
  const onPaste = (e: ClipboardEvent | globalThis.ClipboardEvent) => {
    const pasted = readClipboard(e.clipboardData);
    if (!pasted || busy) return;
    e.preventDefault();
    if (pasted.kind === 'tables') paste(pasted.tables, s.pasteName);
    else open(new File([pasted.text], s.pasteName, { type: 'text/csv' }));
  };
  const onPasteRef = useRef(onPaste);
  useEffect(() => {
    onPasteRef.current = onPaste;
  });
  useEffect(() => {
    const listener = (e: globalThis.ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      onPasteRef.current(e);
    };
    window.addEventListener('paste', listener);
    return () => window.removeEventListener('paste', listener);
  }, []);

  const sheetChoices = inspection?.sheets && inspection.sheets.length > 1 ? inspection.sheets : null;
  const headerYears = inspection?.headerYears ?? [];
  const isWide = inspection?.shape === 'wide';
  const progressLabel = state.progress ? { read: s.reading, check: s.checking, compare: s.comparing }[state.progress.step] : '';
  // The rows that can be read are importable; rows with errors stay listed with their place, to fix and import later.
  const canImport = phase === 'analysed' && analysis !== null && analysis.rows > 0;
  const firstEdition = analysis?.editions[0];
  const toApply = analysis ? appliedCount(analysis, decisions) : 0;

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
      <label className="paste-box">
        <span>{s.paste}</span>
        <textarea data-testid="import-paste" rows={2} readOnly={busy} placeholder={s.pasteHelp} value="" onChange={() => {}} onPaste={(e) => onPaste(e)} />
      </label>
      <details className="where-to-get" data-testid="import-where">
        <summary>{s.whereTitle}</summary>
        <ul>
          {TABLE_SOURCES.map((t) => (
            <li key={t.index}>
              <strong>{defaultCatalogue.indices.find((i) => i.id === t.index)?.label ?? t.index}</strong> — {t.publisher[lang]}:{' '}
              <a href={t.url} target="_blank" rel="noreferrer">
                {t.url.replace(/^https:\/\/(www\.)?/, '')}
              </a>{' '}
              — {t.form[lang]}
            </li>
          ))}
        </ul>
        <p className="note">{s.shapes}</p>
      </details>

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
          {s.failed}: {state.errorCode === 'timeout' ? s.readTimeout : state.error}
        </p>
      )}
      {(state.errorCode === 'storage-full' || state.errorCode === 'storage-failed') && <SaveFailureAlert code={state.errorCode} detail={state.error} />}

      {inspection && inspection.shape && (
        <p className="note" data-testid="import-shape">
          <strong>{inspection.fileName}</strong> — {isWide ? s.shapeWide : s.shapeLong} ({inspection.dataRows} {s.dataRows})
        </p>
      )}

      {sheetChoices && phase !== 'saved' && (
        <div className="import-sheet">
          <p className="note">{inspection?.source === 'paste' ? s.pasteChoose : s.sheetChoose}</p>
          <label className="inline-control">
            {inspection?.source === 'paste' ? s.pasteTable : s.sheet}
            <select data-testid="import-sheet" value={inspection?.sheet ?? ''} disabled={busy} onChange={(e) => chooseSheet(e.target.value)}>
              {sheetChoices.map((sh) => (
                <option key={sh.name} value={sh.name}>
                  {inspection?.source === 'paste' ? `${s.pasteTable} ${sh.name}` : sh.name} ({sh.provinces} {s.sheetProvinces})
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {isWide && headerYears.length > 1 && phase !== 'saved' && (
        <p className="note" data-testid="import-header-years">
          {s.headerYears.replace('{years}', headerYears.join(', '))}
        </p>
      )}

      {isWide && inspection && phase !== 'saved' && newStructure && analysis?.structure && findIndex(defaultCatalogue, analysis.structure.index) && (
        <StructurePanel
          catalogue={defaultCatalogue}
          index={findIndex(defaultCatalogue, analysis.structure.index)!}
          structure={analysis.structure}
          continues={continues}
          onContinues={setContinues}
          busy={busy}
          onBack={() => {
            setNewStructure(false);
            setContinues({});
            clearAnalysis();
          }}
        />
      )}
      {isWide && inspection && phase !== 'saved' && !newStructure && (
        <MappingForm
          catalogue={defaultCatalogue}
          sample={inspection.sample}
          index={edition.index}
          year={edition.year}
          mapping={mapping}
          onIndexYear={changeEdition}
          onMapping={setMapping}
          remembered={rememberedColumns}
          busy={busy || !table}
          onNewStructure={() => {
            if (!table || edition.year === null) return;
            setNewStructure(true);
            setContinues({});
            setDecisions(KEEP_ALL);
            check({ index: edition.index, year: edition.year, mapping, newStructure: true });
          }}
          onConfirm={() => {
            if (!table || edition.year === null) return;
            if (mapping) remember(edition.index, mapping);
            check({ index: edition.index, year: edition.year, mapping });
          }}
        />
      )}

      {analysis?.unresolved && analysis.unresolved.length > 0 && phase !== 'saved' && (
        <UnitNames
          names={analysis.unresolved}
          choices={(n) => unitChoices(n)}
          guessName={(n) => (n.unit ? (getUnit(defaultCatalogue, n.unit)?.[lang] ?? findLocalUnit(defaultCatalogue, n.unit)?.[lang]) : undefined)}
          busy={busy}
          why={(n) => analysis.issues.find((p) => p.line === n.first.line && p.column === n.first.column && p.severity === 'error')?.message[lang]}
          onPick={pickUnit}
        />
      )}
      {analysis && (phase !== 'saved' || analysis.errorCount > 0) && <ProblemList analysis={analysis} saved={phase === 'saved'} />}
      {analysis && phase !== 'saved' && analysis.rows > 0 && (
        <Preview analysis={analysis} catalogue={defaultCatalogue} decisions={decisions} onDecisions={setDecisions} />
      )}
      {canImport && (
        <p className="import-actions">
          <button type="button" className="primary" data-testid="import-confirm" onClick={() => commit(decisions, newStructure ? continues : undefined)}>
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

/** Whether a table read again has the headers the mapping was made for (same columns, same words). */
function sameHeaders(mapping: readonly ColumnMatch[], header: readonly string[]): boolean {
  return mapping.length === header.length && mapping.every((m) => m.header === (header[m.column] ?? '').trim());
}

/**
 * The one import flow, two destinations: a national index, or a province's own index (DDCI …) of the province in
 * view — carried in the URL (`dest=province`), so the "Trong tỉnh (DDCI)" tab links here.
 */
export default function ImportView() {
  const dest = destinationOf(useView((v) => v.extra.dest));
  const setExtra = useView((v) => v.setExtra);
  // An indicator table given to the national import goes to the indicator destination, read there again.
  const [handoff, setHandoff] = useState<IndicatorHandoff | null>(null);
  const onIndicatorTable = useCallback(
    (source: IndicatorHandoff) => {
      setHandoff(source);
      setExtra('dest', 'indicators');
    },
    [setExtra],
  );
  const handled = useCallback(() => setHandoff(null), []);
  return (
    <>
      <DestinationPicker />
      {dest === 'province' ? <ProvinceImport /> : dest === 'indicators' ? <IndicatorImport handoff={handoff} onHandled={handled} /> : <NationalImport onIndicatorTable={onIndicatorTable} />}
    </>
  );
}

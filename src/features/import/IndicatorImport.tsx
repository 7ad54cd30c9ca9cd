/**
 * The Import tab's destination "indicator tables": VCCI's workbook with one sheet per sub-index (any edition) or a
 * one-province indicator table, read in the import's worker (src/data/parse.worker.ts → data/indicatorParsing.ts),
 * previewed (provinces × indicators per sheet, indicators new to the catalogue with their direction and its evidence,
 * what it adds or replaces), saved in IndexedDB (src/data/indicators.ts) and listed with remove (= undo).
 * The indicator view reads what is saved here.
 */
import { useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { defaultCatalogue, findComponent, getIndex, unitName, unitsForYear } from '@/domain/catalogue/catalogue';
import { formatDecimal } from '@/domain/catalogue/numbers';
import { fillTemplate as fill } from '@/domain/catalogue/text';
import type { Problem } from '@/domain/catalogue/types';
import { indicatorImportChange } from '@/domain/import/indicatorLayers';
import type { IndicatorRead, IndicatorReadRequest } from '@/data/indicatorParsing';
import { catalogueWith, INDICATOR_RECORD_VERSION, knownIndicators, useImportedIndicators, useIndicatorImports, useIndicatorRecords, type IndicatorImportRecord } from '@/data/indicators';
import type { WorkerReply, WorkerRequest } from '@/data/parse.worker';
import type { PastedRows } from '@/domain/import/pasteGrid';
import { useView } from '@/state/view';
import { formatDate, useLang, useStrings } from '@/ui/i18n';
import { DropZone } from './DropZone';
import { INDICATOR_IMPORT_STRINGS } from './indicatorImportStrings';
import { readClipboard } from './pasteTable';
import { READ_SILENCE_MS } from './useImportWorker';
import { RemoveInTwoSteps } from './RemoveInTwoSteps';
import { UnmatchedIndicatorRows } from '@/ui/UnmatchedIndicatorRows';

/** A file or paste handed over by the national import when it recognised an indicator table. */
export type IndicatorHandoff = { file: File } | { tables: PastedRows[]; fileName: string };

type Source = IndicatorHandoff;

const PCI = getIndex(defaultCatalogue, 'PCI');

/** One worker for this destination: read a file or paste as indicator tables. */
function useIndicatorReader() {
  const [state, setState] = useState<{ phase: 'idle' | 'reading' | 'read' | 'failed'; read: IndicatorRead | null; error: string | null }>({ phase: 'idle', read: null, error: null });
  const send = useRef<(msg: WorkerRequest) => void>(() => {});
  useEffect(() => {
    let worker: Worker;
    let watchdog: ReturnType<typeof setTimeout> | null = null;
    const start = () => {
      worker = new Worker(new URL('../../data/parse.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') return;
        if (watchdog !== null) clearTimeout(watchdog);
        watchdog = null;
        if (reply.type === 'indicators-read') setState({ phase: 'read', read: reply.read, error: null });
        else if (reply.type === 'failed') setState({ phase: 'failed', read: null, error: reply.message });
      };
    };
    start();
    send.current = (msg) => {
      if (watchdog !== null) clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        worker.terminate();
        start();
        setState({ phase: 'failed', read: null, error: 'timeout' });
      }, READ_SILENCE_MS);
      worker.postMessage(msg);
    };
    return () => {
      if (watchdog !== null) clearTimeout(watchdog);
      worker.terminate();
    };
  }, []);
  const read = (source: Source, request: IndicatorReadRequest) => {
    setState({ phase: 'reading', read: null, error: null });
    if ('file' in source) send.current({ type: 'inspect-indicators', file: source.file, fileName: source.file.name, request });
    else send.current({ type: 'inspect-indicators', tables: source.tables, fileName: source.fileName, request });
  };
  const reset = () => setState({ phase: 'idle', read: null, error: null });
  return { state, read, reset };
}

function placeOf(p: Problem, lang: 'vi' | 'en'): string {
  if (p.place) return p.place[lang];
  if (p.line > 0) return lang === 'vi' ? `dòng ${p.line}${p.column ? `, cột ${p.column}` : ''}` : `line ${p.line}${p.column ? `, column ${p.column}` : ''}`;
  return '';
}

function Problems({ problems, file }: { problems: readonly Problem[]; file: string }) {
  const lang = useLang();
  if (!problems.length) return null;
  return (
    <ul className="problem-list" data-testid="indicator-import-problems">
      {problems.map((p, i) => (
        <li key={i} className={p.severity}>
          <code>
            {file}
            {placeOf(p, lang) ? `: ${placeOf(p, lang)}` : ''}
          </code>{' '}
          — {p.message[lang]}
        </li>
      ))}
    </ul>
  );
}

export function IndicatorImport({ handoff, onHandled }: { handoff: IndicatorHandoff | null; onHandled(): void }) {
  const lang = useLang();
  const s = useStrings(INDICATOR_IMPORT_STRINGS);
  const extra = useView((v) => v.extra);
  const set = useView((v) => v.set);
  const viewProvince = useView((v) => v.province);
  const prefillYear = /^\d{4}$/.test(extra.importYear ?? '') ? Number(extra.importYear) : undefined;
  const { catalogue, books } = useImportedIndicators();
  const { records } = useIndicatorRecords();
  const unreadable = useIndicatorImports((st) => st.unreadable);
  const storageError = useIndicatorImports((st) => st.storageError);
  const save = useIndicatorImports((st) => st.save);
  const remove = useIndicatorImports((st) => st.remove);
  const { state, read, reset } = useIndicatorReader();
  const [source, setSource] = useState<Source | null>(null);
  const [choice, setChoice] = useState<{ year?: number; province?: string }>({});
  const [saved, setSaved] = useState<IndicatorImportRecord | null>(null);
  const [recognisedNote, setRecognisedNote] = useState(false);

  const open = (src: Source, picked: { year?: number; province?: string } = {}, recognised = false) => {
    setRecognisedNote(recognised);
    setSource(src);
    setSaved(null);
    setChoice(picked);
    read(src, { known: knownIndicators(catalogue), fallbackYear: prefillYear, ...picked });
  };
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  useEffect(() => {
    if (!handoff) return;
    openRef.current(handoff, {}, true);
    onHandled();
  }, [handoff, onHandled]);

  const onPaste = (e: ClipboardEvent) => {
    const pasted = readClipboard(e.clipboardData);
    if (!pasted || state.phase === 'reading') return;
    e.preventDefault();
    if (pasted.kind === 'tables') open({ tables: pasted.tables, fileName: s.pasteName });
    else open({ file: new File([pasted.text], s.pasteName, { type: 'text/csv' }) });
  };

  const result = state.read;
  const errors = result?.problems.filter((p) => p.severity === 'error') ?? [];
  const needsChoice = result ? result.problems.some((p) => p.code === 'indicator-table-needs-year' || p.code === 'indicator-table-needs-province') : false;
  const book = result?.book ?? null;
  const canImport = book !== null && errors.length === 0 && book.figures.length > 0 && !saved;
  const change = useMemo(() => (book ? indicatorImportChange(books, book) : null), [book, books]);
  const newEntries = useMemo(() => {
    if (!book || result?.kind !== 'vcci-workbook') return [];
    const knownIds = new Set(catalogue.map((e) => e.id));
    return catalogueWith(books, book).filter((e) => e.years.includes(book.year) && !knownIds.has(e.id));
  }, [book, books, catalogue, result?.kind]);
  const componentName = (id: string) => findComponent(PCI, id)?.[lang] ?? id;
  const uname = (id: string) => unitName(defaultCatalogue, id, lang);

  const doImport = async () => {
    if (!result || !book) return;
    const record: IndicatorImportRecord = {
      version: INDICATOR_RECORD_VERSION,
      id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      fileName: result.fileName,
      date: new Date().toISOString(),
      kind: result.kind === 'vcci-workbook' ? 'vcci-workbook' : 'province-table',
      index: 'PCI',
      year: book.year,
      ...(result.kind === 'province-table' && result.province ? { province: result.province } : {}),
      book,
      unmatched: result.rows.filter((r) => r.matched === null).map((r) => ({ place: r.place, label: r.label, code: r.code, value: r.value, component: r.component, printed: r.printed })),
    };
    if (await save(record)) setSaved(record);
  };
  const toView = (r: IndicatorImportRecord) =>
    set({ tab: 'indicators', index: 'PCI', year: r.year, province: r.province ?? viewProvince, component: r.book.sheets[0]?.component ?? 'land_access', extra: { ...extra, dest: '', importIndex: '', importYear: '' } });
  const yearChoices = Array.from({ length: 2030 - 2005 + 1 }, (_, i) => 2005 + i);
  const choiceYear = choice.year ?? result?.year ?? prefillYear ?? null;

  return (
    <div className="import-view indicator-import">
      <h1>{s.heading}</h1>
      <p className="note">{s.lede}</p>
      {prefillYear !== undefined && (extra.importIndex ?? 'PCI') === 'PCI' && (
        <p className="import-prefill" data-testid="import-prefill">
          {s.prefilled}: <strong>PCI {prefillYear}</strong>
        </p>
      )}
      {recognisedNote && (
        <p className="note" role="status" data-testid="indicator-recognised">
          {s.recognised}
        </p>
      )}
      <DropZone
        label={s.drop}
        choose={s.choose}
        disabled={state.phase === 'reading'}
        onFile={(file) => open({ file })}
      />
      <label className="paste-box">
        <span>{s.paste}</span>
        <textarea data-testid="indicator-paste" rows={2} readOnly={state.phase === 'reading'} value="" onChange={() => {}} onPaste={onPaste} />
      </label>
      {state.phase === 'reading' && <p role="status">{s.reading}</p>}
      {state.phase === 'failed' && (
        <p className="error" role="alert">
          {s.failed}: {state.error === 'timeout' ? s.timeout : state.error}
        </p>
      )}
      {result && (
        <section className="card" aria-labelledby="indicator-preview-title" data-testid="indicator-preview">
          <h2 id="indicator-preview-title">
            <strong>{result.fileName}</strong> —{' '}
            {result.kind === 'vcci-workbook'
              ? fill(s.workbook, { year: result.year ?? '?' })
              : fill(s.provinceTable, { province: result.province ? uname(result.province) : '?', year: result.year ?? '?' })}
          </h2>
          {result.kind === 'vcci-workbook' && book && (
            <ul data-testid="indicator-preview-sheets">
              {book.sheets.map((sh) => (
                <li key={sh.name}>{fill(s.sheetLine, { sheet: sh.name, component: componentName(sh.component), provinces: sh.provinces, indicators: sh.indicators })}</li>
              ))}
            </ul>
          )}
          {newEntries.length > 0 && !saved && (
            <details open={newEntries.length <= 20} data-testid="indicator-preview-new">
              <summary>
                {s.newIndicators} ({newEntries.length})
              </summary>
              <ul>
                {newEntries.map((e) => {
                  const ev = e.direction.evidence.find((x) => x.year === book?.year);
                  return (
                    <li key={e.id}>
                      <strong>{e.label.vi}</strong> <code>{e.code}</code> — {componentName(e.component)}: {e.higherIsBetter === null ? s.undecided : e.higherIsBetter ? s.higherBetter : s.lowerBetter} (
                      {ev ? fill(s.evidence, { r: formatDecimal(ev.r, lang, 2), n: ev.n }) : s.noEvidence})
                    </li>
                  );
                })}
              </ul>
            </details>
          )}
          {result.kind === 'province-table' && result.rows.length > 0 && (
            <details open={result.rows.length <= 40} data-testid="indicator-preview-rows">
              <summary>
                {s.rowsTitle} ({result.rows.filter((r) => r.matched).length} {s.matched}, {result.rows.filter((r) => !r.matched).length} {s.notImported})
              </summary>
              <ul className="indicator-rows">
                {result.rows.map((r, i) => (
                  <li key={i} className={r.matched ? '' : 'warning'} data-testid={r.matched ? 'indicator-row-matched' : 'indicator-row-unmatched'}>
                    <span className="note">{r.place[lang]}</span> {r.label || r.code} {r.code && r.label ? <code>{r.code}</code> : null}: <strong>{r.fromPercent && r.value !== null ? `${formatDecimal(r.value * 100, lang, 1)} %` : formatDecimal(r.value, lang, r.value !== null && Math.abs(r.value) < 1 ? 4 : 2)}</strong>
                    {r.matched ? '' : ` — ${s.notImported}`}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {change && book && errors.length === 0 && !saved && (
            <p data-testid="indicator-preview-change">{fill(s.change, { added: change.added, replaced: change.replaced, unchanged: change.unchanged })}</p>
          )}
          <Problems problems={result.problems} file={result.fileName} />
          {needsChoice && source && (
            <div className="import-edition">
              <label className="inline-control">
                {s.year}{' '}
                <select data-testid="indicator-choose-year" value={choiceYear ?? ''} onChange={(e) => setChoice({ ...choice, year: Number(e.target.value) })}>
                  <option value="">—</option>
                  {yearChoices.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </label>
              <label className="inline-control">
                {s.province}{' '}
                <select data-testid="indicator-choose-province" value={choice.province ?? result.province ?? ''} onChange={(e) => setChoice({ ...choice, province: e.target.value })}>
                  <option value="">—</option>
                  {unitsForYear(defaultCatalogue, choiceYear ?? 2016).map((u) => (
                    <option key={u.id} value={u.id}>
                      {u[lang]}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => open(source, choice)}>
                {s.readAgain}
              </button>
            </div>
          )}
          {errors.length > 0 && !needsChoice && (
            <p className="error" role="alert">
              {s.blocked}
            </p>
          )}
          {canImport && (
            <p className="import-actions">
              <button type="button" className="primary" data-testid="indicator-import-confirm" onClick={() => void doImport()}>
                {s.confirm}: {book.figures.filter((f) => f.value !== null).length} {s.figures}
              </button>{' '}
              <button type="button" onClick={() => {
                reset();
                setSource(null);
              }}>
                {s.cancel}
              </button>
            </p>
          )}
          {saved && (
            <p className="ok" role="status" data-testid="indicator-import-saved">
              {s.saved}{' '}
              <button type="button" onClick={() => toView(saved)}>
                → {s.toView} PCI {saved.year}
              </button>{' '}
              <button
                type="button"
                data-testid="indicator-import-undo"
                onClick={() => {
                  void remove(saved.id);
                  setSaved(null);
                }}
              >
                {s.undo}
              </button>
            </p>
          )}
        </section>
      )}

      <section className="card" aria-labelledby="indicator-saved-title" data-testid="indicator-saved">
        <h2 id="indicator-saved-title">{s.savedTitle}</h2>
        {storageError && (
          <p className="error" role="alert">
            {s.storageError}: {storageError}
          </p>
        )}
        {unreadable.map((u) => (
          <p key={u.key} className="error" role="alert">
            {s.unreadable}: {u.reason}
          </p>
        ))}
        {records.length === 0 ? (
          <p className="note">{s.noneSaved}</p>
        ) : (
          <ul className="saved-imports">
            {[...records].reverse().map((r) => (
              <li key={r.id} data-testid="indicator-saved-item">
                <span>
                  <strong>{r.migrated ? `${r.fileName} (${s.earlier})` : r.fileName}</strong> · PCI {r.year}
                  {r.province ? ` · ${uname(r.province)}` : ''} · {r.migrated ? '' : `${formatDate(r.date, lang)} · `}
                  {r.book.sheets.map((sh) => fill(s.sheetLine, { sheet: '', component: componentName(sh.component), provinces: sh.provinces, indicators: sh.indicators }).replace(/^ — /, '')).join('; ')}
                  {r.unmatched.length > 0 && (
                    <details className="indicator-unmatched-saved" data-testid="indicator-saved-unmatched">
                      <summary>{fill(s.unmatchedSaved, { n: r.unmatched.length })}</summary>
                      <UnmatchedIndicatorRows rows={r.unmatched} componentName={componentName} />
                    </details>
                  )}
                </span>
                <span className="actions">
                  <button type="button" onClick={() => toView(r)}>
                    {s.toView}
                  </button>
                  <RemoveInTwoSteps onRemove={() => remove(r.id)} testId="indicator-remove" labels={s} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

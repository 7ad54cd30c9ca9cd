/**
 * The Import tab for the destination "a province's own index" (DDCI …): the same worker, readers (workbook, PDF,
 * paste, CSV), problem list and IndexedDB store as the national indices; the mapping is the index's definition read
 * from the header — each column's role (shown by its name, changeable), the printed scales, the kinds of unit.
 * Rules: src/domain/province/provinceIndex.ts; sequence: src/data/provinceImport.ts.
 */
import { useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { defaultCatalogue, TOTAL, unitName } from '@/domain/catalogue/catalogue';
import { foldText } from '@/domain/catalogue/text';
import { defaultDepartments, NO_EDITS, provinceDepartments } from '@/domain/plan/departments';
import type { ProvinceColumn, ProvinceColumnRole, ProvinceIndexDef } from '@/domain/province/provinceIndex';
import { localUnitValidIn, provinceLocalUnits, provinceScope, type LocalUnitKind } from '@/domain/province/provinceUnits';
import type { Inspection, UnresolvedPlaced } from '@/data/importParsing';
import { ensureImportsLoaded, reloadImports, useImports } from '@/data/imported';
import { provinceIndicesFrom } from '@/data/provinceIndices';
import { useAssignments } from '@/state/assignments';
import { useUnitPicks } from '@/state/unitPicks';
import { useView } from '@/state/view';
import { useLang } from '@/ui/i18n';
import { DropZone } from './DropZone';
import { ProblemList } from './ProblemList';
import { readClipboard } from './pasteTable';
import { SaveFailureAlert } from './SaveFailureAlert';
import { PROVINCE_STRINGS } from './provinceStrings';
import { useImportWorker } from './useImportWorker';
import { UnitNames, type UnitChoice } from './UnitNames';

const ROLES: ProvinceColumnRole[] = ['unit', 'responses', 'component', 'composite', 'grade', 'rank', 'ignore'];

export function ProvinceImport() {
  const lang = useLang();
  const s = PROVINCE_STRINGS[lang];
  const province = useView((v) => v.province);
  const setView = useView((v) => v.set);
  const scope = provinceScope(defaultCatalogue, province);
  const provinceName = unitName(defaultCatalogue, province, lang);
  const records = useImports((st) => st.records);
  useEffect(() => {
    void ensureImportsLoaded();
  }, []);
  const stored = useMemo(() => provinceIndicesFrom(records).filter((x) => x.definition.province === scope), [records, scope]);
  const edits = useAssignments((st) => (Object.hasOwn(st.departments, province) ? st.departments[province] : NO_EDITS));
  const units = useMemo(() => [...provinceLocalUnits(scope, provinceDepartments(defaultDepartments, edits)), ...stored.flatMap((x) => x.addedUnits)], [scope, edits, stored]);

  const [label, setLabel] = useState('DDCI');
  const [year, setYear] = useState<number | null>(null);
  const [columns, setColumns] = useState<ProvinceColumn[] | undefined>(undefined);
  const [definition, setDefinition] = useState<ProvinceIndexDef | undefined>(undefined);
  const loadedFor = (indexLabel: string) => stored.find((x) => foldText(x.definition.label) === foldText(indexLabel))?.scores ?? [];
  const target = () => ({ destination: { kind: 'province' as const, province: scope, label }, units });

  const handlers = useMemo(
    () => ({
      onInspected(inspection: Inspection) {
        setColumns(undefined);
        setDefinition(undefined);
        const guessed = inspection.guess.year;
        setYear(guessed);
        if (guessed !== null) analyseRef.current(guessed, undefined, undefined);
      },
      onSaved() {
        void reloadImports();
      },
    }),
    [],
  );
  const { state, open, paste, analyse, commit, reset } = useImportWorker(handlers);
  const analyseRef = useRef<(y: number, c: ProvinceColumn[] | undefined, d: ProvinceIndexDef | undefined) => void>(() => {});
  useEffect(() => {
    // The units the user picked for names the table prints apply at every reading (re-reading the same table keeps them).
    analyseRef.current = (y, c, d) => analyse({}, loadedFor(label), { year: y, label, columns: c, definition: d, units, unitPicks: useUnitPicks.getState().picks });
  });
  const { inspection, analysis, phase } = state;
  const busy = phase === 'reading' || phase === 'analysing' || phase === 'saving';
  const result = analysis?.province;
  const def = result?.definition;

  const rerun = (c: ProvinceColumn[] | undefined, d: ProvinceIndexDef | undefined) => {
    setColumns(c);
    setDefinition(d);
    if (year !== null) analyseRef.current(year, c, d);
  };
  const setRole = (column: number, role: ProvinceColumnRole) => {
    if (!result) return;
    const next = result.columns.map((c) => {
      if (c.column !== column) return c;
      const component = role === 'component' ? (c.component && c.component !== TOTAL ? c.component : foldText(c.header || c.group).replace(/ /g, '_') || `column_${c.column + 1}`) : role === 'composite' ? TOTAL : undefined;
      return { ...c, role, component };
    });
    rerun(next, undefined);
  };
  const setScale = (id: string, max: number) => {
    if (!def || !Number.isFinite(max) || max <= 0) return;
    const next = id === TOTAL && def.composite ? { ...def, composite: { ...def.composite, max } } : { ...def, components: def.components.map((c) => (c.id === id ? { ...c, max } : c)) };
    rerun(columns ?? result?.columns, { ...next, compositeFunction: { kind: 'unknown' } });
  };
  const toggleKind = (kind: LocalUnitKind, on: boolean) => {
    if (!def) return;
    rerun(columns ?? result?.columns, { ...def, unitKinds: on ? [...new Set([...def.unitKinds, kind])] : def.unitKinds.filter((k) => k !== kind), compositeFunction: { kind: 'unknown' } });
  };

  /** A unit picked (or LEAVE_OUT) for a name the table prints: remembered under the province's units, then the table read again with it. */
  const pickUnit = (name: UnresolvedPlaced, unitId: string) => {
    useUnitPicks.getState().pick(name.set, name.written, unitId);
    if (year !== null) analyseRef.current(year, columns, definition);
  };
  const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en');
  /** The province's departments, then its localities, of the table's year, by name. */
  const unitChoices = (n: UnresolvedPlaced): UnitChoice[] =>
    (['department', 'locality'] as const).flatMap((kind) =>
      units
        .filter((u) => u.kind === kind && localUnitValidIn(u, n.year))
        .map((u) => ({ id: u.id, name: u[lang], group: s[kind] }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    );

  const onPaste = (e: ClipboardEvent) => {
    const pasted = readClipboard(e.clipboardData);
    if (!pasted || busy) return;
    e.preventDefault();
    if (pasted.kind === 'tables') paste(pasted.tables, s.pasteName, target());
    else open(new File([pasted.text], s.pasteName, { type: 'text/csv' }), target());
  };
  const componentName = (c: ProvinceColumn) => (c.role === 'composite' ? (def?.composite?.header ?? '') : (def?.components.find((x) => x.id === c.component)?.vi ?? ''));
  const canSave = (phase === 'analysed' || (phase === 'failed' && analysis !== null)) && analysis !== null && analysis.errorCount === 0 && analysis.rows > 0 && year !== null;

  return (
    <section className="province-import-flow" aria-labelledby="province-import-heading" data-testid="province-import">
      <h2 id="province-import-heading">
        {s.heading} — {provinceName}
      </h2>
      <p className="note">{s.lede}</p>
      <div className="inline-controls">
        <label className="inline-control">
          {s.indexName}
          <input value={label} onChange={(e) => setLabel(e.target.value.trim() || 'DDCI')} size={8} data-testid="province-index-name" />
        </label>
        <label className="inline-control">
          {s.year}
          <input
            type="number"
            min={2000}
            max={2100}
            value={year ?? ''}
            data-testid="province-year"
            onChange={(e) => {
              const y = /^\d{4}$/.test(e.target.value) ? Number(e.target.value) : null;
              setYear(y);
              if (y !== null && inspection && !inspection.issues.length) analyseRef.current(y, columns, definition);
            }}
          />
        </label>
      </div>
      <DropZone label={s.drop} choose={s.choose} disabled={busy} onFile={(f) => open(f, target())} />
      <label className="paste-box">
        <span>{s.paste}</span>
        <textarea data-testid="province-paste" rows={2} readOnly={busy} value="" onChange={() => {}} onPaste={onPaste} />
      </label>
      {state.progress && (
        <p aria-live="polite">
          {s.working}… {Math.round(state.progress.fraction * 100)}%
        </p>
      )}
      {phase === 'failed' && (
        <p className="error" role="alert" data-testid="province-import-failed">
          {s.failed}: {state.error}
        </p>
      )}
      {(state.errorCode === 'storage-full' || state.errorCode === 'storage-failed') && <SaveFailureAlert code={state.errorCode} detail={state.error} />}
      {inspection && inspection.sheet && (
        <p className="note">
          {s.sheet}: <strong>{inspection.sheet}</strong>
        </p>
      )}
      {result && def && phase !== 'saved' && (
        <>
          <h3 className="small-heading">{s.definition}</h3>
          <div className="table-scroll">
            <table className="data-table province-mapping" data-testid="province-definition">
              <thead>
                <tr>
                  <th scope="col">{s.column}</th>
                  <th scope="col">{s.header}</th>
                  <th scope="col">{s.role}</th>
                  <th scope="col">{s.scale}</th>
                </tr>
              </thead>
              <tbody>
                {result.columns.map((c) => {
                  const max = c.role === 'composite' ? def.composite?.max : def.components.find((x) => x.id === c.component)?.max;
                  const title = c.header || c.group;
                  return (
                    <tr key={c.column} data-role={c.role} data-component={c.component ?? ''}>
                      <td>{c.column + 1}</td>
                      <td>
                        {title}
                        {componentName(c) && componentName(c) !== title && <div className="note">{componentName(c)}</div>}
                      </td>
                      <td>
                        <select value={c.role} aria-label={`${s.role}: ${title}`} disabled={busy} data-testid={`role-${c.column + 1}`} onChange={(e) => setRole(c.column, e.target.value as ProvinceColumnRole)}>
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {s.roles[r]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        {max !== undefined && (
                          <input type="number" min={1} value={max} aria-label={`${s.scale}: ${title}`} disabled={busy} onChange={(e) => setScale(c.role === 'composite' ? TOTAL : c.component!, Number(e.target.value))} data-testid={`scale-${c.component}`} />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <fieldset className="inline-controls">
            <legend>{s.kinds}</legend>
            {(['department', 'locality'] as const).map((k) => (
              <label key={k} className="inline-control">
                <input type="checkbox" checked={def.unitKinds.includes(k)} disabled={busy} onChange={(e) => toggleKind(k, e.target.checked)} /> {s[k]}
              </label>
            ))}
          </fieldset>
        </>
      )}
      {analysis?.unresolved && analysis.unresolved.length > 0 && phase !== 'saved' && (
        <UnitNames
          kind="local"
          names={analysis.unresolved}
          choices={unitChoices}
          guessName={(n) => units.find((u) => u.id === n.unit)?.[lang]}
          busy={busy}
          why={(n) => analysis.issues.find((p) => p.code !== 'unit-left-out' && p.severity === 'error' && (p.place ? p.place.vi === n.place.vi : p.line === n.first.line && p.column === n.first.column))?.message[lang]}
          onPick={pickUnit}
        />
      )}
      {analysis && phase !== 'saved' && <ProblemList analysis={analysis} />}
      {analysis && analysis.errorCount === 0 && phase === 'analysed' && (
        <p className="note" data-testid="province-diff">
          {s.diff.replace('{added}', String(analysis.added)).replace('{replaced}', String(analysis.replacedCount)).replace('{unchanged}', String(analysis.unchanged))}
        </p>
      )}
      {canSave && (
        <p className="import-actions">
          <button type="button" className="primary" data-testid="province-save" onClick={() => commit({ all: 'take', byKey: {} })}>
            {s.save} ({analysis!.rows} {s.figures})
          </button>{' '}
          <button type="button" onClick={reset}>
            {s.cancel}
          </button>
        </p>
      )}
      {phase === 'saved' && (
        <p className="ok" role="status" data-testid="province-saved">
          {s.saved}: {label} {year}{' '}
          <button type="button" onClick={() => setView({ tab: 'province', extra: { pyear: String(year ?? '') } })}>
            → {s.toProvince}
          </button>
        </p>
      )}
    </section>
  );
}

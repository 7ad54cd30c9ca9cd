/** Import a province-run index table: the definition suggested from its header, confirmed by the user; problems located; saved only without errors. */
import { useMemo, useState } from 'react';
import { TOTAL } from '@/domain/catalogue/catalogue';
import { formatProblem } from '@/domain/import/problems';
import type { CsvGrid } from '@/domain/import/parse';
import { parseProvinceTableCsv, readProvinceTable, type ProvinceIndexDef } from '@/domain/province/provinceIndex';
import { ACCEPTED_FILES, fileKindOf, readTables } from '@/data/readers';
import type { LocalUnit, LocalUnitKind } from '@/domain/province/provinceUnits';
import { useProvinceIndices } from '@/state/provinceIndices';
import { useLang } from '@/ui/i18n';
import { STRINGS } from './strings';

/** "DDCI năm 2021" in the header, else a year in the file name. */
function guessYear(name: string, text: string): number | null {
  const m = /n[aă]m\s+((?:19|20)\d{2})/i.exec(text.slice(0, 2000)) ?? /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name);
  return m ? Number(m[1]) : null;
}

export function ImportPanel({ scope, units, onSaved }: { scope: string; units: LocalUnit[]; onSaved(indexId: string, year: number): void }) {
  const lang = useLang();
  const s = STRINGS[lang];
  const save = useProvinceIndices((st) => st.saveEdition);
  const writeError = useProvinceIndices((st) => st.writeError);
  const [label, setLabel] = useState('DDCI');
  const [year, setYear] = useState<number | null>(null);
  /** CSV text, or a workbook's / PDF's first table as a grid (row numbers as in the sheet). */
  const [file, setFile] = useState<{ name: string; text: string; grid?: CsvGrid } | null>(null);
  const [override, setOverride] = useState<ProvinceIndexDef | null>(null);
  const [savedNote, setSavedNote] = useState('');

  const result = useMemo(
    () => {
      if (!file || !year) return null;
      const options = { label, province: scope, year, definition: override ?? undefined, units };
      return file.grid ? readProvinceTable(file.grid, file.name, options) : parseProvinceTableCsv(file.text, file.name, options);
    },
    [file, year, label, scope, override, units],
  );
  const def = result?.definition ?? null;
  const errors = result?.issues.filter((p) => p.severity === 'error') ?? [];

  const onFile = async (f: File) => {
    const bytes = new Uint8Array(await f.arrayBuffer());
    const kind = fileKindOf(f.name, bytes.slice(0, 8));
    let text: string;
    let grid: CsvGrid | undefined;
    if (kind === 'text') text = new TextDecoder().decode(bytes);
    else {
      // Workbooks and PDFs through the shared readers (loaded on demand); the table with the most rows is the one.
      const read = await readTables(kind, bytes, f.name);
      const table = [...read.tables].sort((a, b) => b.rows.length - a.rows.length)[0];
      const rows = table?.rows ?? [];
      const kept = rows.map((r, i) => ({ r, line: i + 1 })).filter(({ r }) => r.some((c) => c.trim() !== ''));
      grid = { rows: kept.map((k) => k.r), lines: kept.map((k) => k.line), delimiter: '', issues: read.issues };
      text = rows.slice(0, 5).map((r) => r.join(' ')).join('\n');
    }
    setFile({ name: f.name, text, grid });
    setOverride(null);
    setSavedNote('');
    setYear(guessYear(f.name, text));
  };
  const edit = (patch: Partial<ProvinceIndexDef>) => def && setOverride({ ...def, ...patch, compositeFunction: { kind: 'unknown' } });
  const setScale = (id: string, max: number) => {
    if (!def || !Number.isFinite(max) || max <= 0) return;
    if (id === TOTAL && def.composite) edit({ composite: { ...def.composite, max } });
    else edit({ components: def.components.map((c) => (c.id === id ? { ...c, max } : c)) });
  };
  const toggleKind = (kind: LocalUnitKind, on: boolean) => def && edit({ unitKinds: on ? [...new Set([...def.unitKinds, kind])] : def.unitKinds.filter((k) => k !== kind) });

  return (
    <section className="card province-import no-print" aria-labelledby="province-import-title">
      <h2 id="province-import-title">{s.importTitle}</h2>
      <div className="inline-controls">
        <label className="inline-control">
          {s.indexName}
          <input value={label} onChange={(e) => setLabel(e.target.value.trim() || 'DDCI')} size={8} data-testid="province-index-name" />
        </label>
        <label className="inline-control">
          {s.year}
          <input type="number" min={2000} max={2100} value={year ?? ''} onChange={(e) => setYear(/^\d{4}$/.test(e.target.value) ? Number(e.target.value) : null)} data-testid="province-year" />
        </label>
        <label className="inline-control">
          {s.file}
          <input type="file" accept={ACCEPTED_FILES} onChange={(e) => e.target.files?.[0] && void onFile(e.target.files[0])} data-testid="province-file" />
        </label>
      </div>
      {result && def && (
        <>
          <h3 className="small-heading">{s.definition}</h3>
          <div className="table-scroll">
            <table className="data-table" data-testid="province-definition">
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
                  const comp = def.components.find((x) => x.id === c.component);
                  const max = c.role === 'composite' ? def.composite?.max : comp?.max;
                  return (
                    <tr key={c.column} data-role={c.role} data-component={c.component ?? ''}>
                      <td>{c.column + 1}</td>
                      <td>{c.header || c.group}</td>
                      <td>{c.role === 'component' ? c.component : c.role}</td>
                      <td>
                        {max !== undefined && (
                          <input
                            type="number"
                            min={1}
                            value={max}
                            aria-label={`${s.scale}: ${c.header || c.group}`}
                            onChange={(e) => setScale(c.role === 'composite' ? TOTAL : c.component!, Number(e.target.value))}
                            data-testid={`scale-${c.component}`}
                          />
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
                <input type="checkbox" checked={def.unitKinds.includes(k)} onChange={(e) => toggleKind(k, e.target.checked)} /> {s[k]}
              </label>
            ))}
            <label className="inline-control">
              <input type="checkbox" checked={def.higherIsBetter} onChange={(e) => edit({ higherIsBetter: e.target.checked })} /> {s.higherIsBetter}
            </label>
          </fieldset>
          <p className="note">{def.compositeFunction.kind === 'mean' ? s.compositeMean.replace('{factor}', String(def.compositeFunction.factor)) : s.compositeUnknown}</p>
          <h3 className="small-heading">{s.problems}</h3>
          {result.issues.length === 0 ? (
            <p className="note">{s.noProblems}</p>
          ) : (
            <ul className="problem-list" data-testid="province-problems">
              {result.issues.map((p, i) => (
                <li key={i} className={p.severity} data-code={p.code}>
                  <code>{formatProblem(p, lang)}</code>
                </li>
              ))}
            </ul>
          )}
          {errors.length > 0 && (
            <p role="alert" className="error-note" data-testid="province-blocked">
              {s.errorsBlock}
            </p>
          )}
          <div className="table-tools">
            <button
              type="button"
              disabled={errors.length > 0 || result.rows.length === 0 || !year}
              data-testid="province-save"
              onClick={() => {
                save(def, year!, result.rows, result.addedUnits, file!.name);
                setSavedNote(`${s.saved}: ${def.label} ${year} — ${result.rows.length} ${s.figures}`);
                onSaved(def.id, year!);
              }}
            >
              {s.save} ({result.rows.length} {s.figures})
            </button>
            {savedNote && (
              <span role="status" data-testid="province-saved">
                {savedNote}
              </span>
            )}
          </div>
        </>
      )}
      {writeError && (
        <p role="alert" className="error-note">
          {s.writeError}: {writeError}
        </p>
      )}
    </section>
  );
}

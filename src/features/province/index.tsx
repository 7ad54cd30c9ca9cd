/**
 * Inside the province: the indices a province runs on its own departments and localities (DDCI …) — import with a
 * confirmed definition, rank tables by kind of unit, a unit's profile, export — and each department's page beside
 * the national components it owns. The rules live in src/domain/province*.ts and departmentPage.ts.
 */
import { useEffect, useMemo } from 'react';
import { defaultCatalogue, TOTAL, unitName } from '@/domain/catalogue/catalogue';
import { analyseLocalUnit } from '@/domain/province/provinceAnalysis';
import { toBundle, withProvinceIndices } from '@/domain/province/provinceIndex';
import { defaultDepartments, NO_EDITS, provinceDepartments } from '@/domain/plan/departments';
import { provinceLocalUnits, provinceScope } from '@/domain/province/provinceUnits';
import { useAssignments } from '@/state/assignments';
import { toLongCsv } from '@/domain/import/wide';
import { ensureImportsLoaded, useImports } from '@/data/imported';
import { PROVINCE_BACKUP_PREFIX, provinceIndicesFrom } from '@/data/provinceIndices';
import { useView } from '@/state/view';
import { downloadText, fileSlug } from '@/ui/download';
import { useLang } from '@/ui/i18n';
import { DepartmentPageView } from './DepartmentPageView';
import { RankTables } from './RankTables';
import { STRINGS } from './strings';
import { UnitProfile } from './UnitProfile';
import './province.css';
import { own } from '@/domain/catalogue/own';

export default function InsideProvince() {
  const lang = useLang();
  const s = STRINGS[lang];
  const province = useView((v) => v.province);
  const extra = useView((v) => v.extra);
  const setExtra = useView((v) => v.setExtra);
  const setView = useView((v) => v.set);
  // The figures live in the import store (IndexedDB), saved by the one import flow (Import tab, destination "province").
  const records = useImports((st) => st.records);
  const storageError = useImports((st) => st.storageError);
  const unreadable = useImports((st) => st.unreadable);
  const removeRecord = useImports((st) => st.remove);
  useEffect(() => {
    void ensureImportsLoaded();
  }, []);
  const scope = provinceScope(defaultCatalogue, province);
  const stored = useMemo(() => provinceIndicesFrom(records), [records]);
  const mine = useMemo(() => stored.filter((x) => x.definition.province === scope), [stored, scope]);
  const keptAside = unreadable.filter((u) => u.key.startsWith(PROVINCE_BACKUP_PREFIX));
  const catalogue = useMemo(() => withProvinceIndices(defaultCatalogue, mine.map((m) => m.definition), mine.flatMap((m) => m.addedUnits)), [mine]);
  // One list with the follow-up: the province's own departments (added in Assignments) are units too, same ids.
  const edits = useAssignments((st) => own(st.departments, province) ?? NO_EDITS);
  const units = useMemo(
    () => [...provinceLocalUnits(scope, provinceDepartments(defaultDepartments, edits)), ...(catalogue.localUnits ?? []).filter((u) => u.province === scope)],
    [catalogue, scope, edits],
  );
  const current = mine.find((m) => m.definition.id === extra.pidx) ?? mine[0];
  const years = current ? current.editions.map((e) => e.year) : [];
  const year = years.includes(Number(extra.pyear)) ? Number(extra.pyear) : years[years.length - 1];
  const component = extra.pcomp && (extra.pcomp === TOTAL || current?.definition.components.some((c) => c.id === extra.pcomp)) ? extra.pcomp : TOTAL;
  const analysis = current && extra.unit && year ? analyseLocalUnit(current.scores, units, current.definition, year, extra.unit) : null;
  const indices = useMemo(() => mine.map((m) => ({ definition: m.definition, scores: m.scores, units })), [mine, units]);
  const provinceName = unitName(defaultCatalogue, province, lang);

  return (
    <div className="province-view">
      <section className="no-print" aria-labelledby="province-title">
        <h1 id="province-title">
          {s.title} — {provinceName}
        </h1>
        <p className="note">{s.lede}</p>
      </section>
      <section className="card province-import no-print" aria-labelledby="province-import-title">
        <h2 id="province-import-title">{s.importTitle}</h2>
        <p className="note">{s.importLede}</p>
        <p>
          <a
            href={`?tab=import&province=${encodeURIComponent(province)}&dest=province&lang=${lang}`}
            data-testid="province-import-link"
            onClick={(e) => {
              e.preventDefault();
              setView({ tab: 'import', extra: { dest: 'province' } });
            }}
          >
            {s.importLink}
          </a>
        </p>
        {storageError && (
          <p role="alert" className="error-note" data-testid="province-storage-error">
            {s.writeError}: {storageError}
          </p>
        )}
        {keptAside.map((u) => (
          <p key={u.key} role="alert" className="error-note" data-testid="province-kept-aside">
            {s.keptAside}: {u.reason}
          </p>
        ))}
      </section>
      {!current ? (
        <p className="note no-print">{s.nothingLoaded}</p>
      ) : (
        <>
          <div className="table-tools no-print">
            {mine.length > 1 && (
              <select value={current.definition.id} onChange={(e) => setExtra('pidx', e.target.value)} aria-label={s.indexName}>
                {mine.map((m) => (
                  <option key={m.definition.id} value={m.definition.id}>
                    {m.definition.label}
                  </option>
                ))}
              </select>
            )}
            <label className="inline-control">
              {s.year}
              <select value={year} onChange={(e) => setExtra('pyear', e.target.value)} data-testid="province-year-select">
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => downloadText(`${fileSlug(current.definition.label, scope)}.json`, JSON.stringify(toBundle(current.definition, current.addedUnits, current.scores), null, 1), 'application/json')}>
              {s.exportJson}
            </button>
            <button type="button" onClick={() => downloadText(`${fileSlug(current.definition.label, scope)}.csv`, toLongCsv(current.scores, catalogue))}>
              {s.exportCsv}
            </button>
            <button type="button" onClick={() => current.editions.filter((e) => e.year === year).flatMap((e) => e.recordIds).forEach((id) => void removeRecord(id))}>
              {s.remove} ({year})
            </button>
          </div>
          <RankTables
            def={current.definition}
            scores={current.scores}
            units={units}
            year={year}
            component={component}
            onComponent={(c) => setExtra('pcomp', c === TOTAL ? '' : c)}
            onUnit={(u) => setExtra('unit', u)}
          />
          {analysis && <UnitProfile def={current.definition} analysis={analysis} units={units} />}
        </>
      )}
      <DepartmentPageView province={province} provinceName={provinceName} scope={scope} departmentId={extra.dept ?? ''} onDepartment={(d) => setExtra('dept', d)} requestEditions={extra.reqeditions ?? ''} onRequestEditions={(v) => setExtra('reqeditions', v)} indices={indices} />
    </div>
  );
}

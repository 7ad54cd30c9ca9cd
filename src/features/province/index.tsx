/**
 * Inside the province: the indices a province runs on its own departments and localities (DDCI …) — import with a
 * confirmed definition, rank tables by kind of unit, a unit's profile, export — and each department's page beside
 * the national components it owns. The rules live in src/domain/province*.ts and departmentPage.ts.
 */
import { useMemo } from 'react';
import { defaultCatalogue, TOTAL, unitName } from '@/domain/catalogue/catalogue';
import { analyseLocalUnit } from '@/domain/province/provinceAnalysis';
import { toBundle, withProvinceIndices } from '@/domain/province/provinceIndex';
import { defaultDepartments, NO_EDITS, provinceDepartments } from '@/domain/plan/departments';
import { provinceLocalUnits, provinceScope } from '@/domain/province/provinceUnits';
import { useAssignments } from '@/state/assignments';
import { toLongCsv } from '@/domain/import/wide';
import { useProvinceIndices } from '@/state/provinceIndices';
import { useView } from '@/state/view';
import { downloadText, fileSlug } from '@/ui/download';
import { useLang } from '@/ui/i18n';
import { DepartmentPageView } from './DepartmentPageView';
import { ImportPanel } from './ImportPanel';
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
  const stored = useProvinceIndices((st) => st.indices);
  const removeEdition = useProvinceIndices((st) => st.removeEdition);
  const scope = provinceScope(defaultCatalogue, province);
  const mine = useMemo(() => Object.values(stored).filter((x) => x.definition.province === scope), [stored, scope]);
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
      <ImportPanel
        scope={scope}
        units={units}
        onSaved={(id, y) => {
          setExtra('pidx', id);
          setExtra('pyear', String(y));
        }}
      />
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
            <button type="button" onClick={() => removeEdition(current.definition.id, year)}>
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
      <DepartmentPageView province={province} provinceName={provinceName} scope={scope} departmentId={extra.dept ?? ''} onDepartment={(d) => setExtra('dept', d)} indices={indices} />
    </div>
  );
}

/** A department's page: what it owns in PCI / PAR INDEX / SIPAS / PAPI (plan tasks, status, targets) beside how the province's own indices rated it. Printable. */
import { useMemo } from 'react';
import { defaultCatalogue, FOUR_INDICES, findComponent, findIndex } from '@/domain/catalogue/catalogue';
import { departmentPage } from '@/domain/province/departmentPage';
import { defaultDepartments, defaultTemplate, NO_EDITS, provinceDepartments, validInYear } from '@/domain/plan/departments';
import { STATUS_LABELS } from '@/domain/plan/followup';
import type { ProvinceIndexDef } from '@/domain/province/provinceIndex';
import { SCORED_DEPARTMENT_KINDS, type LocalUnit } from '@/domain/province/provinceUnits';
import type { Score } from '@/domain/catalogue/types';
import { useAvailableIndices, useScoreTable } from '@/data/scores';
import { useAssignments } from '@/state/assignments';
import { formatNumber, formatRank, useLang } from '@/ui/i18n';
import { STRINGS } from './strings';
import { RatingSummary } from './UnitProfile';
import { own } from '@/domain/catalogue/own';
import { DepartmentIndicators } from './DepartmentIndicators';

interface Props {
  province: string;
  provinceName: string;
  scope: string;
  departmentId: string;
  onDepartment(id: string): void;
  /** The request's editions as the address keeps them (DepartmentIndicators `readChosenEditions`). */
  requestEditions: string;
  onRequestEditions(chosen: string): void;
  indices: { definition: ProvinceIndexDef; scores: readonly Score[]; units: readonly LocalUnit[] }[];
}

export function DepartmentPageView({ province, provinceName, scope, departmentId, onDepartment, requestEditions, onRequestEditions, indices }: Props) {
  const lang = useLang();
  const s = STRINGS[lang];
  const available = useAvailableIndices();
  const wanted = useMemo(() => FOUR_INDICES.filter((i) => available.includes(i)), [available]);
  const { table } = useScoreTable(wanted);
  const items = useAssignments((st) => st.items);
  const allEdits = useAssignments((st) => st.departments);
  const departments = useMemo(() => provinceDepartments(defaultDepartments, own(allEdits, province) ?? NO_EDITS), [allEdits, province]);
  const scored = new Set(indices.flatMap((p) => p.scores.map((x) => x.unit)));
  const choices = departments.filter((d) => SCORED_DEPARTMENT_KINDS.has(d.kind) || d.custom);
  const chosen = departmentId || choices.find((d) => scored.has(`${scope}/${d.id}`))?.id || choices[0]?.id || '';
  const page =
    table && chosen
      ? departmentPage({ table, catalogue: defaultCatalogue, province, scope, departmentId: chosen, items: Object.values(items), departments, template: defaultTemplate, provinceIndices: indices })
      : null;
  const department = departments.find((d) => d.id === chosen);
  const planItems = useMemo(() => Object.values(items), [items]);
  return (
    <section className="card department-page" aria-labelledby="dept-page-title" data-testid="department-page">
      <div className="table-tools no-print">
        <label className="inline-control">
          {s.department}
          <select value={chosen} onChange={(e) => onDepartment(e.target.value)} data-testid="department-page-select">
            {choices.map((d) => (
              <option key={d.id} value={d.id}>
                {d[lang]}
                {validInYear(d, new Date().getFullYear()) ? '' : ` (${d.validTo ? `≤ ${d.validTo}` : ''})`}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => window.print()} data-testid="department-print">
          {s.print}
        </button>
      </div>
      <h2 id="dept-page-title">
        {s.deptPage}: {department?.[lang] ?? chosen} — {provinceName}
      </h2>
      {!page ? (
        <p aria-busy="true">…</p>
      ) : (
        <>
        <div className="department-columns">
          <div>
            <h3 className="small-heading">{s.owns}</h3>
            {page.owned.length === 0 ? (
              <p className="note">{s.nothingOwned}</p>
            ) : (
              <div className="table-scroll">
              <table className="data-table" data-testid="department-owned">
                <thead>
                  <tr>
                    <th scope="col">{s.index}</th>
                    <th scope="col">{s.component}</th>
                    <th scope="col">{s.roles}</th>
                    <th scope="col">{s.value}</th>
                    <th scope="col">{s.target}</th>
                    <th scope="col">{s.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.owned.map((o) => {
                    const ix = findIndex(defaultCatalogue, o.index);
                    return (
                      <tr key={`${o.index}|${o.year}|${o.component}`} data-index={o.index} data-component={o.component} data-basis={o.basis}>
                        <td>
                          {ix?.label ?? o.index} {o.year}
                        </td>
                        <td>
                          {(ix && findComponent(ix, o.component)?.[lang]) ?? o.component}
                          {o.tasks.length > 0 && (
                            <ul className="task-list">
                              {o.tasks.map((t) => (
                                <li key={t.id}>
                                  {t.title || '—'} ({STATUS_LABELS[t.status][lang]})
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                        <td>
                          {o.role === 'lead' ? s.roleLead : s.roleCo}
                          <span className="note small">
                            {' '}
                            ({o.basis === 'plan' ? s.plan : `${s.suggested}, ${s.evidence} ${o.evidence}`}
                            {o.via ? `, ${s.via} ${departments.find((d) => d.id === o.via)?.[lang] ?? o.via}` : ''})
                          </span>
                        </td>
                        <td className="num">
                          {formatNumber(o.value, lang)}
                          {o.rank !== null ? ` (#${formatRank(o.rank, o.rankBasis)})` : ''}
                        </td>
                        <td>
                          {o.targetScore !== null ? formatNumber(o.targetScore, lang) : ''}
                          {o.targetRank !== null ? ` (#${o.targetRank})` : ''}
                          {o.deadline ? ` · ${o.deadline}` : ''}
                        </td>
                        <td>{o.status ? STATUS_LABELS[o.status][lang] : ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              </div>
            )}
          </div>
          <div>
            <h3 className="small-heading">{s.ownRatings}</h3>
            {page.ratings.length === 0 ? (
              <p className="note">{s.noRatings}</p>
            ) : (
              page.ratings.map((r) => <RatingSummary key={r.definition.id} def={r.definition} analysis={r.analysis} units={indices.find((p) => p.definition.id === r.definition.id)?.units ?? []} />)
            )}
            <p className="note">* {s.amongLoaded}</p>
          </div>
        </div>
        {table && chosen && <DepartmentIndicators table={table} province={province} departmentId={chosen} department={department} items={planItems} departments={departments} chosen={requestEditions} onChoose={onRequestEditions} />}
        </>
      )}
    </section>
  );
}

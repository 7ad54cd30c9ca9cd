/** Everything one department owns in the province, across the four indices and every year, with its record. */
import { useMemo, useState } from 'react';
import { findIndex } from '@/domain/catalogue/catalogue';
import type { ScoreTable } from '@/domain/table/dataset';
import type { Department } from '@/domain/plan/departments';
import { departmentName } from '@/domain/plan/departments';
import { departmentRecord, isOverdue, STATUS_LABELS, type FollowUpItem } from '@/domain/plan/followup';
import { useView } from '@/state/view';
import { formatNumber, useLang } from '@/ui/i18n';
import { CheckCell } from './ItemsTable';
import { PLAN_STRINGS } from './planStrings';
import { STRINGS } from './strings';
import { useCatalogue } from '@/data/catalogue';

const today = new Date().toISOString().slice(0, 10);

export function DepartmentView({ table, items, departments, province }: { table: ScoreTable; items: FollowUpItem[]; departments: Department[]; province: string }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = STRINGS[lang];
  const p = PLAN_STRINGS[lang];
  const provinceItems = useMemo(() => items.filter((i) => i.province === province), [items, province]);
  const used = useMemo(() => new Set(provinceItems.flatMap((i) => [i.lead, ...i.coOwners, ...i.tasks.flatMap((t) => [t.lead, ...t.coOwners])]).filter((x): x is string => x !== null)), [provinceItems]);
  const choices = departments.filter((d) => used.has(d.id) || !d.validTo);
  const [chosen, setChosen] = useState<string>('');
  const departmentId = chosen || [...used][0] || choices[0]?.id || '';
  const record = departmentRecord(table, catalogue, provinceItems, departments, departmentId);
  const setView = useView((v) => v.set);
  const extra = useView((v) => v.extra);
  // The department's own page (its scores in the province's own indices beside what it owns) is the province view's.
  const openDepartmentPage = () => setView({ tab: 'province', extra: { ...extra, dept: departmentId } });
  return (
    <section aria-labelledby="dept-view-title" className="card followup-section">
      <h2 id="dept-view-title">{s.departmentView}</h2>
      <label className="inline-control">
        {s.department}
        <select value={departmentId} onChange={(e) => setChosen(e.target.value)} data-testid="department-select">
          {choices.map((d) => (
            <option key={d.id} value={d.id}>
              {d[lang]}
              {used.has(d.id) ? ` (${provinceItems.filter((i) => i.lead === d.id || i.coOwners.includes(d.id)).length})` : ''}
            </option>
          ))}
        </select>
      </label>
      {departmentId && (
        <button type="button" className="link-button" onClick={openDepartmentPage} data-testid="open-department-page">
          {s.departmentPage}
        </button>
      )}
      {record.tasks.length > 0 && (
        <>
          <h3 className="small-heading">{p.deptTasks}</h3>
          <table className="data-table stack-phone" data-testid="department-tasks">
            <thead>
              <tr>
                <th scope="col">{p.index}</th>
                <th scope="col">{p.component}</th>
                <th scope="col">{p.taskTitle}</th>
                <th scope="col">{p.role}</th>
                <th scope="col">{p.lead}</th>
                <th scope="col">{p.coOwners}</th>
                <th scope="col">{p.deadline}</th>
                <th scope="col">{p.status}</th>
                <th scope="col">{p.evidenceShort}</th>
              </tr>
            </thead>
            <tbody>
              {record.tasks.map((e) => {
                const index = findIndex(catalogue, e.item.index);
                const lead = e.task.lead ?? e.item.lead;
                const overdue = isOverdue(e.task, today);
                return (
                  <tr key={`${e.item.id}#${e.task.id}`} className={overdue ? 'overdue' : undefined} data-testid="department-task">
                    <td data-label={p.index}>
                      {index?.label} {e.item.year}
                    </td>
                    <td data-label={p.component}>{index?.components.find((c) => c.id === e.item.component)?.[lang] ?? e.item.component}</td>
                    <th scope="row" data-label={p.taskTitle} className="task-what">
                      {e.task.title || '—'}
                    </th>
                    <td data-label={p.role}>
                      {e.role === 'lead' ? p.leadRole : p.coRole}
                      {e.via && <span className="note small"> ({s.via} {departmentName(departments, e.via, lang)})</span>}
                    </td>
                    <td data-label={p.lead}>{lead ? departmentName(departments, lead, lang) : '—'}</td>
                    <td data-label={p.coOwners}>{e.task.coOwners.map((c) => departmentName(departments, c, lang)).join('; ') || '—'}</td>
                    <td data-label={p.deadline}>{e.task.deadline ? e.task.deadline.split('-').reverse().join('/') : '—'}</td>
                    <td data-label={p.status}>
                      {STATUS_LABELS[e.task.status][lang]}
                      {overdue && <strong className="overdue-mark"> · {p.overdue}</strong>}
                    </td>
                    <td data-label={p.evidenceShort}>
                      {/^https?:\/\//.test(e.task.evidence) ? (
                        <a href={e.task.evidence} target="_blank" rel="noreferrer" className="evidence-link">
                          {e.task.evidence}
                        </a>
                      ) : (
                        e.task.evidence || '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <h3 className="small-heading">{s.owns}</h3>
      {record.entries.length === 0 ? (
        <p className="note">{s.nothingOwned}</p>
      ) : (
        <>
          <table className="data-table stack-phone" data-testid="department-record">
            <thead>
              <tr>
                <th scope="col">{s.index}</th>
                <th scope="col">{s.year}</th>
                <th scope="col">{s.component}</th>
                <th scope="col">{s.role}</th>
                <th scope="col">{s.target}</th>
                <th scope="col">{s.status}</th>
                <th scope="col">{s.result}</th>
              </tr>
            </thead>
            <tbody>
              {record.entries.map((e) => {
                const index = findIndex(catalogue, e.item.index);
                return (
                  <tr key={e.item.id} data-key={e.item.id}>
                    <td data-label={s.index}>{index?.label}</td>
                    <td data-label={s.year}>{e.item.year}</td>
                    <td data-label={s.component}>{index?.components.find((c) => c.id === e.item.component)?.[lang] ?? e.item.component}</td>
                    <td data-label={s.role}>
                      {e.role === 'lead' ? s.leadRole : s.coRole}
                      {e.via && (
                        <span className="note small">
                          {' '}
                          ({s.via} {departmentName(departments, e.via, lang)})
                        </span>
                      )}
                    </td>
                    <td data-label={s.target}>
                      {e.item.targetScore !== null && `${formatNumber(e.item.targetScore, lang)} `}
                      {e.item.targetRank !== null && `(${s.rank} ${e.item.targetRank})`}
                    </td>
                    <td data-label={s.status}>{STATUS_LABELS[e.item.status][lang]}</td>
                    <td data-label={s.result}>
                      <CheckCell check={e.check} lang={lang} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {record.byYear.length > 0 && (
            <p data-testid="department-summary">
              <strong>{s.record}:</strong>{' '}
              {record.byYear.map((y) => `${y.year}: ${y.met} ${s.met}, ${y.notMet} ${s.notMet}, ${y.open} ${s.open}`).join(' · ')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

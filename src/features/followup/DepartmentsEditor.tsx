/** The province's own department list: rename, hide, add. The shared catalogue is never changed. */
import { useState } from 'react';
import { customDepartment, defaultDepartments, type Department, type ProvinceDepartmentEdits } from '@/domain/plan/departments';
import { useAssignments } from '@/state/assignments';
import { useLang } from '@/ui/i18n';
import { STRINGS } from './strings';

export function DepartmentsEditor({ province, provinceName, edits, departments, year }: { province: string; provinceName: string; edits: ProvinceDepartmentEdits; departments: Department[]; year: number }) {
  const lang = useLang();
  const s = STRINGS[lang];
  const setEdits = useAssignments((st) => st.setDepartmentEdits);
  const [vi, setVi] = useState('');
  const [en, setEn] = useState('');
  const valid = departments.filter((d) => (d.validFrom === null || d.validFrom <= year) && (d.validTo === null || d.validTo >= year));
  const catalogueName = (id: string) => defaultDepartments.departments.find((d) => d.id === id);
  const rename = (id: string, name: string) => {
    const original = catalogueName(id);
    const renamed = { ...edits.renamed };
    if (!name.trim() || name === original?.vi) delete renamed[id];
    else renamed[id] = { vi: name, en: renamed[id]?.en ?? original?.en ?? name };
    setEdits(province, { ...edits, renamed });
  };
  const add = () => {
    if (!vi.trim()) return;
    const d = customDepartment({ vi: vi.trim(), en: en.trim() });
    if (!edits.added.some((x) => x.id === d.id)) setEdits(province, { ...edits, added: [...edits.added, d] });
    setVi('');
    setEn('');
  };
  return (
    <details className="card followup-section" data-testid="departments-editor">
      <summary>
        <h2 className="inline-heading">
          {s.departmentsEditor}: {provinceName} ({year})
        </h2>
      </summary>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{s.department}</th>
            <th scope="col">{s.rename}</th>
            <th scope="col">{s.hide}</th>
          </tr>
        </thead>
        <tbody>
          {valid.map((d) => (
            <tr key={d.id}>
              <td>
                {catalogueName(d.id)?.[lang] ?? d[lang]} {d.custom && <span className="badge">{s.custom}</span>}
              </td>
              <td>
                <input type="text" aria-label={`${s.rename}: ${d.vi}`} defaultValue={edits.renamed[d.id]?.vi ?? ''} placeholder={d.vi} onBlur={(e) => rename(d.id, e.target.value)} size={36} />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${s.hide}: ${d.vi}`}
                  checked={edits.hidden.includes(d.id)}
                  onChange={(e) => setEdits(province, { ...edits, hidden: e.target.checked ? [...edits.hidden, d.id] : edits.hidden.filter((h) => h !== d.id) })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="add-department">
        <legend>{s.addDepartment}</legend>
        <label className="inline-control">
          {s.nameVi}
          <input type="text" value={vi} onChange={(e) => setVi(e.target.value)} data-testid="new-department-vi" />
        </label>
        <label className="inline-control">
          {s.nameEn}
          <input type="text" value={en} onChange={(e) => setEn(e.target.value)} />
        </label>
        <button type="button" onClick={add} data-testid="add-department">
          {s.add}
        </button>
      </fieldset>
    </details>
  );
}

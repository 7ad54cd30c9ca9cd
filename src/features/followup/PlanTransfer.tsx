/** Export the whole plan (JSON, CSV) and import one: checked first, then shown as a diff to choose from. */
import { useState, type ChangeEvent } from 'react';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { defaultDepartments, provinceDepartments, type ProvinceDepartmentEdits } from '@/domain/plan/departments';
import { STATUS_LABELS, type FollowUpItem, type Plan, type PlanTask } from '@/domain/plan/followup';
import { planFromCsv, planToCsv } from '@/domain/plan/planCsv';
import { applyDiff, conflictCount, defaultChoice, diffPlans, taskKey, type DiffChoice, type PlanDiff } from '@/domain/plan/planDiff';
import { planFromJson, planToJson } from '@/domain/plan/planJson';
import { hasErrors } from '@/domain/plan/planRead';
import { formatProblem } from '@/domain/import/problems';
import type { Problem } from '@/domain/catalogue/types';
import { planOf, useAssignments } from '@/state/assignments';
import { downloadText } from '@/ui/download';
import { formatNumber, useLang } from '@/ui/i18n';
import { PLAN_STRINGS } from './planStrings';
import { STRINGS } from './strings';
import { own } from '@/domain/catalogue/own';

interface Pending {
  file: string;
  incoming: Plan;
  diff: PlanDiff;
  choice: DiffChoice;
  warnings: Problem[];
}

const departmentsFor = (_province: string, edits?: ProvinceDepartmentEdits) => provinceDepartments(defaultDepartments, edits);

export function PlanTransfer() {
  const lang = useLang();
  const s = STRINGS[lang];
  const p = PLAN_STRINGS[lang];
  const [errors, setErrors] = useState<{ file: string; issues: Problem[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [applied, setApplied] = useState<string | null>(null);

  const current = () => planOf(useAssignments.getState());
  const stamp = () => new Date().toISOString().slice(0, 10);

  const exportJson = () => downloadText(`chiso-ke-hoach-${stamp()}.json`, planToJson(current(), new Date().toISOString()), 'application/json;charset=utf-8');
  const exportCsv = () => {
    const plan = current();
    downloadText(`chiso-ke-hoach-${stamp()}.csv`, planToCsv(plan, defaultCatalogue, (p) => departmentsFor(p, own(plan.departments, p))));
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setApplied(null);
    setPending(null);
    setErrors(null);
    const text = await file.text();
    const plan = current();
    const isJson = /\.json$/i.test(file.name) || text.replace(/^\uFEFF/, '').trimStart().startsWith('{');
    const result = isJson
      ? planFromJson(text, file.name, defaultCatalogue, departmentsFor)
      : planFromCsv(text, file.name, defaultCatalogue, (p) => departmentsFor(p, own(plan.departments, p)));
    if (!result.plan || hasErrors(result.issues)) {
      setErrors({ file: file.name, issues: result.issues });
      return;
    }
    const diff = diffPlans(plan, result.plan);
    setPending({ file: file.name, incoming: result.plan, diff, choice: defaultChoice(diff), warnings: result.issues });
  };

  const toggle = (part: keyof DiffChoice, id: string, on: boolean) => {
    if (!pending) return;
    const set = new Set(pending.choice[part]);
    if (on) set.add(id);
    else set.delete(id);
    setPending({ ...pending, choice: { ...pending.choice, [part]: set } });
  };

  const apply = () => {
    if (!pending) return;
    const next = applyDiff(current(), pending.incoming, pending.diff, pending.choice);
    useAssignments.getState().replacePlan(next);
    setApplied(`${s.applied}: ${pending.choice.add.size} ${s.added.toLowerCase()}, ${pending.choice.change.size} ${s.changed.toLowerCase()}, ${pending.choice.remove.size} −`);
    setPending(null);
  };

  const describe = (i: FollowUpItem) => {
    const index = defaultCatalogue.indices.find((x) => x.id === i.index);
    const unit = defaultCatalogue.units.find((u) => u.id === i.province);
    return `${unit?.[lang] ?? i.province} · ${i.index} ${i.year} · ${index?.components.find((c) => c.id === i.component)?.[lang] ?? i.component}`;
  };
  const showTask = (t: PlanTask, field: keyof PlanTask): string => {
    const v = t[field];
    if (field === 'status') return STATUS_LABELS[t.status][lang];
    if (field === 'progress') return t.progress.map((n) => `${n.date}: ${n.text}`).join('; ') || '—';
    if (typeof v === 'number') return formatNumber(v, lang, field === 'targetScore' ? 2 : 0);
    if (Array.isArray(v)) return (v as string[]).join(', ') || '—';
    return v === null || v === '' ? '—' : String(v);
  };
  const show = (i: FollowUpItem, field: keyof FollowUpItem): string => {
    const v = i[field];
    if (field === 'status') return STATUS_LABELS[i.status][lang];
    if (typeof v === 'number') return formatNumber(v, lang, field === 'targetScore' ? 2 : 0);
    if (Array.isArray(v)) return v.join(', ') || '—';
    return v === null || v === '' ? '—' : String(v);
  };

  return (
    <section aria-labelledby="transfer-title" className="card followup-section">
      <h2 id="transfer-title">{s.transfer}</h2>
      <div className="table-tools">
        <button type="button" onClick={exportJson} data-testid="export-json">
          ⬇ {s.exportJson}
        </button>
        <button type="button" onClick={exportCsv} data-testid="export-csv">
          ⬇ {s.exportCsv}
        </button>
      </div>
      <label className="inline-control">
        {s.import}
        <input type="file" accept=".json,.csv,application/json,text/csv" onChange={onFile} data-testid="import-file" />
      </label>
      <p className="note">{s.importHint}</p>
      {applied && (
        <p role="status" data-testid="import-applied">
          ✓ {applied}
        </p>
      )}
      {errors && (
        <div role="alert" className="import-errors" data-testid="import-errors">
          <strong>
            {s.importErrors} ({errors.file}). {s.nothingChanged}
          </strong>
          <ul>
            {errors.issues.map((p, i) => (
              <li key={i} className={p.severity === 'error' ? 'error' : 'warn'} data-testid="import-problem">
                <code>{formatProblem(p, lang)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div className="import-diff" data-testid="import-diff">
          <h3 className="small-heading">
            {s.diffTitle} ({pending.file}) — {pending.diff.unchanged} {s.unchanged}
            {conflictCount(pending.diff) > 0 && (
              <span className="badge conflict" data-testid="diff-conflicts">
                {' '}
                {conflictCount(pending.diff)} {p.conflicts}
              </span>
            )}
          </h3>
          {pending.warnings.length > 0 && (
            <ul>
              {pending.warnings.map((p, i) => (
                <li key={i} className="warn">
                  <code>{formatProblem(p, lang)}</code>
                </li>
              ))}
            </ul>
          )}
          {pending.diff.departmentProvinces.length > 0 && (
            <p className="note">
              {s.departmentsChanged}: {pending.diff.departmentProvinces.map((p) => defaultCatalogue.units.find((u) => u.id === p)?.[lang] ?? p).join(', ')}
            </p>
          )}
          {pending.diff.added.length > 0 && (
            <fieldset>
              <legend>
                {s.added} ({pending.diff.added.length})
              </legend>
              {pending.diff.added.map((i) => (
                <label key={i.id} className="check-option">
                  <input type="checkbox" checked={pending.choice.add.has(i.id)} onChange={(e) => toggle('add', i.id, e.target.checked)} data-testid="diff-added" />
                  {describe(i)}
                </label>
              ))}
            </fieldset>
          )}
          {pending.diff.changed.length > 0 && (
            <fieldset>
              <legend>
                {s.changed} ({pending.diff.changed.length})
              </legend>
              {pending.diff.changed.map(({ before, after, fields, tasks }) => (
                <div key={after.id} className="diff-item" data-testid="diff-item">
                  {fields.length > 0 ? (
                    <label className="check-option">
                      <input type="checkbox" checked={pending.choice.change.has(after.id)} onChange={(e) => toggle('change', after.id, e.target.checked)} data-testid="diff-changed" />
                      {describe(after)}:{' '}
                      {fields.map((f) => (
                        <span key={f} className="diff-field">
                          {f}: {show(before, f)} → {show(after, f)}
                        </span>
                      ))}
                    </label>
                  ) : (
                    <div>{describe(after)}</div>
                  )}
                  {(tasks.added.length > 0 || tasks.changed.length > 0 || tasks.removed.length > 0) && (
                    <ul className="diff-tasks">
                      {tasks.added.map((t) => (
                        <li key={`a-${t.id}`}>
                          <label className="check-option">
                            <input type="checkbox" checked={pending.choice.takeTasks.has(taskKey(after.id, t.id))} onChange={(e) => toggle('takeTasks', taskKey(after.id, t.id), e.target.checked)} data-testid="diff-task-added" />
                            {p.addTask}: <strong>{t.title || '—'}</strong>
                          </label>
                        </li>
                      ))}
                      {tasks.changed.map((c) => (
                        <li key={`c-${c.after.id}`} className="diff-conflict" data-testid="diff-task-conflict">
                          <strong>{p.conflict}</strong> — {c.after.title || c.before.title || '—'}:{' '}
                          {c.fields.map((f) => (
                            <span key={f} className="diff-field">
                              {f}: {showTask(c.before, f)} ↔ {showTask(c.after, f)}
                            </span>
                          ))}
                          <label className="check-option">
                            <input type="radio" name={`conflict-${after.id}-${c.after.id}`} checked={!pending.choice.takeTasks.has(taskKey(after.id, c.after.id))} onChange={() => toggle('takeTasks', taskKey(after.id, c.after.id), false)} data-testid="diff-keep-ours" />
                            {p.keepOurs}
                          </label>
                          <label className="check-option">
                            <input type="radio" name={`conflict-${after.id}-${c.after.id}`} checked={pending.choice.takeTasks.has(taskKey(after.id, c.after.id))} onChange={() => toggle('takeTasks', taskKey(after.id, c.after.id), true)} data-testid="diff-take-theirs" />
                            {p.takeTheirs}
                          </label>
                        </li>
                      ))}
                      {tasks.removed.map((t) => (
                        <li key={`r-${t.id}`}>
                          <label className="check-option">
                            <input type="checkbox" checked={pending.choice.removeTasks.has(taskKey(after.id, t.id))} onChange={(e) => toggle('removeTasks', taskKey(after.id, t.id), e.target.checked)} data-testid="diff-task-removed" />
                            {p.onlyOurs}: {t.title || '—'}
                          </label>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              ))}
            </fieldset>
          )}
          {pending.diff.removed.length > 0 && (
            <fieldset>
              <legend>
                {s.removed} ({pending.diff.removed.length})
              </legend>
              {pending.diff.removed.map((i) => (
                <label key={i.id} className="check-option">
                  <input type="checkbox" checked={pending.choice.remove.has(i.id)} onChange={(e) => toggle('remove', i.id, e.target.checked)} data-testid="diff-removed" />
                  {describe(i)}
                </label>
              ))}
            </fieldset>
          )}
          <div className="table-tools">
            <button type="button" onClick={apply} data-testid="import-apply">
              {s.apply}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              {s.cancel}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

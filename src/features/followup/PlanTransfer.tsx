/** Export the whole plan (JSON, CSV) and import one: checked first, then shown as a diff to choose from. */
import { useState, type ChangeEvent } from 'react';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { defaultDepartments, departmentName, provinceDepartments, type ProvinceDepartmentEdits } from '@/domain/plan/departments';
import { STATUS_LABELS, type FollowUpItem, type Plan, type PlanTask } from '@/domain/plan/followup';
import { planFromCsv, planToCsv } from '@/domain/plan/planCsv';
import { applyDiff, conflictCount, defaultChoice, diffPlans, nameKey, taskKey, type DiffChoice, type PlanDiff } from '@/domain/plan/planDiff';
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
  /** A department id as its name (ours, then the file's list), for showing both versions of a conflict. */
  const departmentLabel = (province: string, id: string) => {
    if (!pending) return id;
    const ours = provinceDepartments(defaultDepartments, own(current().departments, province));
    const theirs = provinceDepartments(defaultDepartments, own(pending.incoming.departments, province));
    const name = departmentName(ours, id, lang);
    return name !== id ? name : departmentName(theirs, id, lang);
  };
  const showValue = (province: string, field: string, v: unknown): string => {
    if (field === 'status') return STATUS_LABELS[v as PlanTask['status']]?.[lang] ?? String(v);
    if (field === 'progress') return (v as PlanTask['progress']).map((n) => (n.date ? `${n.date}: ${n.text}` : n.text)).join('; ') || '—';
    if (field === 'lead') return v ? departmentLabel(province, String(v)) : '—';
    if (field === 'coOwners') return (v as string[]).map((d) => departmentLabel(province, d)).join(', ') || '—';
    if (field === 'indicators')
      return (
        Object.entries(v as FollowUpItem['indicators'])
          .map(([id, l]) => `${id}: ${l.lead ? departmentLabel(province, l.lead) : '—'}${l.coOwners.length ? ` + ${l.coOwners.map((d) => departmentLabel(province, d)).join(', ')}` : ''}${l.target !== null ? `, ${formatNumber(l.target, lang, 3)}` : ''}${l.deadline ? `, ${l.deadline}` : ''}`)
          .join('; ') || '—'
      );
    if (typeof v === 'number') return formatNumber(v, lang, field === 'targetScore' ? 2 : 0);
    return v === null || v === '' ? '—' : String(v);
  };
  const fieldLabel = (field: string): string => {
    const labels: Record<string, string> = { title: p.taskTitle, lead: p.lead, coOwners: p.coOwners, targetScore: p.targetScore, targetRank: p.targetRank, deadline: p.deadline, status: p.status, evidence: p.evidence, progress: p.progress, targetYear: p.targetYear, notes: p.notes, indicators: lang === 'vi' ? 'Chỉ tiêu' : 'Indicators', indicator: lang === 'vi' ? 'Chỉ tiêu' : 'Indicator' };
    return labels[field] ?? field;
  };
  /** Both versions of the fields in conflict, side by side (one above the other on a phone). */
  const versions = <T,>(province: string, ours: T, theirs: T, fields: readonly (keyof T & string)[]) => (
    <div className="diff-versions">
      {(
        [
          [p.oursVersion, ours, 'diff-ours'],
          [p.theirsVersion, theirs, 'diff-theirs'],
        ] as const
      ).map(([title, side, testId]) => (
        <div key={testId} className="diff-version" data-testid={testId}>
          <strong>{title}</strong>
          <dl>
            {fields.map((f) => (
              <div key={f}>
                <dt>{fieldLabel(f)}</dt>
                <dd>{showValue(province, f, side[f])}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );

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
          {pending.diff.nameConflicts.length > 0 && (
            <fieldset data-testid="diff-name-conflicts">
              <legend>
                {p.nameConflicts} ({pending.diff.nameConflicts.length})
              </legend>
              <ul className="diff-tasks">
                {pending.diff.nameConflicts.map((c) => {
                  const key = nameKey(c.province, c.department);
                  const taken = pending.choice.takeNames.has(key);
                  return (
                    <li key={key} className="diff-conflict" data-testid="diff-name-conflict">
                      <strong>{p.conflict}</strong> — {departmentName(provinceDepartments(defaultDepartments), c.department, lang)} · {defaultCatalogue.units.find((u) => u.id === c.province)?.[lang] ?? c.province}
                      <div className="diff-versions">
                        <div className="diff-version" data-testid="diff-ours">
                          <strong>{p.oursVersion}</strong>
                          <div>{c.ours[lang]}</div>
                        </div>
                        <div className="diff-version" data-testid="diff-theirs">
                          <strong>{p.theirsVersion}</strong>
                          <div>{c.theirs[lang]}</div>
                        </div>
                      </div>
                      <label className="check-option">
                        <input type="radio" name={`name-${key}`} checked={!taken} onChange={() => toggle('takeNames', key, false)} />
                        {p.keepOurName}
                      </label>
                      <label className="check-option">
                        <input type="radio" name={`name-${key}`} checked={taken} onChange={() => toggle('takeNames', key, true)} />
                        {p.takeTheirName}
                      </label>
                    </li>
                  );
                })}
              </ul>
            </fieldset>
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
              {pending.diff.changed.map(({ before, after, conflicts, filled, tasks }) => (
                <div key={after.id} className="diff-item" data-testid="diff-item">
                  <div>{describe(after)}</div>
                  {filled.length > 0 && (
                    <p className="note">
                      {p.filledFromFile}:{' '}
                      {filled.map((f) => (
                        <span key={f} className="diff-field">
                          {fieldLabel(f)}: {showValue(after.province, f, after[f])}
                        </span>
                      ))}
                    </p>
                  )}
                  {conflicts.length > 0 && (
                    <div className="diff-conflict" data-testid="diff-item-conflict">
                      <strong>{p.conflict}</strong>
                      {versions(after.province, before, after, conflicts)}
                      <label className="check-option">
                        <input type="radio" name={`item-${after.id}`} checked={!pending.choice.change.has(after.id)} onChange={() => toggle('change', after.id, false)} data-testid="diff-keep-ours" />
                        {p.keepOurs}
                      </label>
                      <label className="check-option">
                        <input type="radio" name={`item-${after.id}`} checked={pending.choice.change.has(after.id)} onChange={() => toggle('change', after.id, true)} data-testid="diff-changed" />
                        {p.takeTheirs}
                      </label>
                    </div>
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
                        <li key={`c-${c.before.id}`} className={c.conflicts.length ? 'diff-conflict' : undefined} data-testid={c.conflicts.length ? 'diff-task-conflict' : 'diff-task-merged'}>
                          {c.conflicts.length > 0 && <strong>{p.conflict} — </strong>}
                          <span>{c.before.title || c.after.title || '—'}</span>
                          {c.newNotes.length > 0 && (
                            <p className="note" data-testid="diff-notes-merged">
                              +{c.newNotes.length} {p.notesMerged}: {c.newNotes.map((n) => (n.date ? `${n.date}: ${n.text}` : n.text)).join('; ')}
                            </p>
                          )}
                          {c.filled.length > 0 && (
                            <p className="note">
                              {p.filledFromFile}:{' '}
                              {c.filled.map((f) => (
                                <span key={f} className="diff-field">
                                  {fieldLabel(f)}: {showValue(after.province, f, c.after[f])}
                                </span>
                              ))}
                            </p>
                          )}
                          {c.conflicts.length > 0 && (
                            <>
                              {versions(after.province, c.before, c.after, c.conflicts)}
                              <label className="check-option">
                                <input type="radio" name={`conflict-${after.id}-${c.before.id}`} checked={!pending.choice.takeTasks.has(taskKey(after.id, c.before.id))} onChange={() => toggle('takeTasks', taskKey(after.id, c.before.id), false)} data-testid="diff-keep-ours" />
                                {p.keepOurs}
                              </label>
                              <label className="check-option">
                                <input type="radio" name={`conflict-${after.id}-${c.before.id}`} checked={pending.choice.takeTasks.has(taskKey(after.id, c.before.id))} onChange={() => toggle('takeTasks', taskKey(after.id, c.before.id), true)} data-testid="diff-take-theirs" />
                                {p.takeTheirs}
                              </label>
                            </>
                          )}
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

/** The tasks under each component (the plan as provinces write it): every field saved as it is typed. */
import { useState } from 'react';
import { departmentName, type Department } from '@/domain/plan/departments';
import { targetScoreProblem } from '@/domain/plan/targetRules';
import { indicatorFromDisplay, indicatorToDisplay } from '@/domain/analysis/indicators';
import { blankIndicatorPlan, blankTask, isOverdue, withIndicatorPlan, ITEM_STATUSES, nextTaskId, STATUS_LABELS, type FollowUpIndicator, type FollowUpItem, type FollowUpRow, type PlanTask } from '@/domain/plan/followup';
import { readNumberCell } from '@/domain/catalogue/numbers';
import { useAssignments } from '@/state/assignments';
import { formatNumber, useLang } from '@/ui/i18n';
import { PLAN_STRINGS } from './planStrings';
import { useCatalogue } from '@/data/catalogue';

const today = () => new Date().toISOString().slice(0, 10);

function AgencyPicker({ chosen, options, departments, onChange, label, testId }: { chosen: string[]; options: Department[]; departments: Department[]; onChange(ids: string[]): void; label: string; testId: string }) {
  const lang = useLang();
  const all = [...options, ...departments.filter((d) => chosen.includes(d.id) && !options.includes(d))];
  return (
    <details className="co-owners" data-testid={testId}>
      <summary>
        {chosen.length ? chosen.map((c) => departmentName(departments, c, lang)).join(', ') : '—'}
        <span className="sr-only"> ({label})</span>
      </summary>
      <fieldset>
        <legend className="sr-only">{label}</legend>
        {all.map((d) => (
          <label key={d.id} className="check-option">
            <input type="checkbox" checked={chosen.includes(d.id)} onChange={(e) => onChange(e.target.checked ? [...chosen, d.id] : chosen.filter((c) => c !== d.id))} />
            {d[lang]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

function readOptional(text: string): number | null | undefined {
  const cell = readNumberCell(text);
  return cell.kind === 'number' ? cell.value : cell.kind === 'missing' ? null : undefined;
}

function TaskEditor({ item, task, assignable, departments, indicators, onSave, onRemove }: { item: FollowUpItem; task: PlanTask; assignable: Department[]; departments: Department[]; indicators: FollowUpIndicator[]; onSave(t: PlanTask): void; onRemove(): void }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = PLAN_STRINGS[lang];
  const [noteDate, setNoteDate] = useState(today());
  const [noteText, setNoteText] = useState('');
  const [scoreText, setScoreText] = useState(task.targetScore === null ? '' : formatNumber(task.targetScore, lang));
  const save = (patch: Partial<PlanTask>) => onSave({ ...task, ...patch });
  const typedScore = readOptional(scoreText);
  // One home for what a target may be: domain/targetRules.ts (the component's scale in the target year).
  const scoreProblem = typedScore === undefined ? null : typedScore === null ? null : targetScoreProblem(catalogue, item.index, item.component, item.targetYear, typedScore);
  const overdue = isOverdue(task, today());
  const id = `${item.id}-${task.id}`;
  return (
    <li className={`task-card${overdue ? ' overdue' : ''}`} data-testid="task" data-task={task.id}>
      <label className="stacked task-title">
        <span className="small">{s.taskTitle}</span>
        <input type="text" value={task.title} onChange={(e) => save({ title: e.target.value })} data-testid="task-title" aria-describedby={`${id}-comp`} />
      </label>
      <div className="task-fields">
        {(indicators.length > 0 || task.indicator) && (
          <label className="stacked task-indicator">
            <span className="small">{s.taskIndicator}</span>
            <select value={task.indicator ?? ''} onChange={(e) => save({ indicator: e.target.value || null })} data-testid="task-indicator">
              <option value="">{s.wholeComponent}</option>
              {indicators.map(({ def }) => (
                <option key={def.id} value={def.id}>
                  {def.label[lang]}
                </option>
              ))}
              {task.indicator && !indicators.some((i) => i.def.id === task.indicator) && <option value={task.indicator}>{task.indicator}</option>}
            </select>
          </label>
        )}
        <label className="stacked">
          <span className="small">{s.lead}</span>
          <select value={task.lead ?? ''} onChange={(e) => save({ lead: e.target.value || null, coOwners: task.coOwners.filter((c) => c !== e.target.value) })} data-testid="task-lead">
            <option value="">{s.sameAsComponent}</option>
            {[...assignable, ...departments.filter((d) => d.id === task.lead && !assignable.includes(d))].map((d) => (
              <option key={d.id} value={d.id}>
                {d[lang]}
              </option>
            ))}
          </select>
        </label>
        <div className="stacked">
          <span className="small">{s.coOwners}</span>
          <AgencyPicker chosen={task.coOwners} options={assignable.filter((d) => d.id !== task.lead)} departments={departments} label={s.coOwners} testId="task-co-owners" onChange={(coOwners) => save({ coOwners })} />
        </div>
        <label className="stacked">
          <span className="small">{s.targetScore}</span>
          <input
            type="text"
            inputMode="decimal"
            size={6}
            value={scoreText}
            aria-invalid={typedScore === undefined || scoreProblem !== null || undefined}
            data-testid="task-target-score"
            onChange={(e) => {
              setScoreText(e.target.value);
              const v = readOptional(e.target.value);
              if (v === null || (v !== undefined && !targetScoreProblem(catalogue, item.index, item.component, item.targetYear, v))) save({ targetScore: v });
            }}
          />
          {scoreProblem && (
            <span className="small warn" role="alert" data-testid="task-target-problem">
              {scoreProblem[lang]}
            </span>
          )}
        </label>
        <label className="stacked">
          <span className="small">{s.targetRank}</span>
          <input type="number" min={1} size={4} value={task.targetRank ?? ''} data-testid="task-target-rank" onChange={(e) => save({ targetRank: e.target.value ? Math.max(1, Math.round(Number(e.target.value))) : null })} />
        </label>
        <label className="stacked">
          <span className="small">{s.deadline}</span>
          <input type="date" value={task.deadline ?? ''} data-testid="task-deadline" onChange={(e) => save({ deadline: e.target.value || null })} />
        </label>
        <label className="stacked">
          <span className="small">
            {s.status}
            {overdue && <strong className="overdue-mark"> · {s.overdue}</strong>}
          </span>
          <select value={task.status} className={`status-${task.status}`} data-testid="task-status" onChange={(e) => save({ status: e.target.value as PlanTask['status'] })}>
            {ITEM_STATUSES.map((st) => (
              <option key={st} value={st}>
                {STATUS_LABELS[st][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="stacked task-evidence">
          <span className="small">{s.evidence}</span>
          <input type="url" value={task.evidence} placeholder="https://" data-testid="task-evidence" onChange={(e) => save({ evidence: e.target.value })} />
        </label>
      </div>
      <div className="task-progress">
        <span className="small">{s.progress}</span>
        {task.progress.length > 0 && (
          <ul data-testid="task-notes">
            {task.progress.map((p, i) => (
              <li key={i}>
                <time dateTime={p.date}>{p.date.split('-').reverse().join('/')}</time>: {p.text}
              </li>
            ))}
          </ul>
        )}
        <div className="add-note">
          <input type="date" aria-label={s.noteDate} value={noteDate} onChange={(e) => setNoteDate(e.target.value)} />
          <input type="text" aria-label={s.noteText} value={noteText} onChange={(e) => setNoteText(e.target.value)} data-testid="note-text" />
          <button
            type="button"
            disabled={!noteText.trim() || !noteDate}
            data-testid="add-note"
            onClick={() => {
              save({ progress: [...task.progress, { date: noteDate, text: noteText.trim() }] });
              setNoteText('');
            }}
          >
            {s.addNote}
          </button>
        </div>
      </div>
      <button type="button" className="small-button remove-task" onClick={onRemove} data-testid="remove-task">
        {s.removeTask}
      </button>
    </li>
  );
}

/** Who owns each indicator of a component (owners.ts through followup.ts `followUpIndicators`), as the plan reads now. */
/** An indicator's target typed in its display unit (a share as %), kept in its stored unit; saved once it reads as a number. */
function IndicatorTarget({ def, value, label, onChange }: { def: FollowUpIndicator['def']; value: number | null; label: string; onChange(v: number | null): void }) {
  const lang = useLang();
  const shown = (v: number | null) => (v === null ? '' : formatNumber(indicatorToDisplay(def, v), lang, def.unit === 'share' || def.unit === 'percent' ? 1 : 2));
  const [text, setText] = useState(shown(value));
  const typed = readOptional(text);
  return (
    <input
      type="text"
      inputMode="decimal"
      size={6}
      aria-label={label}
      aria-invalid={typed === undefined || undefined}
      value={text}
      data-testid="indicator-target"
      onChange={(e) => {
        setText(e.target.value);
        const v = readOptional(e.target.value);
        if (v !== undefined) onChange(v === null ? null : indicatorFromDisplay(def, v));
      }}
    />
  );
}

const UNIT_HINT: Partial<Record<FollowUpIndicator['def']['unit'], Record<'vi' | 'en', string>>> = { share: { vi: '%', en: '%' }, percent: { vi: '%', en: '%' }, days: { vi: 'ngày', en: 'days' }, hours: { vi: 'giờ', en: 'hours' } };

function IndicatorOwners({ indicators, departments, item, onSave }: { indicators: FollowUpIndicator[]; departments: Department[]; item: FollowUpItem; onSave(item: FollowUpItem): void }) {
  const lang = useLang();
  const s = PLAN_STRINGS[lang];
  if (!indicators.length) return null;
  const lineOf = (id: string) => item.indicators[id] ?? blankIndicatorPlan();
  return (
    <div className="indicator-owners" data-testid="followup-indicator-owners">
      <span className="small">{s.indicatorOwners}</span>
      <ul>
        {indicators.map(({ def, owners }) => (
          <li key={def.id} data-indicator={def.id} data-owner={owners.lead?.department ?? ''} data-basis={owners.lead?.basis ?? ''}>
            {def.label[lang]}: <strong>{owners.lead ? departmentName(departments, owners.lead.department, lang) : '—'}</strong>{' '}
            <span className="note small">
              ({owners.lead?.basis === 'plan' ? s.byPlan : s.bySuggestion}
              {owners.ownLevel ? '' : `, ${s.asComponent}`}
              )
            </span>
            <span className="indicator-line">
              <label className="stacked">
                <span className="small">
                  {s.indicatorTarget}
                  {UNIT_HINT[def.unit] ? ` (${UNIT_HINT[def.unit]![lang]})` : ''}
                </span>
                <IndicatorTarget def={def} value={lineOf(def.id).target} label={`${s.indicatorTarget}: ${def.label[lang]}`} onChange={(target) => onSave(withIndicatorPlan(item, def.id, { ...lineOf(def.id), target }))} />
              </label>
              <label className="stacked">
                <span className="small">{s.deadline}</span>
                <input type="date" aria-label={`${s.deadline}: ${def.label[lang]}`} value={lineOf(def.id).deadline ?? ''} data-testid="indicator-deadline" onChange={(e) => onSave(withIndicatorPlan(item, def.id, { ...lineOf(def.id), deadline: e.target.value || null }))} />
              </label>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function TasksPanel({ rows, assignable, departments, indicatorsOf = () => [] }: { rows: FollowUpRow[]; assignable: Department[]; departments: Department[]; indicatorsOf?: (component: string) => FollowUpIndicator[] }) {
  const lang = useLang();
  const s = PLAN_STRINGS[lang];
  const saveItem = useAssignments((st) => st.saveItem);
  return (
    <section aria-labelledby="tasks-title" className="card followup-section tasks-panel" data-testid="tasks-panel">
      <h2 id="tasks-title">{s.tasks}</h2>
      <p className="note">{s.tasksLede}</p>
      {rows.map(({ item, component }) => {
        const setTasks = (tasks: PlanTask[]) => saveItem({ ...item, tasks });
        return (
          <details key={item.id} open={item.tasks.length > 0 || item.targetScore !== null} className="task-group" data-key={component.id}>
            <summary>
              <strong id={`${item.id}-comp`}>{component[lang]}</strong> · {item.tasks.length ? `${item.tasks.length} ${s.taskTitle.toLowerCase()}` : s.noTasks}
              {item.targetScore !== null && ` · ≥ ${formatNumber(item.targetScore, lang)}`}
            </summary>
            <IndicatorOwners indicators={indicatorsOf(component.id)} departments={departments} item={item} onSave={saveItem} />
            <ol className="task-list">
              {item.tasks.map((task) => (
                <TaskEditor
                  key={task.id}
                  item={item}
                  task={task}
                  indicators={indicatorsOf(component.id)}
                  assignable={assignable}
                  departments={departments}
                  onSave={(t) => setTasks(item.tasks.map((x) => (x.id === t.id ? t : x)))}
                  onRemove={() => setTasks(item.tasks.filter((x) => x.id !== task.id))}
                />
              ))}
            </ol>
            <button type="button" data-testid="add-task" onClick={() => setTasks([...item.tasks, blankTask(nextTaskId(item, Math.random().toString(36).slice(2, 6)), item)])}>
              + {s.addTask}
            </button>
          </details>
        );
      })}
    </section>
  );
}

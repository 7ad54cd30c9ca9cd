/** The editable follow-up table: one row per component, every field saved as it is typed. */
import { useId, useState } from 'react';
import { SUGGESTION_RULE_TEXT, suggestionRuleLabels, targetRankProblem, targetScoreProblem } from '@/domain/plan/targetRules';
import type { Department, TemplateSuggestion } from '@/domain/plan/departments';
import { departmentName } from '@/domain/plan/departments';
import { TARGET_STATUS_LABELS } from '@/domain/plan/targetStatus';
import { adoptCarried, adoptSuggestion, ITEM_STATUSES, STATUS_LABELS, type FollowUpItem, type FollowUpRow, type TargetCheck } from '@/domain/plan/followup';
import { readNumberCell } from '@/domain/catalogue/numbers';
import type { Lang } from '@/domain/catalogue/types';
import { useAssignments } from '@/state/assignments';
import { formatChange, formatNumber, useLang, formatRank } from '@/ui/i18n';
import { STRINGS } from './strings';
import { useCatalogue } from '@/data/catalogue';
import { componentName, findIndex } from '@/domain/catalogue/catalogue';

/** A number input that keeps what is typed ("9," on the way to "9,3") and saves once it reads as a number. */
function NumberField({
  value,
  onChange,
  label,
  testId,
  digits,
  problem,
}: {
  value: number | null;
  onChange(v: number | null): void;
  label: string;
  testId: string;
  digits: number;
  /** Why a number cannot be taken (targetRules.ts), shown instead of saving it. */
  problem?: (v: number) => string | null;
}) {
  const lang = useLang();
  const errorId = useId();
  const format = (v: number | null) => (v === null ? '' : formatNumber(v, lang, digits));
  const [text, setText] = useState(format(value));
  const parse = (t: string) => {
    const cell = readNumberCell(t);
    return cell.kind === 'number' ? cell.value : cell.kind === 'missing' ? null : undefined;
  };
  // Follow changes made elsewhere (import, suggestion) without fighting the user's typing.
  const typed = parse(text);
  const refusal = typed !== undefined && typed !== null && problem ? problem(typed) : null;
  if (typed !== value && typed !== undefined && refusal === null) setText(format(value));
  const invalid = typed === undefined || refusal !== null;
  return (
    <>
    <input
      type="text"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid || undefined}
      className={invalid ? 'invalid' : undefined}
      data-testid={testId}
      value={text}
      size={6}
      aria-describedby={refusal ? errorId : undefined}
      onChange={(e) => {
        setText(e.target.value);
        const v = parse(e.target.value);
        if (v !== undefined && (v === null || !problem?.(v))) onChange(v);
      }}
    />
    {refusal && (
      <span id={errorId} role="alert" className="field-error" data-testid={`${testId}-error`}>
        {refusal}
      </span>
    )}
    </>
  );
}

export function EvidenceBadge({ level, lang }: { level: 'C' | 'S' | 'U'; lang: Lang }) {
  const title = { C: { vi: 'Đã xác nhận trong nguồn', en: 'Confirmed in a source' }, S: { vi: 'Có bằng chứng một phần', en: 'Partial evidence' }, U: { vi: 'Suy luận, chưa kiểm chứng', en: 'Inferred, not verified' } }[level][lang];
  return (
    <span className={`badge evidence evidence-${level}`} title={title} data-testid="evidence">
      [{level}]<span className="sr-only"> {title}</span>
    </span>
  );
}

export function CheckCell({ check, lang }: { check: TargetCheck; lang: Lang }) {
  const s = STRINGS[lang];
  if (check.status === 'no_target') return <span className="note">{TARGET_STATUS_LABELS.no_target[lang]}</span>;
  return (
    <div className={`check check-${check.status}`} data-testid="check" data-status={check.status}>
      <strong>
        {check.targetYear}: {TARGET_STATUS_LABELS[check.status][lang]}
      </strong>
      {check.score && check.score.actual !== null && (
        <div>
          {s.score} {formatNumber(check.score.actual, lang)} ({formatChange(check.score.margin, lang)})
        </div>
      )}
      {check.rank && check.rank.actual !== null && (
        <div>
          {s.rank} {formatRank(check.rank.actual, check.rank.basis)} ({formatChange(check.rank.margin, lang, 0)})
        </div>
      )}
      {check.methodBreaks.length > 0 && <div className="warn small">{s.methodBreak}</div>}
    </div>
  );
}

function TemplateCell({ suggestion, departments, onAdopt, adopted, lang }: { suggestion: TemplateSuggestion | null; departments: Department[]; onAdopt(): void; adopted: boolean; lang: Lang }) {
  const s = STRINGS[lang];
  if (!suggestion) return <span className="note">{s.noTemplate}</span>;
  const sources = [suggestion.note?.[lang], ...suggestion.sources.map((x) => x[lang])].filter(Boolean).join(' — ');
  return (
    <div className="template-cell">
      <span className="badge template">{s.template}</span> <EvidenceBadge level={suggestion.evidence} lang={lang} />
      <div title={sources} className="template-lead">
        <strong>{departmentName(departments, suggestion.lead, lang)}</strong>
        {suggestion.leadBefore && (
          <span className="note">
            {' '}
            ({s.formerly}: {departmentName(departments, suggestion.leadBefore, lang)})
          </span>
        )}
      </div>
      {suggestion.coOwners.length > 0 && <div className="note">+ {suggestion.coOwners.map((c) => departmentName(departments, c, lang)).join(', ')}</div>}
      <button type="button" onClick={onAdopt} disabled={adopted} data-testid="adopt">
        {adopted ? `✓ ${s.adopted}` : s.adopt}
      </button>
    </div>
  );
}

function CoOwners({ item, assignable, departments, onChange, lang }: { item: FollowUpItem; assignable: Department[]; departments: Department[]; onChange(ids: string[]): void; lang: Lang }) {
  const s = STRINGS[lang];
  const options = [...assignable, ...departments.filter((d) => item.coOwners.includes(d.id) && !assignable.includes(d))].filter((d) => d.id !== item.lead);
  return (
    <details className="co-owners" data-testid="co-owners">
      <summary>
        {item.coOwners.length ? item.coOwners.map((c) => departmentName(departments, c, lang)).join(', ') : '—'}
        <span className="sr-only"> ({s.coOwners})</span>
      </summary>
      <fieldset>
        <legend className="sr-only">{s.coOwners}</legend>
        {options.map((d) => (
          <label key={d.id} className="check-option">
            <input
              type="checkbox"
              checked={item.coOwners.includes(d.id)}
              onChange={(e) => onChange(e.target.checked ? [...item.coOwners, d.id] : item.coOwners.filter((c) => c !== d.id))}
            />
            {d[lang]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

export function ItemsTable({ rows, assignable, departments }: { rows: FollowUpRow[]; assignable: Department[]; departments: Department[] }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = STRINGS[lang];
  const saveItem = useAssignments((st) => st.saveItem);
  const targetYear = rows[0]?.item.targetYear;
  return (
    <div className="table-scroll">
      <table className="data-table followup-table stack-phone" data-testid="followup-table">
        <caption>
          {s.title} — {s.target} {targetYear}
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.component}</th>
            <th scope="col">{s.template}</th>
            <th scope="col">{s.lead}</th>
            <th scope="col">{s.coOwners}</th>
            <th scope="col">
              {s.target} {targetYear}
            </th>
            <th scope="col">
              {s.deadline} / {s.status}
            </th>
            <th scope="col">{s.notes}</th>
            <th scope="col">{s.result}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const { item, assessment, component } = row;
            const save = (patch: Partial<FollowUpItem>) => saveItem({ ...item, ...patch });
            const name = component[lang];
            const leadOptions = item.lead && !assignable.some((d) => d.id === item.lead) ? [...departments.filter((d) => d.id === item.lead), ...assignable] : assignable;
            const adopted = item.origin === 'template' && row.suggestion !== null && item.lead === row.suggestion.lead;
            return (
              <tr key={item.id} data-key={component.id} className={assessment?.weak ? 'weak-row' : undefined}>
                <th scope="row" className="component-cell">
                  <div>
                    {name} {assessment?.weak && <span className="badge weak">{s.weak}</span>}
                  </div>
                  {assessment && (
                    <div className="note small">
                      {s.score} {formatNumber(assessment.value, lang)}
                      {assessment.rank !== null && ` · ${s.rank} ${formatRank(assessment.rank, assessment.rankBasis)}`}
                      {assessment.median !== null && ` · ${s.median} ${formatNumber(assessment.median, lang)}`}
                    </div>
                  )}
                  {assessment?.flags.map((f) => (
                    <div key={f.rule} className="note small warn">
                      {f.label[lang]}
                    </div>
                  ))}
                </th>
                <td data-label={s.template}>
                  {row.carried && !item.lead && (
                    <div className="carried" data-testid="carried">
                      {row.carried.component === row.component.id
                        ? s.carriedFrom.replace('{year}', String(row.carried.year))
                        : s.carriedContinued.replace('{year}', String(row.carried.year)).replace('{component}', componentName(findIndex(catalogue, row.carried.index)?.components.find((c) => c.id === row.carried!.component), lang, row.carried.component))}
                      : <strong>{departmentName(departments, row.carried.lead, lang)}</strong>
                      <button type="button" onClick={() => row.carried && saveItem(adoptCarried(item, row.carried))} data-testid="adopt-carried">
                        {s.adoptCarried.replace('{year}', String(row.carried.year))}
                      </button>
                    </div>
                  )}
                  <TemplateCell suggestion={row.suggestion} departments={departments} adopted={adopted} lang={lang} onAdopt={() => row.suggestion && saveItem(adoptSuggestion(item, row.suggestion))} />
                </td>
                <td data-label={s.lead}>
                  <select aria-label={`${s.lead}: ${name}`} value={item.lead ?? ''} data-testid="lead" onChange={(e) => save({ lead: e.target.value || null, coOwners: item.coOwners.filter((c) => c !== e.target.value), origin: 'user' })}>
                    <option value="">{s.unassigned}</option>
                    {leadOptions.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d[lang]}
                      </option>
                    ))}
                  </select>
                  {item.origin === 'template' && item.lead && <div className="note small">({s.fromTemplate})</div>}
                </td>
                <td data-label={s.coOwners}>
                  <CoOwners item={item} assignable={assignable} departments={departments} lang={lang} onChange={(coOwners) => save({ coOwners, origin: 'user' })} />
                </td>
                <td className="target-cell" data-label={`${s.target} ${targetYear}`}>
                  <label className="stacked">
                    <span className="small">{s.targetScore}</span>
                    <span>
                      <NumberField
                        value={item.targetScore}
                        label={`${s.targetScore}: ${name}`}
                        testId="target-score"
                        digits={2}
                        problem={(v) => targetScoreProblem(catalogue, item.index, item.component, item.targetYear, v)?.[lang] ?? null}
                        onChange={(v) => save({ targetScore: v })}
                      />
                      {row.suggestedTarget !== null && item.targetScore === null && (
                        <button
                          type="button"
                          className="small-button"
                          data-testid="suggest-target"
                          title={`${s.suggest}: ${formatNumber(row.suggestedTarget.value, lang)} — ${suggestionRuleLabels[row.suggestedTarget.rule][lang]}: ${row.suggestedTarget.explanation[lang]}`}
                          onClick={() => save({ targetScore: row.suggestedTarget!.value })}
                        >
                          {s.suggest} {formatNumber(row.suggestedTarget.value, lang)}
                          <span className="suggest-rule"> ({row.suggestedTarget.explanation[lang]})</span>
                        </button>
                      )}
                    </span>
                  </label>
                  <label className="stacked">
                    <span className="small">{s.targetRank}</span>
                    <NumberField
                      value={item.targetRank}
                      label={`${s.targetRank}: ${name}`}
                      testId="target-rank"
                      digits={0}
                      problem={(v) => targetRankProblem(catalogue, item.targetYear, v)?.[lang] ?? null}
                      onChange={(v) => save({ targetRank: v })}
                    />
                  </label>
                </td>
                <td data-label={`${s.deadline} / ${s.status}`}>
                  <input type="date" aria-label={`${s.deadline}: ${name}`} value={item.deadline ?? ''} data-testid="deadline" onChange={(e) => save({ deadline: e.target.value || null })} />
                  <select aria-label={`${s.status}: ${name}`} value={item.status} data-testid="status" className={`status-${item.status}`} onChange={(e) => save({ status: e.target.value as FollowUpItem['status'] })}>
                    {ITEM_STATUSES.map((st) => (
                      <option key={st} value={st}>
                        {STATUS_LABELS[st][lang]}
                      </option>
                    ))}
                  </select>
                </td>
                <td data-label={s.notes}>
                  <textarea aria-label={`${s.notes}: ${name}`} rows={2} cols={16} value={item.notes} data-testid="notes" onChange={(e) => save({ notes: e.target.value })} />
                </td>
                <td data-label={s.result}>
                  <CheckCell check={row.check} lang={lang} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="note small" data-testid="suggestion-rule">
        {SUGGESTION_RULE_TEXT[lang]}
      </p>
    </div>
  );
}

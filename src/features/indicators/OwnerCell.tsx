/**
 * An indicator's owner in the indicator view: who (plan/owners.ts `ownersOf`, never decided here), on what basis (the
 * plan, or the template's suggestion with its evidence level), and a choice that saves the indicator's own lead in the
 * plan (`FollowUpItem.indicators`), or gives it back to its sub-index's owners.
 */
import { useMemo } from 'react';
import { defaultDepartments, defaultTemplate, departmentName, departmentsForYear, NO_EDITS, provinceDepartments } from '@/domain/plan/departments';
import { blankIndicatorPlan, itemOrBlank, withIndicatorPlan } from '@/domain/plan/followup';
import { indicatorRef, ownersOf, type Owners } from '@/domain/plan/owners';
import type { IndicatorDef } from '@/domain/analysis/indicators';
import type { ScoreTable } from '@/domain/table/dataset';
import { defaultCatalogue } from '@/domain/catalogue/catalogue';
import { own } from '@/domain/catalogue/own';
import { useAssignments } from '@/state/assignments';
import { useLang, useStrings } from '@/ui/i18n';
import { indicatorStrings } from './strings';

/** Owners of every indicator shown, from the plan as saved (one `ownersOf` per indicator). */
export function useIndicatorOwners(table: ScoreTable | null, province: string, year: number | null, defs: readonly IndicatorDef[]): Map<string, Owners> {
  const items = useAssignments((s) => s.items);
  const edits = useAssignments((s) => s.departments);
  return useMemo(() => {
    const owners = new Map<string, Owners>();
    if (!table || year === null) return owners;
    const departments = provinceDepartments(defaultDepartments, own(edits, province) ?? NO_EDITS);
    const ctx = { table, province, items: Object.values(items), departments, template: defaultTemplate, catalogue: defaultCatalogue };
    for (const def of defs) owners.set(def.id, ownersOf(indicatorRef(def, year), ctx));
    return owners;
  }, [table, province, year, defs, items, edits]);
}

export function OwnerCell({ def, owners, table, province, year, label }: { def: IndicatorDef; owners: Owners | undefined; table: ScoreTable; province: string; year: number; label: string }) {
  const lang = useLang();
  const s = useStrings(indicatorStrings);
  const items = useAssignments((st) => st.items);
  const edits = useAssignments((st) => st.departments);
  const saveItem = useAssignments((st) => st.saveItem);
  const workYear = owners?.workYear ?? year + 1;
  const all = useMemo(() => provinceDepartments(defaultDepartments, own(edits, province) ?? NO_EDITS), [edits, province]);
  const choices = useMemo(() => departmentsForYear(defaultDepartments, own(edits, province) ?? NO_EDITS, workYear), [edits, province, workYear]);
  const line = owners?.indicatorPlan ?? null;
  const own_ = line?.lead ?? '';
  const lead = owners?.lead ?? null;
  const choose = (department: string) => {
    const item = itemOrBlank(items, table, province, def.index, year, def.component);
    const current = own(item.indicators, def.id) ?? blankIndicatorPlan();
    saveItem(withIndicatorPlan(item, def.id, { ...current, lead: department || null }));
  };
  const basis = !lead ? '' : lead.basis === 'plan' ? s.basisPlan : `${s.basisSuggested}${lead.evidence ? ` [${lead.evidence}]` : ''}`;
  return (
    <div className="indicator-owner" data-testid="indicator-owner" data-indicator={def.id} data-owner={lead?.department ?? ''} data-basis={lead?.basis ?? ''}>
      <div>
        <strong>{lead ? departmentName(all, lead.department, lang) : '—'}</strong>{' '}
        <span className={`badge ${lead?.basis === 'plan' ? 'plan' : 'template'}`}>{basis}</span>
        {owners && !owners.ownLevel && lead && <span className="note small"> · {s.asSubIndex}</span>}
        {owners?.speaking && owners.speaking.year !== year && <span className="note small"> · {s.planOf.replace('{year}', String(owners.speaking.year))}</span>}
      </div>
      <select aria-label={`${s.owner}: ${label}`} value={own_} onChange={(e) => choose(e.target.value)} data-testid="indicator-owner-select">
        <option value="">{s.ownerAsSubIndex}</option>
        {choices.map((d) => (
          <option key={d.id} value={d.id}>
            {d[lang]}
          </option>
        ))}
        {own_ && !choices.some((d) => d.id === own_) && <option value={own_}>{departmentName(all, own_, lang)}</option>}
      </select>
    </div>
  );
}

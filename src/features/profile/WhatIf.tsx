/**
 * What-if simulator and target finder in the province profile. Every figure here is derived (a simulation),
 * labelled so; the rules live in domain/whatIf.ts and domain/targetFinder.ts, this view only draws them.
 * "Apply" turns a proposal into component targets in the follow-up plan (state/assignments) and the
 * composite goal into the province's target (state/targets).
 */
import { useMemo, useState } from 'react';
import type { ScoreTable } from '@/domain/table/dataset';
import { applyComponentTargets } from '@/domain/plan/followup';
import { defaultTargetYear } from '@/domain/plan/targetRules';
import { findTargets, STRATEGY_LABELS, type TargetGoal, type TargetSearch } from '@/domain/analysis/targetFinder';
import type { IndexDef, Lang } from '@/domain/catalogue/types';
import { NOT_A_FUNCTION, readRequest, simulate, type ComponentRequest, type WhatIfResult } from '@/domain/analysis/whatIf';
import { useAssignments } from '@/state/assignments';
import { useTargets } from '@/state/targets';
import { useView } from '@/state/view';
import { formatChange, formatNumber, useLang } from '@/ui/i18n';
import { useCatalogue } from '@/data/catalogue';

const T = {
  vi: {
    title: 'Mô phỏng “nếu… thì…” và tìm mục tiêu',
    derived: 'Số liệu mô phỏng (giả định), không phải số liệu công bố.',
    lede: 'Thay đổi điểm các chỉ số thành phần để xem điểm tổng hợp theo trọng số của kỳ này, thứ hạng và nhóm. Mỗi thay đổi bị giới hạn bởi thang điểm và điểm cao nhất mà một tỉnh đạt được trong kỳ.',
    component: 'Chỉ số thành phần',
    weight: 'Trọng số',
    current: 'Điểm hiện tại',
    best: 'Cao nhất cả nước',
    bestLoaded: 'Cao nhất trong các tỉnh có số liệu',
    change: 'Thay đổi (+/−)',
    simulated: 'Sau mô phỏng',
    composite: 'Điểm tổng hợp (mô phỏng)',
    rank: 'Thứ hạng (mô phỏng)',
    tier: 'Nhóm (mô phỏng)',
    national: 'thứ hạng cả nước',
    amongLoaded: '* thứ hạng trong số các tỉnh có số liệu, không phải thứ hạng cả nước',
    observedFloor: 'ước tính theo điểm thấp nhất VCCI công bố trong mỗi nhóm',
    printedTier: 'nhóm công bố',
    quartile: 'theo tứ phân vị tính lại',
    band: 'theo ngưỡng điểm',
    clampedBest: 'giới hạn ở điểm cao nhất của kỳ',
    clampedScale: 'giới hạn ở thang điểm',
    reset: 'Đặt lại',
    finder: 'Tìm mục tiêu',
    goalRank: 'Thứ hạng mục tiêu (top N)',
    goalTier: 'hoặc nhóm',
    noTier: '— không chọn —',
    find: 'Tìm phương án',
    required: 'Điểm tổng hợp cần đạt',
    alreadyMet: 'Kỳ này tỉnh đã đạt mục tiêu này.',
    unreachable: 'Không đạt được kể cả khi mọi chỉ số thành phần lên bằng điểm cao nhất của kỳ (tối đa {max}).',
    apply: 'Áp dụng vào kế hoạch',
    applied: 'Đã đặt mục tiêu cho {n} chỉ số thành phần trong kế hoạch ({index} {year}).',
    openPlan: 'Mở bảng phân công',
    changes: 'điểm thành phần',
    none: 'Không có thay đổi',
    notANumber: '“{text}” không phải là số nên chưa được tính. Hãy gõ mức thay đổi, ví dụ +0,5 hoặc -0,3.',
  },
  en: {
    title: 'What-if simulator and target finder',
    derived: 'Simulated (what-if) figures, not published ones.',
    lede: "Change component scores to see the composite under this edition's weights, the rank and the tier. Each change is bounded by the scale and by the best score any province reached in this edition.",
    component: 'Component',
    weight: 'Weight',
    current: 'Current score',
    best: 'Best nationally',
    bestLoaded: 'Best among loaded provinces',
    change: 'Change (+/−)',
    simulated: 'Simulated',
    composite: 'Composite (simulated)',
    rank: 'Rank (simulated)',
    tier: 'Tier (simulated)',
    national: 'national rank',
    amongLoaded: '* rank among the provinces loaded, not a national rank',
    observedFloor: 'estimated from the lowest score VCCI printed in each group',
    printedTier: 'published tier',
    quartile: 'by recomputed quartiles',
    band: 'by score band',
    clampedBest: "limited to the edition's best score",
    clampedScale: 'limited by the scale',
    reset: 'Reset',
    finder: 'Target finder',
    goalRank: 'Target rank (top N)',
    goalTier: 'or tier',
    noTier: '— none —',
    find: 'Find proposals',
    required: 'Composite needed',
    alreadyMet: 'The province already meets this goal in this edition.',
    unreachable: "Out of reach even with every component at the edition's best score (at most {max}).",
    apply: 'Apply to the plan',
    applied: 'Targets set for {n} components in the plan ({index} {year}).',
    openPlan: 'Open the assignments',
    changes: 'component points',
    none: 'No change',
    notANumber: '“{text}” is not a number, so it is not counted. Type a change such as +0.5 or -0.3.',
  },
};

function ResultLine({ result, lang }: { result: WhatIfResult; lang: Lang }) {
  const t = T[lang];
  if (result.composite === null) return null;
  const tierBasis = result.tier ? { 'observed-floor': t.observedFloor, quartile: t.quartile, band: t.band, printed: t.printedTier, 'printed-range': t.printedTier, 'printed-count': t.printedTier }[result.tier.basis] : '';
  return (
    <div className="whatif-result" data-testid="whatif-result" aria-live="polite">
      <span>
        {t.composite}: {formatNumber(result.baseComposite, lang)} → <strong data-testid="whatif-composite">{formatNumber(result.composite, lang)}</strong> ({formatChange(result.compositeChange, lang)})
      </span>
      <span>
        {t.rank}:{' '}
        <strong data-testid="whatif-rank" data-basis={result.rankBasis}>
          {result.rank}
          {result.rankBasis === 'among-loaded' ? '*' : ''}
        </strong>{' '}
        <span className="note small">({result.rankBasis === 'among-loaded' ? t.amongLoaded : t.national})</span>
      </span>
      {result.tier && (
        <span>
          {t.tier}: <span className="badge">{result.tier.label[lang]}</span> <span className="note small">({tierBasis})</span>
        </span>
      )}
    </div>
  );
}

export function WhatIf({ table, index, year, province }: { table: ScoreTable; index: IndexDef; year: number; province: string }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const t = T[lang];
  const [inputs, setInputs] = useState<Record<string, string>>({});
  const [rankText, setRankText] = useState('');
  const [tierGoal, setTierGoal] = useState('');
  const [search, setSearch] = useState<TargetSearch | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const items = useAssignments((s) => s.items);
  const saveItem = useAssignments((s) => s.saveItem);
  const setTarget = useTargets((s) => s.setTarget);
  const setView = useView((v) => v.set);

  const requests = useMemo(() => {
    const r: Record<string, ComponentRequest> = {};
    for (const [c, text] of Object.entries(inputs)) {
      const req = text.trim() ? readRequest(/^[+-]/.test(text.trim()) ? text : `+${text}`) : null;
      if (req) r[c] = req;
    }
    return r;
  }, [inputs]);
  const result = useMemo(() => simulate(table, catalogue, index.id, year, province, requests), [table, catalogue, index.id, year, province, requests]);

  if (!result.supported) {
    return (
      <section aria-labelledby="whatif-title" className="card whatif" data-testid="whatif">
        <h2 id="whatif-title">{t.title}</h2>
        <p className="note" data-testid="whatif-unsupported">
          {NOT_A_FUNCTION[lang]}
        </p>
      </section>
    );
  }
  if (result.baseComposite === null) return null;

  const tiers = index.tiers.labels ?? [];
  const bestLabel = result.levers.every((l) => l.bestIsKnown) ? t.best : t.bestLoaded;
  const find = () => {
    const n = Number(rankText);
    const goal: TargetGoal | null = tierGoal ? { kind: 'tier', tier: tierGoal } : Number.isInteger(n) && n >= 1 ? { kind: 'rank', rank: n } : null;
    setApplied(null);
    setSearch(goal ? findTargets(table, catalogue, index.id, year, province, goal) : null);
  };
  const apply = (changes: { component: string; to: number }[], goal: TargetGoal) => {
    const targetYear = defaultTargetYear(table, index.id, province, year);
    const { items: targeted, refused } = applyComponentTargets(items, { province, index: index.id, year }, changes, targetYear, catalogue);
    for (const item of targeted) saveItem(item);
    setTarget(province, index.id, goal.kind === 'rank' ? { kind: 'top', n: goal.rank } : { kind: 'tier', tier: goal.tier });
    const year_ = targeted[0]?.targetYear ?? targetYear;
    setApplied(t.applied.replace('{n}', String(targeted.length)).replace('{index}', index.label).replace('{year}', String(year_)) + refused.map((r) => ` ${r.problem[lang]}.`).join(''));
  };

  return (
    <section aria-labelledby="whatif-title" className="card whatif" data-testid="whatif">
      <h2 id="whatif-title">
        {t.title} <span className="badge derived">{lang === 'vi' ? 'Mô phỏng' : 'What-if'}</span>
      </h2>
      <p className="note">
        <strong>{t.derived}</strong> {t.lede}
      </p>
      <div className="table-scroll">
        <table className="data-table whatif-table stack-phone">
          <thead>
            <tr>
              <th scope="col">{t.component}</th>
              <th scope="col">{t.weight}</th>
              <th scope="col">{t.current}</th>
              <th scope="col">{bestLabel}</th>
              <th scope="col">{t.change}</th>
              <th scope="col">{t.simulated}</th>
            </tr>
          </thead>
          <tbody>
            {result.levers.map((l) => {
              const change = result.changes.find((c) => c.component === l.component);
              const typed = inputs[l.component] ?? '';
              const unread = typed.trim() !== '' && !requests[l.component];
              const errorId = `whatif-error-${l.component}`;
              return (
                <tr key={l.component} data-key={l.component}>
                  <th scope="row" className="whatif-name">
                    {l.def[lang]}
                  </th>
                  <td className="num" data-label={t.weight}>
                    {l.weight === null ? '—' : `${formatNumber(l.weight * 100, lang, 0)} %`}
                  </td>
                  <td className="num" data-label={t.current}>
                    {formatNumber(l.current, lang)}
                  </td>
                  <td className="num" data-label={bestLabel}>
                    {formatNumber(l.best, lang)}
                  </td>
                  <td className="whatif-input" data-label={t.change}>
                    <input
                      aria-invalid={unread || undefined}
                      aria-describedby={unread ? errorId : undefined}
                      type="text"
                      inputMode="decimal"
                      size={6}
                      aria-label={`${t.change}: ${l.def[lang]}`}
                      data-testid="whatif-change"
                      value={inputs[l.component] ?? ''}
                      placeholder="+0,5"
                      onChange={(e) => setInputs({ ...inputs, [l.component]: e.target.value })}
                    />
                    {unread && (
                      <span id={errorId} role="alert" className="field-error" data-testid="whatif-not-a-number">
                        {t.notANumber.replace('{text}', typed.trim())}
                      </span>
                    )}
                  </td>
                  <td className="num" data-label={t.simulated}>
                    {change && change.to !== null ? formatNumber(change.to, lang) : ''}
                    {change?.clampedBy && <div className="note small">{change.clampedBy === 'best' ? t.clampedBest : t.clampedScale}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ResultLine result={result} lang={lang} />
      <button type="button" onClick={() => setInputs({})}>
        {t.reset}
      </button>

      <h3 className="small-heading">{t.finder}</h3>
      <div className="finder-controls">
        <label>
          {t.goalRank}{' '}
          <input type="number" min={1} size={4} value={rankText} data-testid="finder-rank" onChange={(e) => setRankText(e.target.value)} />
        </label>
        {tiers.length > 0 && (
          <label>
            {t.goalTier}{' '}
            <select value={tierGoal} onChange={(e) => setTierGoal(e.target.value)} data-testid="finder-tier">
              <option value="">{t.noTier}</option>
              {tiers.map((l) => (
                <option key={l.id} value={l.id}>
                  {l[lang]}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={find} data-testid="finder-run">
          {t.find}
        </button>
      </div>
      {search && (
        <div className="finder-results" data-testid="finder-results">
          {search.required !== null && Number.isFinite(search.required) && (
            <p>
              {t.required}: <strong>{formatNumber(search.required, lang)}</strong>
            </p>
          )}
          {search.alreadyMet && <p>{t.alreadyMet}</p>}
          {!search.reachable && !search.alreadyMet && <p className="warn">{(search.reason?.[lang] ?? t.unreachable).replace('{max}', formatNumber(search.maxComposite, lang))}</p>}
          <div className="proposals">
            {search.proposals.map((p) => (
              <article key={p.strategy} className="proposal" data-testid="proposal" data-strategy={p.strategy}>
                <h4>{STRATEGY_LABELS[p.strategy][lang]}</h4>
                <ul>
                  {p.changes.map((c) => (
                    <li key={c.component}>
                      {result.levers.find((l) => l.component === c.component)?.def[lang]}: {formatNumber(c.from, lang)} → <strong>{formatNumber(c.to, lang)}</strong> ({formatChange(c.delta, lang)})
                    </li>
                  ))}
                </ul>
                <ResultLine result={p.result} lang={lang} />
                <button type="button" data-testid="proposal-apply" onClick={() => apply(p.changes, search.goal)}>
                  {t.apply}
                </button>
              </article>
            ))}
          </div>
          {applied && (
            <p role="status" data-testid="finder-applied">
              ✓ {applied}{' '}
              <button type="button" className="link-button" onClick={() => setView({ tab: 'followup' })} data-testid="open-plan">
                {t.openPlan}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

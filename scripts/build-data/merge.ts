/** One row per key: resolve names, merge inputs by precedence, and check ranks and composites with the domain's rules (rank.ts, composite.ts). */
import { componentValidIn, defaultCatalogue, expectedUnitCount, findComponent, getIndex, resolveUnit } from '@/domain/catalogue/catalogue';
import { compositeAgrees, compositeFromComponents } from '@/domain/analysis/composite';
import { printedRankAgrees } from '@/domain/analysis/rank';
import { decimalsOfText } from '@/domain/import/precision';
import { num, decimals, type Candidate, disagreements, rankConflicts, dropped, fills, conflicts, disagree, say, P, candidates, rankSourceOf } from './candidates';

// ---------------------------------------------------------------- resolve, validate, merge

export function resolveAll() {
  const unresolved = new Set<string>();
  for (const c of candidates) {
    c.unit = resolveUnit(defaultCatalogue, c.written, c.year);
    if (!c.unit) unresolved.add(`"${c.written}" (${c.label}, ${c.index} ${c.year})`);
  }
  if (unresolved.size) {
    throw new Error(`Province names that do not resolve to a catalogue unit:\n  ${[...unresolved].join('\n  ')}`);
  }
  const invalid = new Set<string>();
  for (const c of candidates) {
    const ix = getIndex(defaultCatalogue, c.index);
    const comp = ix.components.find((k) => k.id === c.component) ?? findComponent(ix, c.component);
    if (!comp || comp.id !== c.component) throw new Error(`Unknown component ${c.index}/${c.component} (${c.label})`);
    if (!componentValidIn(comp, c.year)) invalid.add(`${c.index} ${c.component} ${c.year} (${c.label})`);
  }
  for (const w of invalid) say(`WARNING component outside its catalogue years: ${w}`);
}

export function keyOf(c: Candidate) {
  return [c.index, c.year, c.unit!.id, c.component].join('|');
}

export function describe(c: Candidate) {
  return `${c.index} ${c.year} ${c.unit!.vi} ${c.component}`;
}

export function merge(): Map<string, Candidate> {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const k = keyOf(c);
    const g = groups.get(k) ?? [];
    g.push(c);
    groups.set(k, g);
  }
  const out = new Map<string, Candidate>();
  for (const [k, all] of groups) {
    all.sort((a, b) => a.precedence - b.precedence);
    const group = all.filter((c) => !c.disputed);
    const disputed = all.filter((c) => c.disputed);
    if (!group.length) {
      dropped.push(`${disputed[0].label}: ${describe(disputed[0])} (disputed page, no other source: not shipped)`);
      continue;
    }
    const [win, ...rest] = group;
    const same = rest.filter((o) => o.precedence === win.precedence);
    if (same.length) throw new Error(`Two inputs of equal precedence hold ${k}: ${[win, ...same].map((c) => c.label).join(', ')}`);
    const merged: Candidate = { ...win, notes: [...win.notes] };
    for (const o of rest) {
      const both = merged.score !== '' && o.score !== '';
      const diff = both ? Math.abs(num(merged.score) - num(o.score)) : 0;
      // Agreement: the lower-precision figure is the other one rounded (±0.005) or truncated (news).
      const tol = Math.max(0.005, o.score ? 10 ** -decimals(o.score) : 0) + 1e-9;
      const agrees = !both || diff <= tol;
      const who = o.precedence >= P.NEWS_FIGURES ? 'news' : o.label;
      if (both && !agrees) {
        disagree(merged, 'score', o.score, o.source, 'sources-disagree', `${o.label} prints ${o.score}; ${merged.label} prints ${merged.score}`);
      }
      if (both && diff > 0.005 + 1e-9) {
        disagreements.push(
          `${describe(merged)}: ${merged.label} ${merged.score} (kept) vs ${o.label} ${o.score} (Δ ${diff.toFixed(3)}${agrees ? ', within the printed precision' : ''})`,
        );
        if (merged.index !== 'PCI' || merged.year > 2016) merged.notes.push(`${who} prints ${o.score}`);
      } else if (both && o.precedence >= P.NEWS_FIGURES && merged.precedence < P.NEWS_FIGURES) {
        merged.notes.push(`${who} prints ${o.score}`);
      }
      if (merged.score === '' && o.score !== '') {
        merged.score = o.score;
        merged.notes.push(`score from ${o.source}`);
        fills.push(`${describe(merged)}: score ${o.score} from ${o.label}`);
      }
      if (o.rank !== '') {
        if (merged.rank === '' && agrees) {
          merged.rank = o.rank;
          if (o.source !== merged.source) merged.notes.push(`rank printed by ${/^https?:/.test(o.source) ? o.source : who}`);
          fills.push(`${describe(merged)}: rank ${o.rank} from ${o.label}`);
        } else if (merged.rank !== '' && merged.rank !== o.rank) {
          rankConflicts.push(`${describe(merged)}: ${merged.label} rank ${merged.rank} (kept) vs ${o.label} rank ${o.rank}`);
          disagree(merged, 'rank', o.rank, o.source, 'sources-disagree', `${o.label} prints rank ${o.rank}; ${merged.label} prints rank ${merged.rank}`);
          merged.notes.push(`${o.label} prints rank ${o.rank}`);
        } else if (merged.rank === '' && !agrees) {
          rankConflicts.push(`${describe(merged)}: ${o.label} rank ${o.rank} not used (its score ${o.score} disagrees)`);
        }
      }
      if (merged.tier === '' && o.tier !== '' && agrees) merged.tier = o.tier;
      for (const n of o.notes) {
        if (merged.notes.includes(n) || n === 'derived_sum') continue;
        if (merged.score !== '' && /score not in the stored excerpt/.test(n)) continue; // another page prints it
        merged.notes.push(n);
      }
    }
    for (const o of disputed) {
      const why = o.notes.length ? `; ${o.notes.join('; ')}` : '';
      if (o.score !== '' && (merged.score === '' || Math.abs(num(merged.score) - num(o.score)) > 0.005 + 1e-9)) {
        disagree(merged, 'score', o.score, o.source, 'sources-disagree', `disputed page prints ${o.score}${why}`);
      }
      if (o.rank !== '' && o.rank !== merged.rank) {
        disagree(merged, 'rank', o.rank, o.source, 'sources-disagree', `disputed page prints rank ${o.rank}${why}`);
        merged.notes.push(`another page prints rank ${o.rank} (see data/reference/disagreements.csv)`);
        rankConflicts.push(`${describe(merged)}: ${merged.label} rank ${merged.rank || '(none)'} (kept) vs disputed ${o.label} rank ${o.rank}`);
      }
    }
    out.set(k, merged);
  }
  return out;
}

/**
 * A printed rank that contradicts the order of a complete year's scores is an error of the page that
 * printed it (PCI 2015 Quảng Ninh land access: printed 44th, its score is 20th of 63). The rank leaves
 * the `rank` column (which holds only ranks we can trust as published) and goes to disagreements.csv.
 * Ties: a printed rank is accepted anywhere within the scores equal in print (src/domain/analysis/rank.ts
 * `printedRankAgrees`, the rule the app's ranks use).
 */
export function checkRanksOfCompleteYears(merged: Map<string, Candidate>) {
  const groups = new Map<string, Candidate[]>();
  for (const c of merged.values()) {
    if (c.score === '') continue;
    const k = `${c.index}|${c.year}|${c.component}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  let checked = 0;
  for (const rows of groups.values()) {
    const { index, year } = rows[0];
    if (rows.length !== expectedUnitCount(defaultCatalogue, year)) continue; // not a complete year
    const ix = getIndex(defaultCatalogue, index);
    const higher = ix.components.find((k) => k.id === rows[0].component)?.higherIsBetter ?? true;
    const better = (a: number, b: number) => (higher ? a > b : a < b);
    const figures = rows.map((o) => ({ value: num(o.score), decimals: decimalsOfText(o.score) ?? undefined }));
    for (const c of rows) {
      if (c.rank === '') continue;
      checked++;
      const v = num(c.score);
      if (printedRankAgrees(num(c.rank), { value: v, decimals: decimalsOfText(c.score) ?? undefined }, figures, higher)) continue;
      const strict = 1 + rows.filter((o) => better(num(o.score), v)).length;
      const note = `printed rank ${c.rank} contradicts the complete ${index} ${year} table, where the score ${c.score} is ${strict}th of ${rows.length}`;
      disagree(c, 'rank', c.rank, rankSourceOf(c), 'rank-contradicts-scores', note);
      // The shipped row keeps the score; its `rank` is emptied, and the note says why.
      conflicts[conflicts.length - 1].shippedSource = `${c.source} (score; rank left empty: implied ${strict} of ${rows.length})`;
      c.notes = c.notes.filter((n) => !n.startsWith('rank printed by'));
      c.notes.push(`${note} (see data/reference/disagreements.csv)`);
      c.rank = '';
      say(`RANK CONTRADICTS SCORES ${describe(c)}: ${note}`);
    }
  }
  say(`printed ranks checked against the order of complete years: ${checked}`);
}


/**
 * A printed composite that contradicts its printed components under the edition's weights
 * (src/domain/analysis/composite.ts, the rule the app and the import checks use) is kept as printed and listed
 * as a disagreement, with the weighted sum labelled as derived.
 */
export function checkCompositesAgainstComponents(merged: Map<string, Candidate>) {
  const byUnitYear = new Map<string, Candidate[]>();
  for (const c of merged.values()) {
    if (c.score === '') continue;
    const k = `${c.index}|${c.year}|${c.unit!.id}`;
    byUnitYear.set(k, [...(byUnitYear.get(k) ?? []), c]);
  }
  let checked = 0;
  for (const rows of byUnitYear.values()) {
    const { index, year } = rows[0];
    const total = rows.find((r) => r.component === 'total');
    if (!total) continue;
    const ix = getIndex(defaultCatalogue, index);
    const derived = compositeFromComponents(ix, year, (component) => {
      const r = rows.find((x) => x.component === component);
      return r ? num(r.score) : null;
    });
    if (derived === null) continue;
    checked++;
    const gap = num(total.score) - derived;
    if (compositeAgrees(num(total.score), derived)) continue;
    const note = `printed composite ${total.score} is ${Math.abs(gap).toFixed(3)} ${gap < 0 ? 'below' : 'above'} the weighted sum ${derived.toFixed(3)} of its printed components (${index} ${year} weights): one figure is probably mis-printed`;
    disagree(total, 'score', derived.toFixed(3), `derived: Σ weight × printed components (${index} ${year} weights, data/catalogue/indices.json)`, 'composite-contradicts-components', note);
    total.notes.push(`${note} (see data/reference/disagreements.csv)`);
    say(`COMPOSITE CONTRADICTS COMPONENTS ${describe(total)}: ${note}`);
  }
  say(`composites checked against the weighted sum of their components: ${checked}`);
}

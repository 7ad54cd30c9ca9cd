/**
 * Decides when two tasks of one component item are the same task, and the id of a task that came without one.
 * - A task carries an id (`t1`, `t2-anh` …) that is stable across files: the same id is the same task.
 * - A task typed in Excel has no id. It gets one from its content, `x-` and a hash of its title and lead
 *   department (folded: case, diacritics and spaces do not count), so the same task typed on two computers
 *   gets the same id and two different tasks never share one (a plain `t1` for each would collide).
 *   Two tasks of the same content in one item get `-2`, `-3` … after the second and later ones.
 * - Across two plans, a task whose id the other side does not have is still the same task as one there with
 *   the same content key (title and lead), when the title is not empty: a task added in the app on one side
 *   and typed in Excel on the other is one task, not two.
 */
import { foldText } from '../catalogue/text';
import type { PlanTask } from './followup';

/** The content a task is recognised by: folded title and lead; null when it has no title (nothing to recognise). */
export function taskContentKey(task: Pick<PlanTask, 'title' | 'lead'>): string | null {
  const title = foldText(task.title).replace(/\s+/g, ' ').trim();
  return title ? `${title}|${task.lead ?? ''}` : null;
}

/** FNV-1a, 32 bits, base 36: short, stable and the same in every browser. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** The id of a task that came without one, from its content; `taken` holds the item's ids so far. */
export function contentTaskId(task: Pick<PlanTask, 'title' | 'lead'>, taken: ReadonlySet<string>): string {
  const base = `x-${hash(`${foldText(task.title).replace(/\s+/g, ' ').trim()}|${task.lead ?? ''}`)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Pair each task of `theirs` with a task of `ours`: by id first, then (for the ones left on both sides) by
 * content key. Returns the pairs and what is left on each side.
 */
export function matchTasks(
  ours: readonly PlanTask[],
  theirs: readonly PlanTask[],
): { pairs: { ours: PlanTask; theirs: PlanTask }[]; onlyOurs: PlanTask[]; onlyTheirs: PlanTask[] } {
  const byId = new Map(ours.map((t) => [t.id, t]));
  const used = new Set<PlanTask>();
  const pairs: { ours: PlanTask; theirs: PlanTask }[] = [];
  const left: PlanTask[] = [];
  for (const t of theirs) {
    const mine = byId.get(t.id);
    if (mine && !used.has(mine)) {
      used.add(mine);
      pairs.push({ ours: mine, theirs: t });
    } else left.push(t);
  }
  const byContent = new Map<string, PlanTask[]>();
  for (const t of ours) {
    if (used.has(t)) continue;
    const key = taskContentKey(t);
    if (key) byContent.set(key, [...(byContent.get(key) ?? []), t]);
  }
  const onlyTheirs: PlanTask[] = [];
  for (const t of left) {
    const key = taskContentKey(t);
    const mine = key ? byContent.get(key)?.find((m) => !used.has(m)) : undefined;
    if (mine) {
      used.add(mine);
      pairs.push({ ours: mine, theirs: t });
    } else onlyTheirs.push(t);
  }
  return { pairs, onlyOurs: ours.filter((t) => !used.has(t)), onlyTheirs };
}

/**
 * npm run simulate -- --index PCI --year 2016 --province "Hà Giang" --set land_access=+0.5 [--set …] [--target-rank N] [--json]
 * What-if: the composite, rank and tier a province would have had in an edition with some components changed
 * (`--set component=+0.5` adds, `--set component=6.2` sets), or, with `--target-rank N`, the smallest set of
 * component improvements that reaches rank N (`changes` is then the proposal, component → change).
 * Prints `{ composite, rank, rankBasis, tier, changes }`; the figures are derived (what-if), never published ones.
 * With no --set it prints the edition's own figures (every index and edition: nothing to compute); a change it
 * cannot compute (the edition's weights are unknown) is refused with the reason, exit code 2.
 * Unknown index, province, year or component → a clear message and exit code 2. No logic of its own:
 * it calls src/domain/analysis/whatIf.ts and src/domain/analysis/targetFinder.ts.
 */
import { formatGap } from '@/domain/analysis/gap';
import { componentName, findComponent, findIndex, mainComponents, resolveUnit, unitName, defaultCatalogue as catalogue } from '@/domain/catalogue/catalogue';
import { findTargets } from '@/domain/analysis/targetFinder';
import { readRequest, simulate, type ComponentRequest, type WhatIfResult } from '@/domain/analysis/whatIf';
import { loadShippedTable } from './lib/shipped-table';
import { integerFlag, readCli, runCli, usageError } from './lib/cli.mjs';

export const SIMULATE_CLI = {
  name: 'simulate',
  usage: 'npm run simulate -- --index PCI --year 2016 --province "Hà Giang" [--set land_access=+0.5 …] [--target-rank N] [--json]',
  summary: 'What-if (derived, never published): the composite, rank and tier with some components changed, or the smallest set of improvements that reaches a rank.',
  helpCommand: 'npm run simulate -- --help',
  options: {
    index: { type: 'string', value: 'INDEX', help: 'index id (PCI, PAPI, PAR, SIPAS …)', example: 'PCI' },
    year: { type: 'string', value: 'YEAR', help: 'edition (a year with data)', example: '2016' },
    province: { type: 'string', value: 'NAME', help: 'province as written, or its code', example: '"Hà Giang"' },
    set: { type: 'string', value: 'COMPONENT=CHANGE', multiple: true, help: 'change a component: +0.5 adds, 6.2 sets', example: 'land_access=+0.5' },
    'target-rank': { type: 'string', value: 'N', help: "the smallest improvements reaching rank N (1 … the edition's count)", example: '50' },
    json: { type: 'boolean', help: 'print JSON { composite, rank, rankBasis, tier, changes }' },
  },
} as const;

function fail(message: string): never {
  throw usageError(message);
}

function output(result: WhatIfResult, changes: Record<string, number>) {
  return {
    index: result.index,
    year: result.year,
    unit: result.unit,
    derived: 'what-if',
    baseComposite: result.baseComposite,
    composite: result.composite,
    rank: result.rank,
    rankBasis: result.rankBasis,
    tier: result.tier ? { id: result.tier.label.id, vi: result.tier.label.vi, en: result.tier.label.en, basis: result.tier.basis } : null,
    changes,
  };
}

function main(): number {
  const { values: args } = readCli(process.argv.slice(2), SIMULATE_CLI);
  if (!args.index || !args.year || !args.province) fail(`--index, --year and --province are needed (usage: ${SIMULATE_CLI.usage})`);
  const ix = findIndex(catalogue, args.index);
  if (!ix) fail(`Unknown index "${args.index}" (use ${catalogue.indices.map((i) => i.id).join(', ')})`);
  if (!/^\d{4}$/.test(args.year)) fail(`Invalid year "${args.year}"`);
  const year = Number(args.year);
  const table = loadShippedTable();
  const years = table.years(ix.id);
  if (!years.includes(year)) fail(`No ${ix.id} data for ${year} (years loaded: ${years.join(', ')})`);
  const unit = resolveUnit(catalogue, args.province, year);
  if (!unit) fail(`Unknown province "${args.province}" for ${year}`);

  const requests: Record<string, ComponentRequest> = {};
  for (const set of args.set) {
    const [name, value = ''] = set.split('=');
    const component = findComponent(ix, name.trim());
    if (!component || !mainComponents(ix, year).some((c) => c.id === component.id)) fail(`Unknown component "${name}" for ${ix.id} ${year} (use ${mainComponents(ix, year).map((c) => c.id).join(', ')})`);
    const request = readRequest(value);
    if (!request) fail(`Invalid change "${value}" for ${component.id}: write +0.5, -1 or a score such as 6.2`);
    requests[component.id] = request;
  }

  let result: WhatIfResult;
  let changes: Record<string, number>;
  if (args['target-rank'] !== undefined) {
    if (args.set.length) fail('--target-rank finds the changes itself: give it without --set');
    const count = table.coverage(ix.id, year, 'total').expected;
    const rank = integerFlag('target-rank', args['target-rank'], 1, count, `${ix.id} ${year} ranks ${count} provinces`);
    const search = findTargets(table, catalogue, ix.id, year, unit.id, { kind: 'rank', rank });
    if (!search.supported) fail(search.reason!.en);
    if (search.alreadyMet) {
      result = simulate(table, catalogue, ix.id, year, unit.id, {});
      changes = {};
    } else if (!search.reachable || search.proposals.length === 0) {
      fail(`Rank ${rank} is out of realistic reach for ${unitName(catalogue, unit.id, 'vi')} in ${ix.id} ${year}: with every component at the best province's score the composite would be ${search.maxComposite?.toFixed(2)}, ${search.required?.toFixed(2)} is needed`);
    } else {
      const best = search.proposals[0];
      result = best.result;
      changes = Object.fromEntries(best.changes.map((c) => [c.component, c.delta]));
    }
  } else {
    result = simulate(table, catalogue, ix.id, year, unit.id, requests);
    changes = Object.fromEntries(result.changes.map((c) => [c.component, c.delta]));
  }
  if (result.refused) fail(result.reason!.en);
  if (result.composite === null) fail(result.reason?.en ?? 'No composite');
  const out = output(result, changes);
  if (args.json) {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const componentLabel = (id: string) => `${componentName(findComponent(ix, id), 'en', id)} (${id})`;
  const mark = out.rankBasis === 'among-loaded' ? '* (among loaded provinces, not a national rank)' : '(national)';
  process.stdout.write(
    [
      `${ix.id} ${year} — ${unitName(catalogue, unit.id, 'vi')} — what-if (derived, not published)`,
      `  composite ${out.baseComposite?.toFixed(2)} → ${out.composite?.toFixed(2)}${out.baseComposite != null && out.composite != null && out.composite !== out.baseComposite ? ` (${out.composite > out.baseComposite ? '+' : ''}${formatGap(out.composite - out.baseComposite, 'en')})` : ''}   rank ${out.rank} ${mark}   tier ${out.tier ? `${out.tier.en} (${out.tier.basis})` : '—'}`,
      // A change is printed as a gap is (gap.ts): enough digits never to show a change that is not zero as 0.00.
      ...Object.entries(changes).map(([c, d]) => `  ${componentLabel(c)}: ${d > 0 ? '+' : ''}${formatGap(d, 'en')}`),
      ...result.changes.filter((c) => c.clampedBy).map((c) => `  ! ${componentLabel(c.component)}: ${c.requested} limited to ${c.delta} by the ${c.clampedBy === 'best' ? "edition's best score" : 'scale'}`),
    ].join('\n') + '\n',
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) void runCli(SIMULATE_CLI, main);

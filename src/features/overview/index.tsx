/**
 * Leaders' overview: PCI, PAR INDEX, SIPAS and PAPI side by side for the province — latest score, rank
 * (official or labelled), change, tier, the working group's target and whether it is met, component
 * trend sparklines, and one click into each index's profile.
 */
import { useMemo } from 'react';
import { defaultCatalogue, findComponent, FOUR_INDICES, getUnit, indexLabel as catalogueIndexLabel } from '@/domain/catalogue/catalogue';
import { notRankedText } from '@/domain/catalogue/editions';
import { mergerMethod } from '@/domain/analysis/harmonise';
import { TIER_COMPUTED } from '@/domain/analysis/tiers';
import { structureBreakAcross, structureBreakBetween, structureBreakShort, structureLabel } from '@/domain/catalogue/editionStructure';
import { targetFromValue, targetKey, targetToValue, TOP_N_CHOICES, useTargets } from '@/state/targets';
import { rankOrTierTargetStatus, TARGET_STATUS_LABELS, type TargetStatus } from '@/domain/plan/targetStatus';
import { useView } from '@/state/view';
import { formatChange, formatNumber, useLang, useStrings, formatRank, formatPlaces } from '@/ui/i18n';
import { Sparkline } from '@/ui/Sparkline';
import { useScoreTable } from '@/data/scores';
import { buildScoreCard, type ScoreCard } from './scoreboard';
import { fill, overviewStrings } from './strings';
import './overview.css';
import { useCatalogue } from '@/data/catalogue';

const indexLabel = (id: string) => catalogueIndexLabel(defaultCatalogue, id);

export default function Overview() {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(overviewStrings);
  const province = useView((v) => v.province);
  const unit = getUnit(catalogue, province);
  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">
        {s.title}: {unit?.[lang] ?? province}
      </h1>
      <p className="note">{s.intro}</p>
      <div className="scoreboard" data-testid="scoreboard">
        {FOUR_INDICES.map((id) => (
          <IndexCard key={id} id={id} province={province} />
        ))}
      </div>
    </section>
  );
}

/** One index's card, drawn as soon as that index's figures are loaded (the first card does not wait for the other three). */
function IndexCard({ id, province }: { id: string; province: string }) {
  const catalogue = useCatalogue();
  const { table } = useScoreTable(useMemo(() => [id], [id]));
  const cards = useMemo(() => (table ? buildScoreCard(table, catalogue, province, id) : []), [table, catalogue, province, id]);
  if (!table) {
    return (
      <article className="score-card loading" aria-busy="true" data-testid={`card-${id}`} data-kind="loading">
        <h2>{indexLabel(id)}</h2>
      </article>
    );
  }
  return (
    <>
      {cards.map((card) => (
        <ScoreCardView key={card.index.id} card={card} province={province} />
      ))}
    </>
  );
}

/**
 * A 2025 unit whose index has not published on the 34 units: the latest figures of the provinces it was formed from,
 * each as that province's (its rank among 63), with the way to that province's overview — never offered as an import,
 * never as the new unit's figure.
 */
function Predecessors({ card, province }: { card: Extract<ScoreCard, { kind: 'none' }>; province: string }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(overviewStrings);
  const setView = useView((v) => v.set);
  const label = indexLabel(card.index.id);
  const name = (id: string) => getUnit(catalogue, id)?.[lang] ?? id;
  const same = mergerMethod(getUnit(catalogue, province)) === 'same-province';
  return (
    <div className="predecessors" data-testid={`predecessors-${card.index.id}`}>
      <p className="note">{fill(s.beforeUnit, { index: label, province: name(province), year: card.latestYear ?? '—' })}</p>
      <p className="note">{same ? s.beforeSame : fill(s.beforeMerged, { province: name(province) })}</p>
      <ul>
        {card.predecessors!.map((p) => (
          <li key={p.unit} data-testid="predecessor" data-unit={p.unit}>
            <strong>{name(p.unit)}</strong> — {label} {p.year}: {formatNumber(p.row.value, lang)}
            {p.row.rank !== null && ` · ${s.rank.toLocaleLowerCase(lang === 'vi' ? 'vi' : 'en')} ${formatRank(p.row.rank, p.row.rankBasis)}/${p.coverage.expected}`}
            {p.row.tier && ` · ${p.row.tier[lang]}`}{' '}
            <button type="button" className="link-button" onClick={() => setView({ province: p.unit, index: card.index.id, year: p.year })} data-testid="predecessor-open">
              {fill(s.beforeOpen, { province: name(p.unit) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

const lastFigure = (series: { year: number; value: number | null }[]) => [...series].reverse().find((p) => p.value !== null);

const STATUS_CLASS: Record<TargetStatus, string> = { met: 'status-met', not_met: 'status-not-met', undecided: 'status-unknown', no_data: 'status-unknown', no_target: 'status-unknown' };

function ScoreCardView({ card, province }: { card: ScoreCard; province: string }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(overviewStrings);
  const setView = useView((v) => v.set);
  const target = useTargets((st) => st.targets[targetKey(province, card.index.id)]);
  const setTarget = useTargets((st) => st.setTarget);
  const label = indexLabel(card.index.id);
  const headingId = `card-${card.index.id}`;
  const profileButton = (
    <button type="button" className="open-profile" onClick={() => setView({ tab: 'profile', index: card.index.id, year: card.kind === 'data' ? card.year : null, component: 'total' })} data-testid={`open-profile-${card.index.id}`}>
      {fill(s.openProfile, { index: label })} →
    </button>
  );

  if (card.kind === 'none') {
    return (
      <article className="score-card no-data" aria-labelledby={headingId} data-testid={`card-${card.index.id}`} data-kind="none">
        <h2 id={headingId}>
          {label} <span className="index-name">{card.index[lang]}</span>
        </h2>
        <p className="big-number">{card.predecessors ? s.beforeTitle : s.noData}</p>
        {card.predecessors ? (
          <Predecessors card={card} province={province} />
        ) : (
          <p className="note">{fill(s.noDataDetail, { index: label, province: getUnit(catalogue, province)?.[lang] ?? province, year: card.latestYear ?? '—' })}</p>
        )}
        {profileButton}
      </article>
    );
  }

  const { row, year, coverage, baseYear, index } = card;
  const structureBreak = structureBreakBetween(index, baseYear, year);
  const tierLabels = index.tiers.labels ?? [];
  const status = rankOrTierTargetStatus(target, { rank: row.rank, rankBasis: row.rankBasis, tier: row.tier?.id ?? null, tierOrder: tierLabels.map((t) => t.id) });
  const basis =
    row.rankBasis === 'official' ? s.official : row.rankBasis === 'computed-national' ? s.computed : row.rankBasis === 'among-loaded' ? fill(s.amongLoaded, { loaded: coverage.loaded }) : '';
  const rankChangeText =
    row.rankChange === null ? null : row.rankChange === 0 ? s.noChange : `${row.rankChange > 0 ? '▲' : '▼'} ${formatPlaces(Math.abs(row.rankChange), lang)}`;
  const statusText = TARGET_STATUS_LABELS[status][lang];
  // The components' latest figures may be older than the composite's (PCI 2024 printed composites only): say which year.
  const componentYears = [...new Set(card.trends.map((tr) => lastFigure(tr.series)?.year).filter((y): y is number => y !== undefined))]
    .sort((a, b) => b - a)
    .filter((y, _, all) => all.length > 1 || y !== year);
  return (
    <article className="score-card" aria-labelledby={headingId} data-testid={`card-${index.id}`} data-kind="data">
      <h2 id={headingId}>
        {label} {year}{' '}
        {structureBreak && (
          <span className="structure-badge" data-testid={`structure-label-${index.id}`}>
            {structureLabel(structureBreak)[lang]}
          </span>
        )}
        <span className="index-name">{index[lang]}</span>
      </h2>
      <div className="card-main">
        <div>
          <div className="big-number" data-testid={`score-${index.id}`}>
            {formatNumber(row.value, lang)}
          </div>
          {!coverage.complete && <div className="note">{fill(s.partial, { loaded: coverage.loaded, expected: coverage.expected })}</div>}
          {card.newerNotRanked && (
            <div className="note" data-testid={`not-ranked-${index.id}`}>
              {getUnit(catalogue, province)?.[lang] ?? province} {notRankedText(catalogue, card.newerNotRanked.entry, index.id, card.newerNotRanked.year, lang)}.
            </div>
          )}
        </div>
        <dl className="card-facts">
          <div>
            <dt>{s.rank}</dt>
            <dd data-testid={`rank-${index.id}`}>
              {row.rank === null ? s.noRank : `${formatRank(row.rank, row.rankBasis)}/${coverage.expected}`}
              {basis && <span className="basis"> ({basis})</span>}
            </dd>
          </div>
          <div>
            <dt>
              {s.change} {baseYear !== null && !structureBreak ? `${s.since} ${baseYear}` : ''}
            </dt>
            <dd data-testid={`change-${index.id}`}>
              {rankChangeText && <span className={row.rankChange! > 0 ? 'up' : row.rankChange! < 0 ? 'down' : ''}>{rankChangeText}</span>}
              {rankChangeText && row.scoreChange !== null && ' · '}
              {row.scoreChange !== null && `${formatChange(row.scoreChange, lang)} ${s.points}`}
              {!rankChangeText && row.scoreChange === null && '—'}
            </dd>
            {row.changeWithheld && (
              // Across a new structure: why there is no change, briefly (the full wording in the title and on the profile).
              <dd className="note change-withheld" data-testid={`change-withheld-${index.id}`} title={row.changeWithheld[lang]}>
                {structureBreak ? structureBreakShort(structureBreak)[lang] : row.changeWithheld[lang]}
              </dd>
            )}
          </div>
          <div>
            <dt>{s.tier}</dt>
            <dd data-testid={`tier-${index.id}`}>
              {row.tier ? row.tier[lang] : index.tiers.kind === 'none' ? s.noTier : '—'}
              {row.tier && row.tierSource === 'computed' && <span className="basis"> ({TIER_COMPUTED[lang]})</span>}
            </dd>
          </div>
        </dl>
      </div>
      {structureBreak && baseYear !== null && (
        // A new structure is shown as its own edition: what it is, and why nothing is set against the old one.
        <p className="note structure-across" data-testid={`structure-across-${index.id}`}>
          {structureBreakAcross(structureBreak, year, baseYear, { outOf: coverage.expected, baseOutOf: row.baseRankOutOf })[lang]}
        </p>
      )}
      <div className="target-row">
        <label>
          {s.target}{' '}
          <select value={targetToValue(target)} onChange={(e) => setTarget(province, index.id, targetFromValue(e.target.value))} data-testid={`target-${index.id}`}>
            <option value="">{s.noTarget}</option>
            {TOP_N_CHOICES.map((n) => (
              <option key={n} value={`top:${n}`}>
                {fill(s.top, { n })}
              </option>
            ))}
            {tierLabels.map((tl) => (
              <option key={tl.id} value={`tier:${tl.id}`}>
                {fill(s.tierOrBetter, { tier: tl[lang] })}
              </option>
            ))}
          </select>
        </label>
        {target && (
          <span className={`target-status ${STATUS_CLASS[status]}`} data-testid={`target-status-${index.id}`} data-status={status}>
            {statusText}
          </span>
        )}
      </div>
      {structureBreak && card.trends.length > 0 && (
        // The first edition of a new structure: its components' figures, with no line and no trend (nothing before
        // the break is theirs, and a lone point is not a trend).
        <div className="card-trends structure-components" data-testid={`structure-components-${index.id}`}>
          <p className="structure-components-title">{fill(s.structureComponents, { year })}</p>
          <ul>
            {card.trends.map((tr) => {
              const c = findComponent(index, tr.component);
              const last = lastFigure(tr.series);
              return (
                <li key={tr.component} data-key={tr.component}>
                  <span className="trend-name">{c?.[lang] ?? tr.component}</span>
                  <span className="trend-value">{last && last.year === year ? formatNumber(last.value, lang) : '—'}</span>
                </li>
              );
            })}
          </ul>
          <p className="note">{fill(s.structureNoTrend, { year })}</p>
        </div>
      )}
      {!structureBreak && card.trends.length > 0 && (
        <details className="card-trends" open>
          <summary>
            {s.components}
            {componentYears.length > 0 && (
              <span className="component-year" data-testid={`component-year-${index.id}`}>
                {' '}
                ({fill(s.componentsYear, { years: componentYears.join(', '), year })})
              </span>
            )}
          </summary>
          <ul>
            {card.trends.map((tr) => {
              const c = findComponent(index, tr.component);
              const last = lastFigure(tr.series);
              return (
                <li key={tr.component}>
                  <span className="trend-name">{c?.[lang] ?? tr.component}</span>
                  <Sparkline series={tr.series} width={84} height={22} />
                  <span className="trend-value">
                    {last ? formatNumber(last.value, lang) : '—'}
                    {last && last.year !== year && <span className="component-year-one"> {fill(s.componentYear, { year: last.year })}</span>}
                  </span>
                  <span className={`trend-label trend-${tr.trend}`} title={tr.detail[lang]}>
                    {tr.label[lang]}
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {profileButton}
    </article>
  );
}

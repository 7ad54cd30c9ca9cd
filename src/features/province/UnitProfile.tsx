/** One unit's rating in a province-run index: score, rank among its kind, components against its kind's median, weak ones, trend, predecessors. */
import type { LocalUnitAnalysis } from '@/domain/province/provinceAnalysis';
import type { ProvinceIndexDef } from '@/domain/province/provinceIndex';
import type { LocalUnit } from '@/domain/province/provinceUnits';
import { formatNumber, formatRank, useLang } from '@/ui/i18n';
import { STRINGS } from './strings';

export function RatingSummary({ def, analysis, units, compact = false }: { def: ProvinceIndexDef; analysis: LocalUnitAnalysis; units: readonly LocalUnit[]; compact?: boolean }) {
  const lang = useLang();
  const s = STRINGS[lang];
  const c = analysis.composite;
  const cname = (id: string) => def.components.find((x) => x.id === id)?.[lang] ?? id;
  const kind = analysis.kind === 'department' ? s.departments : s.localities;
  return (
    <div className="rating" data-testid="rating" data-index={def.id}>
      <p className="rating-head">
        <strong>
          {def.label} {analysis.year}
        </strong>
        {c && (
          <>
            {': '}
            <span data-testid="rating-score">{formatNumber(c.value, lang)}</span>
            {' · '}
            {s.rank}{' '}
            <span data-testid="rating-rank" title={c.basis === 'among-loaded' ? s.amongLoaded : undefined}>
              {c.rank === null ? '—' : formatRank(c.rank, c.basis)}/{c.outOf}
            </span>{' '}
            {kind.toLowerCase()}
            {c.grade ? ` · ${c.grade}` : ''}
            {c.responses !== null ? ` · ${c.responses} ${s.responses.toLowerCase()}` : ''}
          </>
        )}
      </p>
      <p>
        {s.weakList}: {analysis.weak.length ? analysis.weak.map((w) => cname(w.component)).join(', ') : s.none} · {s.trend}: {analysis.trend.label[lang]}
      </p>
      {!compact && (
        <div className="table-scroll">
        <table className="data-table" data-testid="rating-components">
          <thead>
            <tr>
              <th scope="col">{s.component}</th>
              <th scope="col">{s.score}</th>
              <th scope="col">{s.rank}</th>
              <th scope="col">{s.median}</th>
              <th scope="col">{s.weak}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.components.map((x) => (
              <tr key={x.component} data-component={x.component} className={x.weak ? 'weak' : undefined}>
                <td>{cname(x.component)}</td>
                <td className="num">{x.notApplicable ? s.notApplicable : formatNumber(x.value, lang)}</td>
                <td>{x.rank === null ? '—' : `${formatRank(x.rank, x.basis)}/${x.outOf}`}</td>
                <td className="num">{formatNumber(x.median, lang)}</td>
                <td>{x.weak ? `▼ ${formatNumber(x.gapToMedian, lang)}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      )}
      {!compact && analysis.series.length > 0 && (
        <p data-testid="rating-series">
          {s.trend}: {analysis.series.map((p) => `${p.year}: ${formatNumber(p.value, lang)}`).join(' → ')}
        </p>
      )}
      {analysis.predecessors.length > 0 && (
        <p className="note" data-testid="rating-predecessors">
          {s.predecessors} ({s.derived}):{' '}
          {analysis.predecessors.map((p) => `${units.find((u) => u.id === p.unit)?.[lang] ?? p.unit} ${p.year}: ${formatNumber(p.value, lang)}`).join(' · ')}
        </p>
      )}
      {!compact && <p className="note">{analysis.contributions ? `${s.contributions}: ${analysis.contributions.map((x) => `${cname(x.component)} ${formatNumber(x.contribution, lang)}`).join(', ')}` : s.noContributions}</p>}
    </div>
  );
}

export function UnitProfile({ def, analysis, units }: { def: ProvinceIndexDef; analysis: LocalUnitAnalysis; units: readonly LocalUnit[] }) {
  const lang = useLang();
  const s = STRINGS[lang];
  const unit = units.find((u) => u.id === analysis.unit);
  return (
    <section className="card no-print" aria-labelledby="province-profile-title" data-testid="unit-profile">
      <h2 id="province-profile-title">
        {s.profile}: {unit?.[lang] ?? analysis.unit}
        {unit?.added ? <span className="note"> ({s.added})</span> : null}
      </h2>
      <RatingSummary def={def} analysis={analysis} units={units} />
    </section>
  );
}

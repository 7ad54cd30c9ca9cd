/** Every component: score, rank, change, and where it stands against the nation, the best province, the region and the top 10. */
import { findComponent, unitName } from '@/domain/catalogue/catalogue';
import type { ProvinceAnalysis } from '@/domain/analysis/analysis';
import type { ComponentAssessment } from '@/domain/analysis/weakness';
import type { IndexDef } from '@/domain/catalogue/types';
import { DataTable, type Column } from '@/ui/DataTable';
import { formatChange, formatNumber, useLang, useStrings, formatRank, rankBasisText, rankCell } from '@/ui/i18n';
import { useView } from '@/state/view';
import { fill, profileStrings } from './strings';
import { useCatalogue } from '@/data/catalogue';

export function ComponentsTable({ analysis, index }: { analysis: ProvinceAnalysis; index: IndexDef }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(profileStrings);
  const setView = useView((v) => v.set);
  const rows = [...analysis.components].sort((a, b) => index.components.findIndex((c) => c.id === a.component) - index.components.findIndex((c) => c.id === b.component));
  const partial = rows.find((r) => !r.basedOn.complete);
  const withheld = rows.find((r) => r.statsWithheld);
  const based = (r: ComponentAssessment) => (r.basedOn.complete ? '' : ` (${fill(s.basedOn, { n: r.basedOn.loaded, total: r.basedOn.expected })})`);
  const columns: Column<ComponentAssessment>[] = [
    { id: 'component', header: s.component, value: (r) => findComponent(index, r.component)?.[lang] ?? r.component },
    { id: 'value', header: s.score, value: (r) => r.value, align: 'right', render: (r) => formatNumber(r.value, lang) },
    {
      id: 'rank',
      header: s.rank,
      value: (r) => r.rank,
      exportValue: (r) => rankCell(r.rank, r.rankBasis),
      align: 'right',
      render: (r) => (r.rank === null ? '—' : <span title={r.rankBasis === 'among-loaded' ? s.amongLoaded : s.official}>{formatRank(r.rank, r.rankBasis)}</span>),
    },
    { id: 'rankBasis', header: s.rankBasisHeader, value: (r) => rankBasisText(r.rankBasis, lang, r.basedOn.loaded, r.basedOn.expected), exportOnly: true },
    { id: 'change', header: s.change, value: (r) => r.change, align: 'right', render: (r) => <span className={r.change === null || r.change === 0 ? '' : r.change > 0 ? 'up' : 'down'}>{formatChange(r.change, lang)}</span> },
    { id: 'rankChange', header: s.rankChange, value: (r) => r.rankChange, align: 'right', render: (r) => formatChange(r.rankChange, lang, 0) },
    { id: 'median', header: s.median, value: (r) => r.median, align: 'right', render: (r) => (r.median === null ? '—' : `${formatNumber(r.median, lang)}${based(r)}`) },
    {
      id: 'best',
      header: s.best,
      value: (r) => r.best,
      render: (r) => (r.best === null ? '—' : `${formatNumber(r.best, lang)} (${r.bestUnit ? unitName(catalogue, r.bestUnit, lang) : ''})`),
    },
    { id: 'regionMedian', header: s.regionMedian, value: (r) => r.regionMedian, align: 'right', render: (r) => formatNumber(r.regionMedian, lang) },
    {
      id: 'top10',
      header: s.top10,
      value: (r) => r.top10Average,
      align: 'right',
      render: (r) => (r.top10Average === null ? '—' : `${formatNumber(r.top10Average, lang)}${r.basedOn.complete ? '' : ` (${fill(s.basedOn, { n: r.top10BasedOn ?? 0, total: r.basedOn.expected })})`}`),
    },
    { id: 'weak', header: s.weak, value: (r) => (r.weak ? r.flags.map((f) => f.label[lang]).join('; ') : ''), render: (r) => (r.weak ? <span className="badge weak-badge">{r.flags.map((f) => f.label[lang]).join(' · ')}</span> : '') },
    {
      id: 'indicators',
      header: s.indicatorsHeader,
      value: () => '',
      sortable: false,
      render: (r) => (
        <button type="button" className="link-button" data-testid={`open-indicators-${r.component}`} onClick={() => setView({ tab: 'indicators', component: r.component })}>
          {s.openIndicators}
        </button>
      ),
    },
  ];
  return (
    <section aria-labelledby="components-title" className="profile-components">
      <h2 id="components-title">{s.componentsTitle}</h2>
      {withheld && <p className="note" data-testid="stats-withheld">{fill(s.withheld, { n: withheld.basedOn.loaded, total: withheld.basedOn.expected })}</p>}
      {!withheld && partial && <p className="note">{fill(s.basedOn, { n: partial.basedOn.loaded, total: partial.basedOn.expected })}</p>}
      <DataTable
        caption={`${index.id} ${analysis.year} — ${unitName(catalogue, analysis.unit, lang)}`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.component}
        exportName={`${index.id}-${analysis.year}-${analysis.unit}-components`}
        testId="profile-components"
        // Catalogue order until the user sorts (no column is called 'catalogue').
        initialSort={{ column: 'catalogue', descending: false }}
      />
    </section>
  );
}

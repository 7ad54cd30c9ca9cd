/** Rank table: every province's score and rank for the chosen index, year and component. */
import { useMemo } from 'react';
import { defaultCatalogue, findComponent, mainComponents, TOTAL } from '@/domain/catalogue';
import { displayRanks, rankChange } from '@/domain/rank';
import { useView } from '@/state/view';
import { DataTable, type Column } from '@/ui/DataTable';
import { commonStrings, formatChange, formatNumber, useLang, useStrings } from '@/ui/i18n';
import { useSelection } from '@/ui/useSelection';

interface Row {
  unit: string;
  name: string;
  region: string;
  value: number | null;
  rank: number | null;
  basis: string | null;
  previousRank: number | null;
  rankChange: number | null;
  scoreChange: number | null;
  tier: string | null;
}

const STRINGS = {
  vi: { title: 'Bảng xếp hạng', change: 'Thay đổi hạng', scoreChange: 'Thay đổi điểm', tier: 'Nhóm', official: 'chính thức', computed: 'tính từ điểm (đủ 63 tỉnh)', amongLoaded: 'trong số tỉnh đã nạp, không phải hạng toàn quốc', previous: 'so với', noYear: 'Chưa có số liệu cho chỉ số này.' },
  en: { title: 'Rank table', change: 'Rank change', scoreChange: 'Score change', tier: 'Tier', official: 'official', computed: 'computed from scores (all provinces loaded)', amongLoaded: 'among loaded provinces, not a national rank', previous: 'vs', noYear: 'No data for this index yet.' },
};

export default function Rankings() {
  const lang = useLang();
  const t = useStrings(commonStrings);
  const s = STRINGS[lang];
  const view = useView();
  const { selection } = useSelection();

  const data = useMemo(() => {
    if (!selection || selection.year === null) return null;
    const { table, index, year } = selection;
    const component = findComponent(index, view.component) ?? findComponent(index, TOTAL)!;
    const previousYear = [...table.years(index.id)].reverse().find((y) => y < year) ?? null;
    const rankFor = (y: number) => {
      const slice = table.slice(index.id, y, component.id);
      return displayRanks(
        slice.map((sc) => ({ unit: sc.unit, value: sc.value, officialRank: sc.officialRank })),
        component.higherIsBetter,
        table.coverage(index.id, y, component.id).complete,
      );
    };
    const current = rankFor(year);
    const previous = previousYear !== null ? rankFor(previousYear) : new Map();
    const rows: Row[] = table.slice(index.id, year, component.id).map((sc) => {
      const unit = defaultCatalogue.units.find((u) => u.id === sc.unit);
      const r = current.get(sc.unit)!;
      const p = previous.get(sc.unit);
      const prevScore = previousYear !== null ? table.get(index.id, previousYear, sc.unit, component.id)?.value ?? null : null;
      return {
        unit: sc.unit,
        name: unit ? unit[lang] : sc.unit,
        region: unit?.region ?? '',
        value: sc.value,
        rank: r.rank,
        basis: r.basis,
        previousRank: p?.rank ?? null,
        rankChange: r.basis !== 'among-loaded' && p && p.basis !== 'among-loaded' ? rankChange(p.rank, r.rank) : null,
        scoreChange: sc.value !== null && prevScore !== null ? sc.value - prevScore : null,
        tier: sc.tier ?? null,
      };
    });
    return { rows, component, previousYear, index, year };
  }, [selection, view.component, lang]);

  if (!selection) return null;
  if (!data) return <p>{s.noYear}</p>;
  const { rows, component, previousYear, index, year } = data;
  const basisLabel = (b: string | null) => (b === 'official' ? s.official : b === 'computed-national' ? s.computed : b === 'among-loaded' ? s.amongLoaded : '');
  const columns: Column<Row>[] = [
    { id: 'rank', header: t.rank, value: (r) => r.rank, align: 'right', render: (r) => (r.rank === null ? '—' : <span title={basisLabel(r.basis)}>{r.rank}{r.basis === 'among-loaded' ? '*' : ''}</span>) },
    { id: 'name', header: t.province, value: (r) => r.name },
    { id: 'region', header: t.region, value: (r) => r.region },
    { id: 'value', header: t.score, value: (r) => r.value, align: 'right', render: (r) => formatNumber(r.value, lang) },
    { id: 'scoreChange', header: `${s.scoreChange} (${s.previous} ${previousYear ?? '—'})`, value: (r) => r.scoreChange, align: 'right', render: (r) => formatChange(r.scoreChange, lang) },
    { id: 'rankChange', header: `${s.change} (${s.previous} ${previousYear ?? '—'})`, value: (r) => r.rankChange, align: 'right', render: (r) => <span className={r.rankChange === null ? '' : r.rankChange > 0 ? 'up' : r.rankChange < 0 ? 'down' : ''}>{formatChange(r.rankChange, lang, 0)}</span> },
    { id: 'tier', header: s.tier, value: (r) => r.tier },
  ];
  const comps = [findComponent(index, TOTAL)!, ...mainComponents(index, year)].filter((c) => selection.table.slice(index.id, year, c.id).length > 0);
  return (
    <section aria-labelledby="rankings-title">
      <h1 id="rankings-title">
        {s.title}: {index.id === 'PAR' ? 'PAR INDEX' : index.id} {year} — {component[lang]}
      </h1>
      <label className="inline-control">
        {t.component}{' '}
        <select value={component.id} onChange={(e) => view.set({ component: e.target.value })} data-testid="select-component">
          {comps.map((c) => (
            <option key={c.id} value={c.id}>
              {c[lang]}
            </option>
          ))}
        </select>
      </label>
      <DataTable
        caption={`${index.id} ${year} — ${component[lang]}`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.unit}
        exportName={`${index.id}-${year}-${component.id}-rankings`}
        initialSort={{ column: 'rank', descending: false }}
        highlight={(r) => r.unit === view.province}
        testId="rank-table"
        footer={<p className="table-note">* {s.amongLoaded}</p>}
      />
    </section>
  );
}

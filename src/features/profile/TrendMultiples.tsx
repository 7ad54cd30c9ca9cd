/** Small multiples: one small chart per component with its trend class; method breaks dashed. */
import { Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { findComponent, unitName } from '@/domain/catalogue/catalogue';
import type { ProvinceAnalysis } from '@/domain/analysis/analysis';
import type { IndexDef } from '@/domain/catalogue/types';
import { ChartFrame } from '@/ui/ChartFrame';
import { formatNumber, useLang, useStrings } from '@/ui/i18n';
import { profileStrings } from './strings';
import { useCatalogue } from '@/data/catalogue';

const TREND_CLASS: Record<string, string> = {
  improving: 'up',
  bouncing_back: 'up',
  declining: 'down',
  warning_signs: 'down',
  slowing: 'warn',
};

export function TrendMultiples({ analysis, index }: { analysis: ProvinceAnalysis; index: IndexDef }) {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = useStrings(profileStrings);
  const trends = analysis.trends.filter((t) => t.series.some((p) => p.value !== null));
  if (trends.length === 0) return null;
  const years = [...new Set(trends.flatMap((t) => t.series.map((p) => p.year)))].sort((a, b) => a - b);
  const cname = (id: string) => findComponent(index, id)?.[lang] ?? id;
  const breaks = index.methodBreaks.filter((b) => b.year > years[0] && b.year <= years[years.length - 1]);
  const header = [s.component, ...years.map(String), 'trend'];
  const rows = trends.map((t) => [cname(t.component), ...years.map((y) => t.series.find((p) => p.year === y)?.value ?? null), t.label[lang]]);
  return (
    <section aria-labelledby="trends-multiples-title" className="profile-trends">
      <h2 id="trends-multiples-title">{s.trendsTitle}</h2>
      <p className="note">{s.trendsNote}</p>
      <ChartFrame
        title={`${s.trendsTitle}: ${unitName(catalogue, analysis.unit, lang)}, ${index.id} ${years[0]}–${years[years.length - 1]}`}
        source={s.source}
        testId="trend-multiples"
        data={{ header, rows }}
      >
        <div className="multiples">
          {trends.map((t) => (
            <div key={t.component} className="multiple" data-component={t.component}>
              <div className="multiple-head">
                <strong>{cname(t.component)}</strong>
                <span className={`trend-label ${TREND_CLASS[t.trend] ?? ''}`} data-trend={t.trend}>
                  {t.label[lang]}
                </span>
              </div>
              <LineChart width={230} height={90} data={t.series} margin={{ top: 4, right: 6, bottom: 0, left: 0 }} accessibilityLayer={false}>
                <XAxis dataKey="year" type="number" domain={[years[0], years[years.length - 1]]} tick={{ fontSize: 10 }} tickCount={4} />
                <YAxis domain={['auto', 'auto']} tick={{ fontSize: 10 }} width={34} tickFormatter={(v: number) => formatNumber(v, lang, 1)} />
                {breaks.map((b) => (
                  <ReferenceLine key={b.year} x={b.year - 0.5} stroke="#b26b00" strokeDasharray="3 3" />
                ))}
                <Line dataKey="value" stroke="#0b5cad" strokeWidth={1.6} dot={{ r: 1.5 }} isAnimationActive={false} connectNulls={false} />
              </LineChart>
              <p className="multiple-detail">{t.detail[lang]}</p>
            </div>
          ))}
        </div>
      </ChartFrame>
    </section>
  );
}

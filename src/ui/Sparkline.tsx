/**
 * A small line of a series (the numbers are in the text and tables next to it), with the first and last year it
 * draws written under its ends, so a reader knows what span the line covers.
 */
import { Line, LineChart, YAxis } from 'recharts';

export function Sparkline({ series, width = 120, height = 32, colour = '#0b5cad' }: { series: { year: number; value: number | null }[]; width?: number; height?: number; colour?: string }) {
  const drawn = series.filter((p) => p.value !== null);
  if (drawn.length < 2) return <span className="sparkline-empty" aria-hidden="true" style={{ width, height }} />;
  // Only the span of years with a value is drawn (leading and trailing gaps are left out), so the years under the ends are true.
  const first = series.indexOf(drawn[0]);
  const last = series.lastIndexOf(drawn[drawn.length - 1]);
  const span = series.slice(first, last + 1);
  return (
    <span className="sparkline" style={{ width }} data-testid="sparkline">
      <span aria-hidden="true">
        <LineChart width={width} height={height} data={span} margin={{ top: 3, right: 3, bottom: 1, left: 3 }} accessibilityLayer={false}>
          <YAxis hide domain={['dataMin', 'dataMax']} />
          <Line dataKey="value" stroke={colour} strokeWidth={1.5} dot={false} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </span>
      <span className="sparkline-years" data-testid="sparkline-years">
        <span>{span[0].year}</span>
        <span aria-hidden="true">–</span>
        <span>{span[span.length - 1].year}</span>
      </span>
    </span>
  );
}

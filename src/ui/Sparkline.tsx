/** A small decorative line of a series (the numbers are in the text and tables next to it). */
import { Line, LineChart, YAxis } from 'recharts';

export function Sparkline({ series, width = 120, height = 32, colour = '#0b5cad' }: { series: { year: number; value: number | null }[]; width?: number; height?: number; colour?: string }) {
  if (series.filter((p) => p.value !== null).length < 2) return <span className="sparkline-empty" aria-hidden="true" style={{ width, height }} />;
  return (
    <span aria-hidden="true" className="sparkline">
      <LineChart width={width} height={height} data={series} margin={{ top: 3, right: 3, bottom: 3, left: 3 }} accessibilityLayer={false}>
        <YAxis hide domain={['dataMin', 'dataMax']} />
        <Line dataKey="value" stroke={colour} strokeWidth={1.5} dot={false} isAnimationActive={false} connectNulls={false} />
      </LineChart>
    </span>
  );
}

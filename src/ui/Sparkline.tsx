/**
 * A small line of a series (the numbers are in the text and tables next to it), with the first and last year it
 * draws written under its ends, so a reader knows what span the line covers. Drawn as one SVG path (a gap where a
 * year has no figure, never joined across it): a page shows dozens, and a chart library's line per sparkline cost
 * the overview most of its main-thread time on a phone.
 */

export function Sparkline({ series, width = 120, height = 32, colour = '#0b5cad' }: { series: { year: number; value: number | null }[]; width?: number; height?: number; colour?: string }) {
  const drawn = series.filter((p) => p.value !== null);
  if (drawn.length < 2) return <span className="sparkline-empty" aria-hidden="true" style={{ width, height }} />;
  // Only the span of years with a value is drawn (leading and trailing gaps are left out), so the years under the ends are true.
  const first = series.indexOf(drawn[0]);
  const last = series.lastIndexOf(drawn[drawn.length - 1]);
  const span = series.slice(first, last + 1);
  return (
    <span className="sparkline" style={{ width }} data-testid="sparkline">
      <svg width={width} height={height} aria-hidden="true" focusable="false">
        <path d={sparkPath(span, width, height, 3)} fill="none" stroke={colour} strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      </svg>
      <span className="sparkline-years" data-testid="sparkline-years">
        <span>{span[0].year}</span>
        <span aria-hidden="true">–</span>
        <span>{span[span.length - 1].year}</span>
      </span>
    </span>
  );
}

/** The path of a series: years evenly spaced across the width, values between their min and max; a missing year lifts the pen. */
export function sparkPath(series: readonly { value: number | null }[], width: number, height: number, pad: number): string {
  const values = series.map((p) => p.value).filter((v): v is number => v !== null);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => pad + (series.length === 1 ? 0 : (i / (series.length - 1)) * (width - 2 * pad));
  const y = (v: number) => (max === min ? height / 2 : pad + (1 - (v - min) / (max - min)) * (height - 2 * pad));
  let d = '';
  let penDown = false;
  series.forEach((p, i) => {
    if (p.value === null) {
      penDown = false;
      return;
    }
    d += `${penDown ? 'L' : 'M'}${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`;
    penDown = true;
  });
  return d;
}

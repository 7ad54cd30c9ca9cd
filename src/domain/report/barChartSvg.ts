/**
 * A horizontal bar chart as a self-contained SVG string (no DOM, no fonts loaded): what the release report embeds —
 * drawn inline in the Report view, rasterised to PNG for the .docx (scripts/report.ts via resvg; the browser via a
 * canvas). Bars right of the zero line are gains (green), left are losses (red); each bar carries its label and its
 * value as text, so the image reads without the table beside it. Values are drawn as given: the caller passes the
 * analysis's figures, this file never computes one.
 */

export interface BarDatum {
  label: string;
  value: number;
  /** The value as printed beside the bar ("+0,48"). */
  text: string;
}

export interface BarChartSpec {
  title: string;
  data: BarDatum[];
  /** px; the height follows from the number of bars. */
  width?: number;
  /** Colour bars by sign (gains/losses), or one colour for levels (scores). */
  signed?: boolean;
  /** Index of a bar to stress (the province among its peers). */
  highlight?: number;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const CHART_FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';

export function barChartSvg(spec: BarChartSpec): { svg: string; width: number; height: number } {
  const width = spec.width ?? 720;
  const bar = 22;
  const gap = 8;
  const top = 34;
  const labelWidth = Math.round(width * 0.42);
  const valueWidth = 64;
  const plotLeft = labelWidth + 8;
  const plotWidth = width - plotLeft - valueWidth;
  const height = top + spec.data.length * (bar + gap) + 12;
  const values = spec.data.map((d) => d.value);
  const min = spec.signed ? Math.min(0, ...values) : 0;
  const max = Math.max(0, ...values);
  const span = max - min || 1;
  const x = (v: number) => plotLeft + ((v - min) / span) * plotWidth;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}">`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<text x="0" y="20" font-size="15" font-weight="bold" fill="#111">${escape(spec.title)}</text>`);
  spec.data.forEach((d, i) => {
    const y = top + i * (bar + gap);
    const x0 = x(0);
    const x1 = x(d.value);
    const fill = spec.signed ? (d.value >= 0 ? '#1a7f37' : '#b42318') : i === spec.highlight ? '#b45309' : '#1d4ed8';
    const label = d.label.length > 44 ? `${d.label.slice(0, 43)}…` : d.label;
    parts.push(`<text x="${labelWidth}" y="${y + bar * 0.7}" font-size="13" text-anchor="end" fill="#111"${i === spec.highlight ? ' font-weight="bold"' : ''}>${escape(label)}</text>`);
    parts.push(`<rect x="${Math.min(x0, x1).toFixed(1)}" y="${y}" width="${Math.max(1, Math.abs(x1 - x0)).toFixed(1)}" height="${bar}" fill="${fill}"/>`);
    const tx = d.value >= 0 ? Math.max(x0, x1) + 4 : Math.min(x0, x1) - 4;
    const anchor = d.value >= 0 ? 'start' : 'end';
    // A negative bar's value sits left of the bar, over the label column's end when the bar is short: keep it inside the plot.
    const safeX = anchor === 'end' && tx < plotLeft + 40 ? Math.max(x0, x1) + 4 : tx;
    parts.push(`<text x="${safeX.toFixed(1)}" y="${y + bar * 0.7}" font-size="12" text-anchor="${safeX === tx ? anchor : 'start'}" fill="#111">${escape(d.text)}</text>`);
  });
  if (spec.signed) parts.push(`<line x1="${x(0).toFixed(1)}" x2="${x(0).toFixed(1)}" y1="${top - 4}" y2="${height - 8}" stroke="#555" stroke-width="1"/>`);
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}

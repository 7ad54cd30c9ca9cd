/**
 * Chart export: the drawn SVG is cloned, given explicit size, inlined computed styles, a title, the
 * chart's legend (recharts draws it in HTML, so it is redrawn here as SVG) and a source line, so the
 * file stands alone in a report. PNG is rendered from that SVG at 2× by the browser.
 */
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'opacity', 'fill-opacity', 'stroke-opacity', 'text-anchor', 'dominant-baseline'];
const TITLE_LINE = 20;
const SOURCE_LINE = 14;
/** Average glyph widths (px) of the export fonts, to wrap the title and source line to the chart width. */
const TITLE_CHAR = 8.6;
const SOURCE_CHAR = 6.1;
const LEGEND_ROW = 18;
const NS = 'http://www.w3.org/2000/svg';

export interface LegendEntry {
  label: string;
  color: string;
}

/** The chart's own SVG inside a container: one marked `data-export-root`, else recharts' surface, else the largest. */
export function findChartSvg(container: Element): SVGSVGElement | null {
  const marked = container.querySelector('svg[data-export-root]');
  if (marked) return marked as SVGSVGElement;
  const surfaces = [...container.querySelectorAll('svg')].filter((s) => !s.closest('.recharts-legend-wrapper') && !s.parentElement?.closest('svg'));
  const area = (s: SVGSVGElement) => {
    const b = s.getBoundingClientRect();
    return b.width * b.height;
  };
  return surfaces.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/** Legend entries recharts drew in HTML next to the chart (label and the icon's colour). */
export function readHtmlLegend(container: Element): LegendEntry[] {
  return [...container.querySelectorAll('.recharts-legend-item')].map((item) => {
    const icon = item.querySelector('path, line, rect, circle');
    const style = icon ? getComputedStyle(icon) : null;
    const fill = icon?.getAttribute('fill') || style?.fill;
    const stroke = icon?.getAttribute('stroke') || style?.stroke;
    const color = fill && fill !== 'none' ? fill : stroke && stroke !== 'none' ? stroke : '#333';
    return { label: item.textContent?.trim() ?? '', color };
  });
}

function text(x: number, y: number, content: string, attrs: Record<string, string> = {}): SVGTextElement {
  const el = document.createElementNS(NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.textContent = content;
  return el;
}

/** Greedy word wrap to lines of at most `maxChars` characters (a long word stays whole). */
export function wrapText(content: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of content.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Lay legend entries out in rows that fit `width`; returns the rows' y offsets per entry. */
function layoutLegend(entries: LegendEntry[], width: number): { entry: LegendEntry; x: number; row: number }[] {
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = 8;
  let row = 0;
  for (const entry of entries) {
    const w = 22 + entry.label.length * 6.4;
    if (x + w > width && x > 8) {
      row += 1;
      x = 8;
    }
    placed.push({ entry, x, row });
    x += w + 10;
  }
  return placed;
}

export function chartToSvgString(svg: SVGSVGElement, title: string, sourceLine: string, legend: LegendEntry[] = []): string {
  const box = svg.getBoundingClientRect();
  const width = Math.round(box.width || Number(svg.getAttribute('width')) || 600);
  const height = Math.round(box.height || Number(svg.getAttribute('height')) || 300);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = svg.querySelectorAll('*');
  clone.querySelectorAll('*').forEach((node, i) => {
    const computed = getComputedStyle(originals[i]);
    const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    node.setAttribute('style', `${node.getAttribute('style') ?? ''};${style}`);
  });
  const placed = layoutLegend(legend, width);
  const legendHeight = placed.length ? (placed[placed.length - 1].row + 1) * LEGEND_ROW + 4 : 0;
  const titleLines = wrapText(title, Math.max(20, Math.floor((width - 16) / TITLE_CHAR)));
  const sourceLines = wrapText(sourceLine, Math.max(30, Math.floor((width - 16) / SOURCE_CHAR)));
  const header = titleLines.length * TITLE_LINE + 8;
  const footer = sourceLines.length * SOURCE_LINE + 8;
  const total = height + header + legendHeight + footer;
  const out = document.createElementNS(NS, 'svg');
  out.setAttribute('xmlns', NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(total));
  out.setAttribute('viewBox', `0 0 ${width} ${total}`);
  out.setAttribute('font-family', 'system-ui, "Segoe UI", Roboto, Arial, sans-serif');
  const titleNode = document.createElementNS(NS, 'title');
  titleNode.textContent = title;
  out.appendChild(titleNode);
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  out.appendChild(bg);
  titleLines.forEach((line, i) => out.appendChild(text(8, 19 + i * TITLE_LINE, line, { 'font-size': '15', 'font-weight': '600', fill: '#1c2330' })));
  const g = document.createElementNS(NS, 'g');
  g.setAttribute('transform', `translate(0 ${header})`);
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  g.appendChild(clone);
  out.appendChild(g);
  for (const { entry, x, row } of placed) {
    const y = height + header + row * LEGEND_ROW + 12;
    const swatch = document.createElementNS(NS, 'rect');
    swatch.setAttribute('x', String(x));
    swatch.setAttribute('y', String(y - 9));
    swatch.setAttribute('width', '14');
    swatch.setAttribute('height', '10');
    swatch.setAttribute('fill', entry.color);
    out.appendChild(swatch);
    out.appendChild(text(x + 18, y, entry.label, { 'font-size': '11', fill: '#1c2330' }));
  }
  sourceLines.forEach((line, i) => out.appendChild(text(8, height + header + legendHeight + 15 + i * SOURCE_LINE, line, { 'font-size': '11', fill: '#555' })));
  return new XMLSerializer().serializeToString(out);
}

export function svgToPngBlob(svgText: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(img.width * scale);
      canvas.height = Math.round(img.height * scale);
      const ctx = canvas.getContext('2d')!;
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png');
    };
    img.onerror = () => reject(new Error('SVG could not be rendered'));
    img.src = url;
  });
}

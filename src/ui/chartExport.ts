/**
 * Chart export: the drawn SVG is cloned, given explicit size, inlined computed styles, and a title and
 * source line, so the file stands alone in a report. PNG is rendered from that SVG at 2× by the browser.
 */
const STYLE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'opacity', 'fill-opacity', 'stroke-opacity', 'text-anchor', 'dominant-baseline'];
const HEADER = 28;
const FOOTER = 22;

export function chartToSvgString(svg: SVGSVGElement, title: string, sourceLine: string): string {
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
  const ns = 'http://www.w3.org/2000/svg';
  const out = document.createElementNS(ns, 'svg');
  out.setAttribute('xmlns', ns);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height + HEADER + FOOTER));
  out.setAttribute('viewBox', `0 0 ${width} ${height + HEADER + FOOTER}`);
  out.setAttribute('font-family', 'system-ui, "Segoe UI", Roboto, Arial, sans-serif');
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#ffffff');
  out.appendChild(bg);
  const titleEl = document.createElementNS(ns, 'text');
  titleEl.setAttribute('x', '8');
  titleEl.setAttribute('y', '19');
  titleEl.setAttribute('font-size', '15');
  titleEl.setAttribute('font-weight', '600');
  titleEl.textContent = title;
  out.appendChild(titleEl);
  const g = document.createElementNS(ns, 'g');
  g.setAttribute('transform', `translate(0 ${HEADER})`);
  clone.removeAttribute('class');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  g.appendChild(clone);
  out.appendChild(g);
  const sourceEl = document.createElementNS(ns, 'text');
  sourceEl.setAttribute('x', '8');
  sourceEl.setAttribute('y', String(height + HEADER + 15));
  sourceEl.setAttribute('font-size', '11');
  sourceEl.setAttribute('fill', '#555');
  sourceEl.textContent = sourceLine;
  out.appendChild(sourceEl);
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

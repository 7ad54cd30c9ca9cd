/**
 * Every chart sits in a frame with its title, source line and year, export buttons
 * (PNG at 2× and SVG, both carrying title and source; CSV of the data behind the chart)
 * and a table alternative for keyboard and screen-reader users.
 */
import { useRef, useState, type ReactNode } from 'react';
import { toCsv, type CsvCell } from '@/domain/csvExport';
import { downloadBlob, downloadText, fileSlug } from './download';
import { useLang } from './i18n';
import { chartToSvgString, svgToPngBlob } from './chartExport';

interface Props {
  title: string;
  subtitle?: ReactNode;
  source: string;
  /** Data behind the chart: header + rows, exported as CSV and shown as the table alternative. */
  data: { header: string[]; rows: CsvCell[][] };
  children: ReactNode;
  testId?: string;
}

const STRINGS = {
  vi: { png: 'PNG', svg: 'SVG', csv: 'Dữ liệu CSV', table: 'Xem dạng bảng', chart: 'Xem biểu đồ', source: 'Nguồn', exportLabel: 'Tải biểu đồ' },
  en: { png: 'PNG', svg: 'SVG', csv: 'Data CSV', table: 'Show as table', chart: 'Show chart', source: 'Source', exportLabel: 'Download chart' },
};

export function ChartFrame({ title, subtitle, source, data, children, testId }: Props) {
  const lang = useLang();
  const s = STRINGS[lang];
  const ref = useRef<HTMLDivElement>(null);
  const [asTable, setAsTable] = useState(false);
  const sourceLine = `${s.source}: ${source}`;
  const name = fileSlug(title);

  const svgString = () => {
    const svg = ref.current?.querySelector('svg');
    return svg ? chartToSvgString(svg as SVGSVGElement, title, sourceLine) : null;
  };

  return (
    <figure className="chart-frame" data-testid={testId}>
      <figcaption>
        <strong className="chart-title">{title}</strong>
        {subtitle && <div className="chart-subtitle">{subtitle}</div>}
      </figcaption>
      <div className="chart-tools" role="group" aria-label={s.exportLabel}>
        <button
          type="button"
          disabled={asTable}
          onClick={async () => {
            const text = svgString();
            if (text) downloadBlob(`${name}.png`, await svgToPngBlob(text, 2));
          }}
          data-testid={testId ? `${testId}-png` : undefined}
        >
          ⬇ {s.png}
        </button>
        <button
          type="button"
          disabled={asTable}
          onClick={() => {
            const text = svgString();
            if (text) downloadText(`${name}.svg`, text, 'image/svg+xml;charset=utf-8');
          }}
          data-testid={testId ? `${testId}-svg` : undefined}
        >
          ⬇ {s.svg}
        </button>
        <button type="button" onClick={() => downloadText(`${name}.csv`, toCsv(data.header, data.rows))} data-testid={testId ? `${testId}-csv` : undefined}>
          ⬇ {s.csv}
        </button>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? s.chart : s.table}
        </button>
      </div>
      {asTable ? (
        <table className="data-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              {data.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j}>{c ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div ref={ref} className="chart-body">
          {children}
        </div>
      )}
      <div className="chart-source">{sourceLine}</div>
    </figure>
  );
}

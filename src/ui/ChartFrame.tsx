/**
 * Every chart sits in a frame with its title, source line and year, export buttons
 * (PNG at 2× and SVG, both carrying title, legend and source; CSV of the data behind the chart, with
 * plain or vi-VN decimals) and a table alternative for keyboard and screen-reader users.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { toCsv, type CsvCell, type DecimalStyle } from '@/domain/import/csvExport';
import { csvFileName, downloadBlob, downloadText, fileSlug } from './download';
import { useLang } from './i18n';
import { chartToSvgString, findChartSvg, readHtmlLegend, svgToPngBlob } from './chartExport';

interface Props {
  title: string;
  subtitle?: ReactNode;
  source: string;
  /** Data behind the chart: header + rows, exported as CSV and shown as the table alternative. */
  data: { header: string[]; rows: CsvCell[][] };
  children: ReactNode;
  testId?: string;
  /** Base of the exported file names (defaults to the title). */
  exportName?: string;
  /** Show the table alternative first (e.g. when the chart cannot be drawn). */
  initiallyTable?: boolean;
}

const STRINGS = {
  vi: { png: 'PNG', svg: 'SVG', csv: 'Dữ liệu CSV', csvVi: 'CSV (dấu phẩy thập phân)', table: 'Xem dạng bảng', chart: 'Xem biểu đồ', source: 'Nguồn', exportLabel: 'Tải biểu đồ', failed: 'Không tạo được tệp ảnh' },
  en: { png: 'PNG', svg: 'SVG', csv: 'Data CSV', csvVi: 'CSV (decimal comma)', table: 'Show as table', chart: 'Show chart', source: 'Source', exportLabel: 'Download chart', failed: 'Could not create the image file' },
};

function formatCell(value: CsvCell, lang: 'vi' | 'en'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return Number.isFinite(value) ? value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 3, useGrouping: false }) : '—';
  return value;
}

export function ChartFrame({ title, subtitle, source, data, children, testId, exportName, initiallyTable = false }: Props) {
  const lang = useLang();
  const s = STRINGS[lang];
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const subtitleId = useId();
  const [asTable, setAsTable] = useState(initiallyTable);
  const [error, setError] = useState<string | null>(null);
  const sourceLine = `${s.source}: ${source}`;
  const name = fileSlug(exportName ?? title);

  const svgString = () => {
    const container = ref.current;
    const svg = container && findChartSvg(container);
    return svg ? chartToSvgString(svg, title, sourceLine, readHtmlLegend(container)) : null;
  };
  const exportCsv = (decimal: DecimalStyle) => downloadText(csvFileName(name, decimal), toCsv(data.header, data.rows, { decimal }));

  return (
    <figure className="chart-frame" data-testid={testId} aria-labelledby={titleId} aria-describedby={subtitle ? subtitleId : undefined}>
      <figcaption>
        <strong className="chart-title" id={titleId}>
          {title}
        </strong>
        {subtitle && (
          <div className="chart-subtitle" id={subtitleId}>
            {subtitle}
          </div>
        )}
      </figcaption>
      <div className="chart-tools" role="group" aria-label={`${s.exportLabel}: ${title}`}>
        <button
          type="button"
          disabled={asTable}
          onClick={async () => {
            const text = svgString();
            if (!text) return;
            try {
              downloadBlob(`${name}.png`, await svgToPngBlob(text, 2));
              setError(null);
            } catch {
              setError(s.failed);
            }
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
        <button type="button" onClick={() => exportCsv('plain')} data-testid={testId ? `${testId}-csv` : undefined}>
          ⬇ {s.csv}
        </button>
        <button type="button" onClick={() => exportCsv('vi')} data-testid={testId ? `${testId}-csv-vi` : undefined}>
          ⬇ {s.csvVi}
        </button>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)} data-testid={testId ? `${testId}-table-toggle` : undefined}>
          {asTable ? s.chart : s.table}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {asTable ? (
        <div className="table-scroll">
          <table className="data-table" data-testid={testId ? `${testId}-table` : undefined}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {data.header.map((h, i) => (
                  <th key={i} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((c, j) => (
                    <td key={j} className={typeof c === 'number' ? 'align-right' : undefined}>
                      {formatCell(c, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div ref={ref} className="chart-body">
          {children}
        </div>
      )}
      <div className="chart-source">{sourceLine}</div>
    </figure>
  );
}

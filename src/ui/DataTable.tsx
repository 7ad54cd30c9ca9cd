/**
 * Shared sortable table with CSV export (Excel-safe). Sorting is by keyboard too: headers are buttons,
 * `aria-sort` tells screen readers the order. Missing values sort last in either direction.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { toCsv, type CsvCell, type DecimalStyle } from '@/domain/import/csvExport';
import { useView } from '@/state/view';
import { csvFileName, downloadText } from './download';
import { useLang } from './i18n';

export interface Column<Row> {
  id: string;
  header: string;
  /** Value used to sort and to export. */
  value: (row: Row) => string | number | null;
  render?: (row: Row) => ReactNode;
  align?: 'left' | 'right' | 'center';
  sortable?: boolean;
  /** What the CSV gets when it differs from `value` (a rank among loaded provinces exports as "4*"). */
  exportValue?: (row: Row) => CsvCell;
  /** Only in the CSV (e.g. what a rank's mark means), not drawn. */
  exportOnly?: boolean;
  /** Stays in view while the table scrolls sideways (a phone). Default: the column naming the row
   * (id `name`, `province` or `component`). */
  sticky?: boolean;
}

const NAMING_COLUMNS = ['name', 'province', 'component'];
const isSticky = (c: Column<unknown>) => c.sticky ?? NAMING_COLUMNS.includes(c.id);
const cellClass = (c: Column<unknown>) => `align-${c.align ?? 'left'}${isSticky(c) ? ' sticky-col' : ''}`;

interface Props<Row> {
  caption: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Base name of the exported CSV file. */
  exportName: string;
  initialSort?: { column: string; descending: boolean };
  highlight?: (row: Row) => boolean;
  testId?: string;
  footer?: ReactNode;
  /** A click (or tap) anywhere on a row does this; keyboard users get the same from a control inside the row. */
  onRowClick?: (row: Row) => void;
  /** Keep the sort in the address under this parameter (`sort=value` ascending, `sort=-value` descending), so a
   * permalink opens the table sorted as it was shared. One table per view may use a given name. */
  sortParam?: string;
}

/** "value" → ascending by value; "-value" → descending; an unknown column is ignored. */
export function readSortParam(text: string | undefined, columns: readonly { id: string }[]): { column: string; descending: boolean } | null {
  if (!text) return null;
  const descending = text.startsWith('-');
  const column = descending ? text.slice(1) : text;
  return columns.some((c) => c.id === column) ? { column, descending } : null;
}

const STRINGS = {
  vi: { csv: 'Tải CSV', csvVi: 'Tải CSV (dấu phẩy thập phân)', sortBy: 'Sắp xếp theo' },
  en: { csv: 'Download CSV', csvVi: 'Download CSV (decimal comma)', sortBy: 'Sort by' },
};

export function DataTable<Row>({ caption, columns, rows, rowKey, exportName, initialSort, highlight, testId, footer, onRowClick, sortParam }: Props<Row>) {
  const lang = useLang();
  const s = STRINGS[lang];
  const linked = useView((v) => (sortParam ? v.extra[sortParam] : undefined));
  const setExtra = useView((v) => v.setExtra);
  const [localSort, setLocalSort] = useState(initialSort ?? { column: columns[0]?.id, descending: false });
  const sort = (sortParam && readSortParam(linked, columns)) || localSort;
  const setSort = (next: { column: string; descending: boolean }) => {
    setLocalSort(next);
    if (sortParam) setExtra(sortParam, `${next.descending ? '-' : ''}${next.column}`);
  };
  const shown = columns.filter((c) => !c.exportOnly);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.id === sort.column);
    if (!column) return rows;
    const dir = sort.descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      const va = column.value(a);
      const vb = column.value(b);
      if (va === null || va === '') return vb === null || vb === '' ? 0 : 1;
      if (vb === null || vb === '') return -1;
      if (typeof va === 'number' && typeof vb === 'number') return (va - vb) * dir;
      return String(va).localeCompare(String(vb), lang) * dir;
    });
  }, [rows, columns, sort, lang]);

  const exportCsv = (decimal: DecimalStyle) => {
    const csv = toCsv(
      columns.map((c) => c.header),
      sorted.map((r) => columns.map((c) => (c.exportValue ? c.exportValue(r) : (c.value(r) as CsvCell)))),
      { decimal },
    );
    downloadText(csvFileName(exportName, decimal), csv);
  };

  return (
    <div className="table-block">
      <div className="table-tools">
        <button type="button" onClick={() => exportCsv('plain')} data-testid={testId ? `${testId}-csv` : undefined}>
          ⬇ {s.csv}
        </button>
        <button type="button" onClick={() => exportCsv('vi')}>
          ⬇ {s.csvVi}
        </button>
      </div>
      <div className="table-scroll">
        <table className="data-table" data-testid={testId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {shown.map((c) => {
                const active = sort.column === c.id;
                return (
                  <th key={c.id} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={cellClass(c as Column<unknown>)}>
                    {c.sortable === false ? (
                      c.header
                    ) : (
                      <button type="button" className="sort" onClick={() => setSort({ column: c.id, descending: active ? !sort.descending : false })} title={`${s.sortBy} ${c.header}`}>
                        {c.header}
                        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
                      </button>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr
                key={rowKey(row)}
                className={[highlight?.(row) ? 'highlight' : '', onRowClick ? 'clickable' : ''].filter(Boolean).join(' ') || undefined}
                data-key={rowKey(row)}
                onClick={onRowClick ? (e) => !(e.target as HTMLElement).closest('button, a, input, select, textarea') && onRowClick(row) : undefined}
              >
                {shown.map((c) => (
                  <td key={c.id} className={cellClass(c as Column<unknown>)} data-col={c.id}>
                    {c.render ? c.render(row) : (c.value(row) ?? '—')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {footer}
    </div>
  );
}

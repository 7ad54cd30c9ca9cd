/**
 * Rows of a one-province indicator table that matched no indicator, as printed: label (and the code printed beside
 * it), value as printed (else the figure read), and where they were read (file, line). Drawn in the Import tab's saved item and in the indicator view.
 */
import { formatDecimal } from '@/domain/catalogue/numbers';
import type { Localised } from '@/domain/catalogue/types';
import { useLang } from './i18n';

export interface UnmatchedIndicatorRowView {
  label: string;
  code: string;
  value: number | null;
  place: Localised;
  fileName?: string;
  component?: string | null;
  /** The value as printed, shown when kept ("12,5%"). */
  printed?: string;
}

/** One list; with `componentName`, each row's sub-index (the heading above it in the table) is named. */
export function UnmatchedIndicatorRows({ rows, componentName, testId = 'indicator-unmatched-row' }: { rows: readonly UnmatchedIndicatorRowView[]; componentName?: (id: string) => string; testId?: string }) {
  const lang = useLang();
  return (
    <ul className="unmatched-indicator-rows">
      {rows.map((r, i) => (
        <li key={i} data-testid={testId}>
          <span className="unmatched-label">{r.code && r.label ? `${r.label} ` : r.label || r.code}</span>
          {r.code && r.label ? <code>{r.code}</code> : null}: <strong>{r.printed || formatDecimal(r.value, lang, r.value !== null && Math.abs(r.value) < 1 ? 4 : 2)}</strong>{' '}
          <span className="note">
            ({[componentName && r.component ? componentName(r.component) : '', r.fileName ?? '', r.place[lang]].filter(Boolean).join(', ')})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "21 of 63 provinces loaded" — the honest coverage line shown wherever a year is partial. */
import { useLang } from './i18n';
import { useSelection } from './useSelection';

export function coverageText(loaded: number, expected: number, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? `${loaded} trên ${expected} tỉnh/thành có số liệu` : `${loaded} of ${expected} provinces loaded`;
}

export function CoverageNote() {
  const lang = useLang();
  const { selection } = useSelection();
  if (!selection?.coverage || selection.year === null) return null;
  const { loaded, expected, complete } = selection.coverage;
  return (
    <span className={complete ? 'coverage complete' : 'coverage partial'} data-testid="coverage-note" role="status">
      {selection.index.id} {selection.year}: {coverageText(loaded, expected, lang)}
      {!complete &&
        (lang === 'vi'
          ? ' — dữ liệu một phần: chỉ hạng đã công bố là hạng toàn quốc; hạng có dấu * chỉ xếp trong số tỉnh đã nạp'
          : ' — partial data: only published ranks are national ranks; ranks marked * are among loaded provinces only')}
    </span>
  );
}

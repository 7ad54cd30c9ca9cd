/** The component picker of the rank table, trends and map: its choice lives in the URL (`component`). */
import type { ComponentDef } from '@/domain/catalogue/types';
import { useView } from '@/state/view';
import { commonStrings, useLang, useStrings } from './i18n';

export function ComponentSelect({ components, value, testId }: { components: readonly ComponentDef[]; value: string; testId: string }) {
  const lang = useLang();
  const t = useStrings(commonStrings);
  const set = useView((v) => v.set);
  return (
    <label className="inline-control">
      {t.component}
      <select value={value} onChange={(e) => set({ component: e.target.value })} data-testid={testId}>
        {components.map((c) => (
          <option key={c.id} value={c.id}>
            {/* Sub-components (PAPI sub-dimensions) are indented under their dimension. */}
            {c.parent ? `— ${c[lang]}` : c[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}

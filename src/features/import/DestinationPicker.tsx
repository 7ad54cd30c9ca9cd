/**
 * Where an import goes: a national index, the own index (DDCI …) of the province in view, or indicator tables (PCI base
 * indicators). Kept in the URL (`dest`); the national import hands an indicator table it recognises to the last.
 */
import { defaultCatalogue, unitName } from '@/domain/catalogue/catalogue';
import { useView } from '@/state/view';
import { useLang } from '@/ui/i18n';
import { PROVINCE_STRINGS } from './provinceStrings';
import { INDICATOR_IMPORT_STRINGS } from './indicatorImportStrings';

export type ImportDestination = 'national' | 'province' | 'indicators';

export function destinationOf(dest: string | undefined): ImportDestination {
  return dest === 'province' || dest === 'indicators' ? dest : 'national';
}

export function DestinationPicker() {
  const lang = useLang();
  const s = PROVINCE_STRINGS[lang];
  const province = useView((v) => v.province);
  const dest = destinationOf(useView((v) => v.extra.dest));
  const setExtra = useView((v) => v.setExtra);
  return (
    <p className="import-destination">
      <label className="inline-control">
        {s.destination}
        <select value={dest} data-testid="import-destination" onChange={(e) => setExtra('dest', destinationOf(e.target.value) === 'national' ? '' : e.target.value)}>
          <option value="national">{s.national}</option>
          <option value="province">{s.provinceIndex.replace('{province}', unitName(defaultCatalogue, province, lang))}</option>
          <option value="indicators">{INDICATOR_IMPORT_STRINGS[lang].destination}</option>
        </select>
      </label>
    </p>
  );
}

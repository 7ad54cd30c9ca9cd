/** Where an import goes: a national index, or the own index (DDCI …) of the province in view. Kept in the URL (`dest`). */
import { defaultCatalogue, unitName } from '@/domain/catalogue/catalogue';
import { useView } from '@/state/view';
import { useLang } from '@/ui/i18n';
import { PROVINCE_STRINGS } from './provinceStrings';

export function DestinationPicker() {
  const lang = useLang();
  const s = PROVINCE_STRINGS[lang];
  const province = useView((v) => v.province);
  const dest = useView((v) => v.extra.dest) === 'province' ? 'province' : 'national';
  const setExtra = useView((v) => v.setExtra);
  return (
    <p className="import-destination">
      <label className="inline-control">
        {s.destination}
        <select value={dest} data-testid="import-destination" onChange={(e) => setExtra('dest', e.target.value === 'province' ? 'province' : '')}>
          <option value="national">{s.national}</option>
          <option value="province">{s.provinceIndex.replace('{province}', unitName(defaultCatalogue, province, lang))}</option>
        </select>
      </label>
    </p>
  );
}

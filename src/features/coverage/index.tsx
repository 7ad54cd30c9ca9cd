/** What data is loaded: per index and year, how many provinces, and where each file comes from. */
import { defaultCatalogue, TOTAL } from '@/domain/catalogue/catalogue';
import { shippedManifest } from '@/data/shipped';
import { useScoreTable } from '@/data/scores';
import { useLang } from '@/ui/i18n';
import { coverageText } from '@/ui/CoverageNote';

const STRINGS = {
  vi: { title: 'Dữ liệu & nguồn', intro: 'Số liệu thật đã công bố đi kèm ứng dụng. Năm thiếu tỉnh được ghi rõ; không có số liệu nào được tự tạo ra.', year: 'Năm', coverage: 'Số tỉnh có điểm tổng hợp', files: 'Tệp dữ liệu kèm theo', none: 'chưa có số liệu', file: 'Tệp', source: 'Nguồn', licence: 'Giấy phép' },
  en: { title: 'Data & sources', intro: 'Real published figures ship with the app. Years with missing provinces are labelled; no figure is invented.', year: 'Year', coverage: 'Provinces with a composite score', files: 'Shipped data files', none: 'no data yet', file: 'File', source: 'Source', licence: 'Licence' },
};

export default function CoverageView() {
  const lang = useLang();
  const s = STRINGS[lang];
  const { table } = useScoreTable('all');
  if (!table) return null;
  return (
    <section aria-labelledby="coverage-title">
      <h1 id="coverage-title">{s.title}</h1>
      <p>{s.intro}</p>
      {defaultCatalogue.indices.map((ix) => {
        const years = table.years(ix.id);
        return (
          <section key={ix.id} className="coverage-index" data-testid={`coverage-${ix.id}`}>
            <h2>
              {ix.label} — {ix[lang]}
            </h2>
            {ix.coverageNote && <p className="note">{ix.coverageNote[lang]}</p>}
            {years.length === 0 ? (
              <p>{s.none}</p>
            ) : (
              <ul className="coverage-years">
                {years.map((y) => {
                  const c = table.coverage(ix.id, y, TOTAL);
                  return (
                    <li key={y} className={c.complete ? 'complete' : 'partial'}>
                      <strong>{y}</strong>: {coverageText(c.loaded, c.expected, lang)}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      <h2>{s.files}</h2>
      <table className="data-table">
        <caption className="sr-only">{s.files}</caption>
        <thead>
          <tr>
            <th scope="col">{s.file}</th>
            <th scope="col">{s.source}</th>
            <th scope="col">{s.licence}</th>
          </tr>
        </thead>
        <tbody>
          {shippedManifest.map((f) => (
            <tr key={f.file}>
              <td>
                <strong>{f.title[lang]}</strong>
                <br />
                <code>{f.file}</code>
                {f.coverage && <div className="note">{f.coverage[lang]}</div>}
              </td>
              <td>{f.source}</td>
              <td>{f.licence ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * On a department's page: the indicators it owns (plan/owners.ts through domain/province/departmentRequest.ts), and
 * its request "Việc cần làm" — only its own weak indicators with their figures and the plan's targets, deadlines and
 * tasks — printable (A4, print CSS) and as a .docx (ui/report/requestDocx.ts, `docx` loaded on click). The edition
 * per index is the user's choice among those with indicator figures for the province (departmentRequest.ts
 * `chosenEditions`, latest by default), kept in the address (`reqeditions=PAPI:2020`); both lists, the print and the
 * .docx follow it.
 */
import { useMemo, useState } from 'react';
import { defaultCatalogue, findComponent, findIndex, getUnit, unitName } from '@/domain/catalogue/catalogue';
import type { Lang } from '@/domain/catalogue/types';
import { defaultTemplate, type Department } from '@/domain/plan/departments';
import type { FollowUpItem } from '@/domain/plan/followup';
import { INDICATOR_RULE_LABELS, indicatorValueText } from '@/domain/analysis/indicators';
import { chosenEditions, departmentRequest, indicatorEditionChoices, ownedIndicators, requestRows, type IndicatorGroup } from '@/domain/province/departmentRequest';
import { issuingBody } from '@/domain/report/nationalHeading';
import type { ScoreTable } from '@/domain/table/dataset';
import { useIndicatorSource } from '@/data/indicators';
import { downloadBlob, fileSlug } from '@/ui/download';
import { formatRank, useLang } from '@/ui/i18n';
import { SheetHeader } from '@/ui/SheetHeader';
import type { RequestDocument } from '@/ui/report/requestDocx';
import { REQUEST_STRINGS } from './requestStrings';

const todayIso = () => new Date().toISOString().slice(0, 10);

interface Props {
  table: ScoreTable;
  province: string;
  departmentId: string;
  department: Department | undefined;
  items: readonly FollowUpItem[];
  departments: readonly Department[];
  /** The editions chosen, as the address keeps them ("PAPI:2020,PCI:2016"; '' = the latest of each). */
  chosen: string;
  onChoose(chosen: string): void;
}

/** "PAPI:2020,PCI:2016" → { PAPI: 2020, PCI: 2016 } (anything else in it is ignored). */
export function readChosenEditions(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(',')) {
    const m = /^([A-Z][A-Z_]{0,19}):(\d{4})$/.exec(part.trim());
    if (m) out[m[1]] = Number(m[2]);
  }
  return out;
}

const groupHeading = (g: IndicatorGroup, lang: Lang) => {
  const ix = findIndex(defaultCatalogue, g.index);
  return `${ix?.label ?? g.index} ${g.year} — ${(ix && findComponent(ix, g.component)?.[lang]) ?? g.component}`;
};

/** The request prepared for paper (print and .docx) in one language. */
export function requestDocument(groups: readonly IndicatorGroup[], lang: Lang, meta: { province: string; department: string; editions: string; date: string; departments: readonly Department[] }): RequestDocument {
  const s = REQUEST_STRINGS[lang];
  const unit = getUnit(defaultCatalogue, meta.province);
  const name = (u: string) => unitName(defaultCatalogue, u, lang);
  const provinceName = name(meta.province);
  const anyAmongLoaded = groups.some((g) => g.indicators.some((o) => o.standing.rankBasis === 'among-loaded'));
  return {
    lang,
    issuingBody: issuingBody(unit),
    place: unit?.vi ?? provinceName,
    date: meta.date,
    title: s.title,
    subtitle: `${meta.department} — ${provinceName} — ${meta.editions} — ${s.dated} ${meta.date.split('-').reverse().join('/')}`,
    headers: [...s.headers],
    groups: groups.map((g) => ({
      heading: groupHeading(g, lang),
      rows: requestRows(g, lang, name, meta.departments).map((r) => [r.label, r.role, r.value, r.median, r.best, r.rank, r.change, r.target, r.deadline, r.tasks.join('\n') || '—']),
    })),
    empty: s.empty,
    notes: [s.weakRule, ...(anyAmongLoaded ? [s.amongLoaded] : [])],
  };
}

export function DepartmentIndicators({ table, province, departmentId, department, items, departments, chosen, onChoose }: Props) {
  const lang = useLang();
  const s = REQUEST_STRINGS[lang];
  const source = useIndicatorSource(table);
  const [busy, setBusy] = useState(false);
  const input = useMemo(
    () => (source ? { source, table, catalogue: defaultCatalogue, province, departmentId, items, departments, template: defaultTemplate } : null),
    [source, table, province, departmentId, items, departments],
  );
  const choices = useMemo(() => (source ? indicatorEditionChoices(source, table, defaultCatalogue, province) : []), [source, table, province]);
  const editions = useMemo(() => chosenEditions(choices, readChosenEditions(chosen)), [choices, chosen]);
  // The address keeps only choices other than the latest.
  const choose = (index: string, year: number) =>
    onChoose(
      editions
        .map((e) => (e.index === index ? { index, year } : e))
        .filter((e) => e.year !== choices.find((c) => c.index === e.index)?.years[0])
        .map((e) => `${e.index}:${e.year}`)
        .join(','),
    );
  const owned = useMemo(() => (input ? ownedIndicators(input, editions) : []), [input, editions]);
  const request = useMemo(() => (input ? departmentRequest(input, editions) : []), [input, editions]);
  if (!source) return null;
  const editionsText = editions.map((e) => `${findIndex(defaultCatalogue, e.index)?.label ?? e.index} ${e.year}`).join(', ');
  const departmentLabel = department?.[lang] ?? departmentId;
  const doc = requestDocument(request, lang, { province, department: departmentLabel, editions: editionsText, date: todayIso(), departments });
  const printRequest = () => {
    document.body.classList.add('print-request');
    const done = () => {
      document.body.classList.remove('print-request');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  const download = async () => {
    setBusy(true);
    try {
      const { requestToDocx } = await import('@/ui/report/requestDocx');
      downloadBlob(`viec-can-lam-${fileSlug(departmentLabel, unitName(defaultCatalogue, province, 'vi'), todayIso())}.docx`, await requestToDocx(doc));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <section className="department-indicators" aria-labelledby="dept-indicators-title" data-testid="department-indicators">
        {choices.length > 0 && (
          <div className="table-tools no-print request-editions">
            {choices.map((c) => {
              const label = findIndex(defaultCatalogue, c.index)?.label ?? c.index;
              return (
                <label key={c.index} className="inline-control request-edition">
                  {s.edition} {label}
                  <select value={editions.find((e) => e.index === c.index)?.year} onChange={(e) => choose(c.index, Number(e.target.value))} data-testid="request-edition" data-index={c.index}>
                    {c.years.map((y, i) => (
                      <option key={y} value={y}>
                        {y}
                        {i === 0 ? ` (${s.latest})` : ''}
                      </option>
                    ))}
                  </select>
                </label>
              );
            })}
          </div>
        )}
        <h3 id="dept-indicators-title" className="small-heading">
          {s.ownedTitle} {editionsText && <span className="note">({editionsText})</span>}
        </h3>
        {owned.length === 0 ? (
          <p className="note">{s.nothingOwned}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table stack-phone" data-testid="department-owned-indicators">
              <thead>
                <tr>
                  <th scope="col">{s.headers[0]}</th>
                  <th scope="col">{s.headers[1]}</th>
                  <th scope="col">{s.headers[2]}</th>
                  <th scope="col">{s.headers[5]}</th>
                  <th scope="col">{s.weak}</th>
                </tr>
              </thead>
              <tbody>
                {owned.map((g) => [
                  <tr key={`${g.index}|${g.component}`} className="group-row">
                    <th colSpan={5} scope="colgroup">
                      {groupHeading(g, lang)}
                    </th>
                  </tr>,
                  ...g.indicators.map((o) => (
                    <tr key={o.standing.def.id} data-indicator={o.standing.def.id} data-basis={o.ownership.basis} data-role={o.ownership.role}>
                      <td data-label={s.headers[0]}>{o.standing.def.label[lang]}</td>
                      <td data-label={s.headers[1]}>
                        {o.ownership.role === 'lead' ? s.lead : s.coOwner}{' '}
                        <span className="note small">({o.ownership.basis === 'plan' ? s.plan : `${s.suggested}${o.ownership.owners.lead?.evidence ? ` [${o.ownership.owners.lead.evidence}]` : ''}`}{o.ownership.owners.ownLevel ? '' : `, ${s.asSubIndex}`})</span>
                      </td>
                      <td data-label={s.headers[2]} className="num">
                        {indicatorValueText(o.standing.def, o.standing.value, lang)}
                      </td>
                      <td data-label={s.headers[5]} className="num">
                        {o.standing.rank === null ? '—' : `${formatRank(o.standing.rank, o.standing.rankBasis)}/${o.standing.rankOutOf}`}
                      </td>
                      <td data-label={s.weak}>{o.standing.weak.map((w) => INDICATOR_RULE_LABELS[w.rule][lang]).join(' · ')}</td>
                    </tr>
                  )),
                ])}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="department-request" aria-labelledby="dept-request-title" data-testid="department-request">
        <div className="table-tools no-print">
          <button type="button" onClick={printRequest} data-testid="request-print">
            {s.print}
          </button>
          <button type="button" disabled={busy} onClick={() => void download()} data-testid="request-docx">
            {s.docx}
          </button>
        </div>
        <div className="request-sheet">
          <div className="print-only">
            <SheetHeader org={doc.issuingBody} />
          </div>
          <h3 id="dept-request-title">{doc.title}</h3>
          <p className="request-subtitle" data-testid="request-subtitle">
            {doc.subtitle}
          </p>
          {doc.groups.length === 0 ? (
            <p data-testid="request-empty">{doc.empty}</p>
          ) : (
            doc.groups.map((g) => (
              <div key={g.heading} className="request-group">
                <h4>{g.heading}</h4>
                <div className="table-scroll">
                  <table className="data-table stack-phone request-table" data-testid="request-table">
                    <thead>
                      <tr>
                        {doc.headers.map((h) => (
                          <th key={h} scope="col">
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {g.rows.map((r, i) => (
                        <tr key={i} data-testid="request-row">
                          {r.map((cell, c) => (
                            <td key={c} data-label={doc.headers[c]} className={c >= 2 && c <= 6 ? 'num' : undefined}>
                              {cell.split('\n').map((line, k) => (
                                <div key={k}>{line}</div>
                              ))}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            ))
          )}
          {doc.notes.map((n) => (
            <p key={n} className="note small">
              {n}
            </p>
          ))}
        </div>
      </section>
    </>
  );
}

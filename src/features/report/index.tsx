/**
 * The release report on screen, to print on A4 (Báo cáo đánh giá kết quả … của tỉnh): the same blocks as
 * `npm run report`'s .docx (domain/report/releaseReport.ts over analysis.ts), the national heading above, charts
 * drawn from the report's own SVG. "Tải .docx" writes the same document in the browser (docx loaded on click, the
 * charts rasterised through a canvas). Its own permalink: ?tab=report&index=PCI&year=2016&province=72.
 */
import { useMemo, useState } from 'react';
import { analyseProvince } from '@/domain/analysis/analysis';
import { departmentsForYear, defaultDepartments } from '@/domain/plan/departments';
import { describeSource, releaseReport, type ReleaseReport, type ReportBlock } from '@/domain/report/releaseReport';
import type { PublishedDisagreement } from '@/domain/table/publishedDisagreements';
import { usePublishedDisagreements } from '@/data/disagreements';
import { shippedManifest } from '@/data/shipped';
import { departmentsOf, useAssignments } from '@/state/assignments';
import { useView } from '@/state/view';
import { useLang } from '@/ui/i18n';
import { SheetHeader } from '@/ui/SheetHeader';
import { useSelection } from '@/ui/useSelection';
import './report.css';
import { useCatalogue } from '@/data/catalogue';

const NO_DISAGREEMENTS: PublishedDisagreement[] = [];
const STRINGS = {
  vi: { print: 'In báo cáo (A4)', docx: 'Tải .docx', busy: 'Đang tạo…', hint: 'Cùng nội dung với lệnh npm run report.', noData: 'Chọn chỉ số, năm và tỉnh có số liệu.', failed: 'Không tạo được tệp .docx.' },
  en: { print: 'Print report (A4)', docx: 'Download .docx', busy: 'Preparing…', hint: 'The same content as npm run report.', noData: 'Choose an index, year and province with figures.', failed: 'Could not create the .docx file.' },
};

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** The chart's SVG drawn into a canvas at twice its size: the PNG the .docx embeds. */
async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  const img = new Image();
  img.src = svgUrl(svg);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')!.drawImage(img, 0, 0, width, height);
  const blob = await new Promise<Blob>((ok, ko) => canvas.toBlob((b) => (b ? ok(b) : ko(new Error('canvas'))), 'image/png'));
  return new Uint8Array(await blob.arrayBuffer());
}

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'heading':
      return <h2>{block.text}</h2>;
    case 'paragraph':
      return (
        <p className={block.strong ? 'strong' : undefined} data-testid={block.testId}>
          {block.text}
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'table': {
      const cols = block.header.map((_, i) => i).filter((i) => block.header[i] !== '' || block.rows.some((r) => r[i]));
      return (
        <div className="report-table-wrap">
          <table data-testid={`report-table-${block.id}`}>
            <thead>
              <tr>
                {cols.map((i) => (
                  <th key={i} scope="col" className={block.numeric[i] ? 'num' : undefined}>
                    {block.header[i]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((r, k) => (
                <tr key={k}>
                  {cols.map((i) => (
                    <td key={i} className={block.numeric[i] ? 'num' : undefined}>
                      {r[i]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'chart':
      return (
        <figure data-testid={`report-chart-${block.id}`}>
          <img src={svgUrl(block.svg)} width={block.width} height={block.height} alt={block.title} />
        </figure>
      );
  }
}

export default function ReportView() {
  const catalogue = useCatalogue();
  const lang = useLang();
  const s = STRINGS[lang];
  const province = useView((v) => v.province);
  const { selection } = useSelection();
  const disagreements = usePublishedDisagreements().data ?? NO_DISAGREEMENTS;
  const items = useAssignments((st) => st.items);
  const edits = useAssignments((st) => st.departments);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const report: ReleaseReport | null = useMemo(() => {
    if (!selection || selection.year === null) return null;
    const { table, index, year } = selection;
    const analysis = analyseProvince(table, catalogue, index.id, year, province, { disagreements });
    const departments = departmentsOf({ items, departments: edits }, province);
    return releaseReport(analysis, table, catalogue, lang, {
      plan: { items: Object.values(items), departments },
      departments: departmentsForYear(defaultDepartments, edits[province] ?? { added: [], renamed: {}, hidden: [] }, year),
      today: new Date().toISOString().slice(0, 10),
      sourceTitle: (src) => describeSource(shippedManifest, src),
    });
  }, [selection, catalogue, province, disagreements, items, edits, lang]);

  if (!selection) return null;
  if (!report) return <p>{s.noData}</p>;

  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const [d, { releaseReportDocx }] = await Promise.all([import('docx'), import('@/ui/report/releaseDocx')]);
      const doc = await releaseReportDocx(d, report, svgToPng);
      const blob = await d.Packer.toBlob(doc);
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = report.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="report-tools no-print">
        <button type="button" onClick={() => window.print()} data-testid="report-print">
          {s.print}
        </button>
        <button type="button" onClick={() => void download()} disabled={busy} data-testid="report-docx">
          {busy ? s.busy : s.docx}
        </button>
        <span className="note">{s.hint}</span>
        {failed && <span role="alert">{s.failed}</span>}
      </div>
      <article className="release-report" data-testid="release-report" lang={lang} aria-labelledby="report-title">
        <SheetHeader org={report.org} />
        <h1 id="report-title" className="report-title">
          {report.title}
        </h1>
        <p className="report-subtitle">{report.subtitle}</p>
        {report.blocks.map((b, i) => (
          <Block key={i} block={b} />
        ))}
      </article>
    </>
  );
}

/** The heading every printed A4 sheet of the working group carries: the issuing body, and the national motto. */
export function SheetHeader({ org }: { org: string }) {
  return (
    <header className="sheet-head">
      <div>
        <div className="sheet-org">{org}</div>
        <div className="sheet-sub">Tổ công tác cải thiện chỉ số</div>
      </div>
      <div className="sheet-motto">
        <div className="sheet-org">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
        <div className="sheet-sub underline">Độc lập – Tự do – Hạnh phúc</div>
      </div>
    </header>
  );
}

import { NATIONAL_MOTTO, NATIONAL_NAME, WORKING_GROUP } from '@/domain/report/nationalHeading';
import './sheetHeader.css';

/** The heading every printed A4 sheet of the working group carries: the issuing body, and the national motto. */
export function SheetHeader({ org }: { org: string }) {
  return (
    <header className="sheet-head">
      <div>
        <div className="sheet-org">{org}</div>
        <div className="sheet-sub">{WORKING_GROUP}</div>
      </div>
      <div className="sheet-motto">
        <div className="sheet-org">{NATIONAL_NAME}</div>
        <div className="sheet-sub underline">{NATIONAL_MOTTO}</div>
      </div>
    </header>
  );
}

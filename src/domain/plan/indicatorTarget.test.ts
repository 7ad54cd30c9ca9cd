/**
 * Is an indicator line's target met (followup.ts `checkIndicatorTarget`)? On the real shipped PAPI sub-dimensions of
 * Quảng Ninh and the PCI layout-fixture workbook (its indicator values are NOT published figures).
 */
import { describe, expect, it } from 'vitest';
import { loadShippedTable } from '../../../scripts/lib/shipped-table';
import { fixtureSheets } from '../../../tests/fixtures/indicatorWorkbook';
import { defaultCatalogue } from '../catalogue/catalogue';
import { readIndicatorWorkbook } from '../import/indicatorWorkbook';
import { sheetCell, type SourceTable } from '../import/sourceTable';
import { indicatorSetFromWorkbooks } from '../analysis/indicatorCatalogue';
import { indicatorSetSource, subComponentSource } from '../analysis/indicatorSources';
import { blankIndicatorPlan, blankItem, checkIndicatorTarget, withIndicatorPlan } from './followup';

const table = loadShippedTable();
const papi = subComponentSource(table, defaultCatalogue);
const QN = '22';
const withTarget = (index: string, year: number, component: string, indicator: string, target: number | null) => withIndicatorPlan(blankItem(QN, index, year, component), indicator, { ...blankIndicatorPlan(), target });

describe('an indicator line’s target, checked on the target edition (PAPI Quảng Ninh, real figures)', () => {
  const RESP = 'e_governance.e_responsiveness';
  it('PAPI 2019 plan → PAPI 2020: e-responsiveness 0,42 (0.4215) meets 0,40 and 0,42 (equal as printed), not 0,43', () => {
    expect(checkIndicatorTarget(papi, withTarget('PAPI', 2019, 'e_governance', RESP, 0.4), RESP)).toEqual({ targetYear: 2020, status: 'met', actual: 0.421534 });
    expect(checkIndicatorTarget(papi, withTarget('PAPI', 2019, 'e_governance', RESP, 0.42), RESP).status).toBe('met');
    expect(checkIndicatorTarget(papi, withTarget('PAPI', 2019, 'e_governance', RESP, 0.43), RESP).status).toBe('not_met');
  });

  it('no figure in the target edition (PAPI 2021 for Quảng Ninh): no data, never "not met"; no target: no_target', () => {
    expect(checkIndicatorTarget(papi, withTarget('PAPI', 2020, 'e_governance', RESP, 0.5), RESP)).toEqual({ targetYear: 2021, status: 'no_data', actual: null });
    expect(checkIndicatorTarget(papi, withTarget('PAPI', 2019, 'e_governance', RESP, null), RESP).status).toBe('no_target');
  });

  it('a series that restarted after the plan’s edition (PAPI 2018 re-divided accountability): undecided, with the figure', () => {
    const appeals = 'accountability.responsiveness_to_citizen_appeals';
    expect(checkIndicatorTarget(papi, withTarget('PAPI', 2017, 'accountability', appeals, 1), appeals)).toEqual({ targetYear: 2018, status: 'undecided', actual: 1.274281 });
  });
});

describe('PCI base indicators in their own unit and direction (layout fixture, NOT published figures)', () => {
  const sheets = (year: number): SourceTable[] =>
    fixtureSheets(year).map((s) => ({ kind: 'sheet' as const, name: s.name, rows: s.rows, place: (r: number, c: number) => ({ vi: sheetCell(s.name, r, c), en: sheetCell(s.name, r, c) }) }));
  const books = [2015, 2016].map((y) => readIndicatorWorkbook(sheets(y), `PCI_${y}.xlsx`, y, defaultCatalogue));
  const source = indicatorSetSource(indicatorSetFromWorkbooks(books, {}).set, defaultCatalogue);

  it('a share, higher is better: 50,7 % (0.5066) meets 50 % and 50,7 % (as printed), not 51 %', () => {
    const status = (t: number) => checkIndicatorTarget(source, withTarget('PCI', 2015, 'land_access', 'land_access.LURC', t), 'land_access.LURC').status;
    expect([status(0.5), status(0.507), status(0.51)]).toEqual(['met', 'met', 'not_met']);
  });

  it('a share, lower is better (firms deterred by land procedures): 39 % meets "40 %" and "39 %", not "38 %"', () => {
    const status = (t: number) => checkIndicatorTarget(source, withTarget('PCI', 2015, 'land_access', 'land_access.LURC_detered', t), 'land_access.LURC_detered').status;
    expect([status(0.4), status(0.39), status(0.38)]).toEqual(['met', 'met', 'not_met']);
  });

  it('days to a land-use certificate changed label in 2016 (the series restarts): a 2015 plan’s target is undecided, with the figure', () => {
    expect(checkIndicatorTarget(source, withTarget('PCI', 2015, 'land_access', 'land_access.LURC_days', 30), 'land_access.LURC_days')).toEqual({ targetYear: 2016, status: 'undecided', actual: 29.67 });
  });

  it('a direction not known (a new indicator, weak evidence): undecided', () => {
    expect(checkIndicatorTarget(source, withTarget('PCI', 2015, 'land_access', 'land_access.land_new', 0.1), 'land_access.land_new').status).toBe('undecided');
  });
});

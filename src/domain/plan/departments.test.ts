import { describe, expect, it } from 'vitest';
import {
  currentDepartment,
  customDepartment,
  defaultDepartments,
  defaultTemplate,
  departmentsForYear,
  matchDepartment,
  NO_EDITS,
  predecessorsAndSelf,
  provinceDepartments,
  templateSuggestion,
} from './departments';
import { defaultCatalogue, getIndex, mainComponents } from '../catalogue/catalogue';

const all = provinceDepartments(defaultDepartments);

describe('department catalogue and the 2025 reorganisation', () => {
  it('Sở KH&ĐT carries its own work to 2024 and Sở Tài chính carries it from 2025', () => {
    expect(currentDepartment(all, 'so-khdt', 2024)?.vi).toBe('Sở Kế hoạch và Đầu tư');
    expect(currentDepartment(all, 'so-khdt', 2025)?.vi).toBe('Sở Tài chính');
  });

  it('Sở TN&MT and Sở NN&PTNT both become Sở Nông nghiệp và Môi trường; Sở TT&TT becomes Sở KH&CN; Sở LĐ-TB&XH goes to Sở Nội vụ', () => {
    expect(currentDepartment(all, 'so-tnmt', 2025)?.id).toBe('so-nn-mt');
    expect(currentDepartment(all, 'so-nnptnt', 2026)?.id).toBe('so-nn-mt');
    expect(currentDepartment(all, 'so-tttt', 2025)?.id).toBe('so-khcn');
    expect(currentDepartment(all, 'so-ldtbxh', 2025)?.id).toBe('so-noi-vu');
  });

  it('every renaming is marked as general knowledge [U], as departments.md says', () => {
    const changed = all.filter((d) => d.change);
    expect(changed.map((d) => d.id).sort()).toEqual(['so-gtvt', 'so-khdt', 'so-ldtbxh', 'so-nnptnt', 'so-tnmt', 'so-tttt', 'ubnd-cap-huyen']);
    expect(changed.every((d) => d.change!.evidence === 'U')).toBe(true);
  });

  it('the 2025 list has no merged departments; the 2024 list has no Sở Nông nghiệp và Môi trường yet', () => {
    const in2025 = departmentsForYear(defaultDepartments, NO_EDITS, 2025).map((d) => d.id);
    const in2024 = departmentsForYear(defaultDepartments, NO_EDITS, 2024).map((d) => d.id);
    expect(in2025).not.toContain('so-khdt');
    expect(in2025).toContain('so-nn-mt');
    expect(in2024).toContain('so-khdt');
    expect(in2024).not.toContain('so-nn-mt');
  });

  it('Sở Tài chính answers for work assigned to Sở KH&ĐT (predecessors)', () => {
    expect(predecessorsAndSelf(all, 'so-tai-chinh')).toEqual(['so-tai-chinh', 'so-khdt']);
    expect(predecessorsAndSelf(all, 'so-nn-mt').sort()).toEqual(['so-nn-mt', 'so-nnptnt', 'so-tnmt']);
  });

  it('names as typed resolve by abbreviation or full name, without diacritics or case', () => {
    expect(matchDepartment(all, 'Sở KH&ĐT')?.id).toBe('so-khdt');
    expect(matchDepartment(all, 'so ke hoach va dau tu')?.id).toBe('so-khdt');
    expect(matchDepartment(all, 'DONRE')?.id).toBe('so-tnmt');
    expect(matchDepartment(all, 'Ban Quản lý KKT')).toBeUndefined();
  });

  it('a province renames, hides and adds departments without changing the catalogue', () => {
    const added = customDepartment({ vi: 'Ban Quản lý Khu kinh tế', en: 'Economic Zone Authority' });
    const edits = { added: [added], renamed: { 'ban-xtdt': { vi: 'Ban Xúc tiến và Hỗ trợ đầu tư', en: 'Investment Promotion Board' } }, hidden: ['so-gtvt'] };
    const list = departmentsForYear(defaultDepartments, edits, 2016);
    expect(list.find((d) => d.id === 'ban-xtdt')?.vi).toBe('Ban Xúc tiến và Hỗ trợ đầu tư');
    expect(list.some((d) => d.id === 'so-gtvt')).toBe(false);
    expect(list.find((d) => d.id === 'custom-ban-quan-ly-khu-kinh-te')?.custom).toBe(true);
    expect(defaultDepartments.departments.find((d) => d.id === 'ban-xtdt')?.vi).toBe('Ban/Trung tâm Xúc tiến và Hỗ trợ đầu tư');
  });
});

describe('assignment template (departments.md)', () => {
  it('covers every main component of PCI 2024, PAPI 2024, PAR 2024 and SIPAS 2024', () => {
    for (const id of ['PCI', 'PAPI', 'PAR', 'SIPAS']) {
      const components = mainComponents(getIndex(defaultCatalogue, id), 2024).map((c) => c.id);
      expect(Object.keys(defaultTemplate.indices[id].components).sort()).toEqual(components.sort());
    }
  });

  it('every department it names is in the catalogue and every source it cites exists', () => {
    for (const ix of Object.values(defaultTemplate.indices)) {
      for (const entry of [ix.focal, ...Object.values(ix.components)]) {
        for (const id of [entry.lead, ...(entry.alternatives ?? []), ...(entry.coOwners ?? [])]) expect(all.some((d) => d.id === id), id).toBe(true);
        for (const s of entry.sources) expect(defaultTemplate.sources[s], s).toBeDefined();
      }
    }
  });

  it('PCI Gia nhập thị trường: lead Sở KH&ĐT, confirmed [C] by Nam Định; from 2025 suggested as Sở Tài chính', () => {
    const in2017 = templateSuggestion(defaultTemplate, all, 'PCI', 'entry_costs', 2017)!;
    expect(in2017.lead).toBe('so-khdt');
    expect(in2017.evidence).toBe('C');
    expect(in2017.sources[0].vi).toContain('Nam Định');
    const in2025 = templateSuggestion(defaultTemplate, all, 'PCI', 'entry_costs', 2025)!;
    expect(in2025.lead).toBe('so-tai-chinh');
    expect(in2025.leadBefore).toBe('so-khdt');
  });

  it('evidence levels follow departments.md: land access [S], transparency [U], equal competition [C], PAPI participation [C]', () => {
    const level = (index: string, component: string) => defaultTemplate.indices[index].components[component].evidence;
    expect(level('PCI', 'land_access')).toBe('S');
    expect(level('PCI', 'transparency')).toBe('U');
    expect(level('PCI', 'equal_competition')).toBe('C');
    expect(level('PCI', 'labour_training')).toBe('S');
    expect(level('PAPI', 'participation')).toBe('C');
    expect(defaultTemplate.indices.PAR.focal.evidence).toBe('C');
    expect(defaultTemplate.indices.PAPI.focal.evidence).toBe('S');
  });

  it('PAR e-government suggested for Sở TT&TT in 2024 and Sở KH&CN in 2025 (co-owner merged into the lead, not listed twice)', () => {
    expect(templateSuggestion(defaultTemplate, all, 'PAR', 'e_government', 2024)).toMatchObject({ lead: 'so-tttt', coOwners: ['so-khcn'] });
    expect(templateSuggestion(defaultTemplate, all, 'PAR', 'e_government', 2025)).toMatchObject({ lead: 'so-khcn', coOwners: [] });
  });
});

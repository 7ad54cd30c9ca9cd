import { lazy, type ComponentType } from 'react';
// The rank table is the first screen: bundled with the app (no second round trip before it can draw); the rest load on demand.
import Rankings from '@/features/rankings';
import type { Localised } from '@/domain/catalogue/types';

export interface TabDef {
  id: string;
  label: Localised;
  component: ComponentType;
}

/** The app's views; each lives in its own feature folder. */
export const TABS: TabDef[] = [
  { id: 'overview', label: { vi: 'Tổng quan', en: 'Overview' }, component: lazy(() => import('@/features/overview')) },
  { id: 'rankings', label: { vi: 'Bảng xếp hạng', en: 'Rankings' }, component: Rankings },
  { id: 'profile', label: { vi: 'Hồ sơ tỉnh', en: 'Province profile' }, component: lazy(() => import('@/features/profile')) },
  { id: 'indicators', label: { vi: 'Chỉ tiêu', en: 'Indicators' }, component: lazy(() => import('@/features/indicators')) },
  { id: 'trends', label: { vi: 'Xu hướng', en: 'Trends' }, component: lazy(() => import('@/features/trends')) },
  { id: 'map', label: { vi: 'Bản đồ', en: 'Map' }, component: lazy(() => import('@/features/map')) },
  { id: 'followup', label: { vi: 'Phân công & theo dõi', en: 'Assignments & follow-up' }, component: lazy(() => import('@/features/followup')) },
  { id: 'province', label: { vi: 'Trong tỉnh (DDCI)', en: 'Inside the province' }, component: lazy(() => import('@/features/province')) },
  { id: 'import', label: { vi: 'Nhập dữ liệu', en: 'Import data' }, component: lazy(() => import('@/features/import')) },
  { id: 'brief', label: { vi: 'Bản tóm tắt', en: 'Brief' }, component: lazy(() => import('@/features/brief')) },
  { id: 'report', label: { vi: 'Báo cáo', en: 'Report' }, component: lazy(() => import('@/features/report')) },
  { id: 'data', label: { vi: 'Dữ liệu & nguồn', en: 'Data & sources' }, component: lazy(() => import('@/features/coverage')) },
];

/**
 * Around each view: a view that fails says so (which view, in the user's language) and the rest of the app —
 * header, tabs, pickers, the other views — keeps working. Changing tab (or the view's key) tries again.
 */
import { Component, type ReactNode } from 'react';
import type { Lang } from '@/domain/catalogue/types';

interface Props {
  /** The view's name as the tab shows it. */
  view: string;
  lang: Lang;
  children: ReactNode;
}

const TEXT = {
  vi: (view: string) => `Màn hình "${view}" gặp lỗi và không hiển thị được với lựa chọn này (địa chỉ trang có thể chứa tỉnh, chỉ số hoặc năm không hợp lệ). Hãy chọn lại tỉnh, chỉ số, năm hoặc mở màn hình khác; các màn hình khác vẫn dùng được.`,
  en: (view: string) => `The "${view}" view failed and cannot be shown with this choice (the page address may hold a province, index or year that does not exist). Choose the province, index or year again, or open another view; the other views still work.`,
};

export class ViewErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="view-error" data-testid="view-error">
        {TEXT[this.props.lang](this.props.view)}
      </p>
    );
  }
}

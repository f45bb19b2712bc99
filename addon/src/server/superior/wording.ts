/** How the backend's answers to the superior's features are worded (a 403 says who may use them). */
import type { ApiWording } from '../backend/client.ts';

export const SUPERIOR_WORDING: ApiWording = {
  action: 'của cấp ủy cấp trên',
  after: '',
  forbidden:
    'Các chức năng tổng hợp, giao chỉ tiêu và báo cáo dành cho ban tổ chức cấp ủy cấp trên của đơn vị. Nếu bạn phụ trách việc này, đề nghị quản trị viên PTĐV thêm email của bạn với vai trò cấp ủy cấp trên.',
};

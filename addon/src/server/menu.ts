/** The add-on menu, built the same way in every auth mode. */
import type { Services } from './adapters/services.ts';
import type { EntryPoint } from './entrypoints.ts';

/** The add-on menu (Tiện ích mở rộng → PTĐV): caption → entry point. */
export const MENU_ITEMS: ReadonlyArray<readonly [string, EntryPoint] | null> = [
  ['Mở bảng điều khiển', 'showSidebar'],
  ['Kiểm tra danh sách', 'menuCheck'],
  ['Soạn kế hoạch', 'menuPlan'],
  ['Văn bản cuộc họp', 'menuPapers'],
  ['Gửi báo cáo lên cấp trên', 'menuReport'],
  null,
  // the superior's (ban tổ chức): shown to everyone; a secretary is told what they are for
  ['Tổng hợp các chi bộ', 'menuAggregate'],
  ['Giao chỉ tiêu', 'menuTargets'],
  ['Soạn báo cáo (cấp trên)', 'menuSuperiorReport'],
  null,
  ['Tạo bảng mẫu', 'menuTemplate'],
];

/**
 * Builds the menu. Safe in every auth mode, AuthMode.NONE included (a spreadsheet opened before
 * the add-on was authorised there): it touches nothing but the UI.
 */
export function buildMenu(s: Services): void {
  const menu = s.SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === null) menu.addSeparator();
    else menu.addItem(item[0], item[1]);
  }
  menu.addToUi();
}

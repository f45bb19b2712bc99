import { describe, expect, test } from 'vitest';
import { createFake } from '../../addon/fake/index.ts';
import { COMPUTED_FILL } from '../../addon/src/common/palette.ts';
import { createAddon } from '../../addon/src/server/app.ts';
import { createTemplate } from '../../addon/src/server/features/template/template.ts';
import { CANDIDATES } from '../../addon/src/server/sheet/candidateColumns.ts';
import { MEETINGS } from '../../addon/src/server/sheet/meetingColumns.ts';
import { CONFIG_ITEMS, MEMBERS } from '../../addon/src/server/sheet/tabColumns.ts';
import { CHECK_OPTIONS, NOW, values } from './fixtures.ts';

const TAB_NAMES = ['Quần chúng', 'Đảng viên', 'Họp chi bộ', 'Chỉ tiêu', 'Ngày nghỉ', 'Cấu hình'];

describe('Tạo bảng mẫu on an empty spreadsheet', () => {
  const fake = createFake({ locale: 'en_US' });
  fake.spreadsheet.addSheet('Trang tính1');
  const report = createTemplate(fake.services, NOW);

  test('creates the six tabs and says so', () => {
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(fake.spreadsheet.sheets.map((s) => s.name)).toEqual(['Trang tính1', ...TAB_NAMES]);
    expect(report.changed).toBe(true);
    expect(report.lines.filter((l) => l.startsWith('Đã tạo bảng'))).toHaveLength(6);
    expect(report.lines).toContain(
      'Đã đặt vùng của bảng tính là Việt Nam, để ngày gõ vào được hiểu là ngày/tháng/năm.',
    );
    expect(fake.spreadsheet.locale).toBe('vi_VN');
  });

  test('canonical headers with hint notes, frozen header, grey protected computed columns', () => {
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const headers = sheet.dump()[0]!;
    const expected = CANDIDATES.columns.filter((c) => !c.optional).map((c) => c.header);
    expect(headers).toEqual(expected);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.frozenColumns).toBe(2);
    expect(sheet.note(1, 7)).toMatch(/dd\/mm\/yyyy/); // Ngày sinh
    const awareness = headers.indexOf('Ngày cấp GCN lớp nhận thức') + 1;
    expect(sheet.note(1, awareness)).toMatch(/CN-NTVĐ/);
    const stage = headers.indexOf('Giai đoạn') + 1;
    expect(sheet.note(1, stage)).toMatch(/^🔒/);
    expect(sheet.background(5, stage)).toBe(COMPUTED_FILL);
    expect(sheet.background(5, headers.indexOf('Ngày sinh') + 1)).toBe('#ffffff');
    const protectedCols = sheet.protections.map((p) => [
      p.rect.column,
      p.rect.numColumns,
      p.warningOnly,
      p.description,
    ]);
    expect(protectedCols).toEqual([
      [1, 1, true, 'PTĐV: cột tính tự động'],
      [3, 4, true, 'PTĐV: cột tính tự động'],
    ]);
  });

  test('dropdowns for categorical columns, dd/mm/yyyy dates', () => {
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const headers = sheet.dump()[0] as string[];
    const col = (h: string) => headers.indexOf(h) + 1;
    expect(sheet.validation(2, col('Giới tính'))?.values).toEqual(['Nam', 'Nữ']);
    expect(sheet.validation(500, col('Đoàn viên'))?.values).toEqual(['Có', 'Không']);
    expect(sheet.validation(2, col('Đối tượng'))?.values).toContain('Học sinh');
    // a dropdown's header note lists its choices once (the category's listed them twice)
    for (const h of ['Giới tính', 'Đoàn viên', 'Đối tượng', 'Trình độ học vấn']) {
      expect(sheet.note(1, col(h)).split('Chọn trong danh sách').length, h).toBe(2);
    }
    expect(sheet.note(1, col('Đối tượng'))).toBe(
      'Chọn trong danh sách: Học sinh, Sinh viên, Giáo viên, Nhân viên, Công nhân, Nông dân, Lực lượng vũ trang, Khác.',
    );
    expect(sheet.validation(2, col('Trình độ học vấn'))?.values).toContain('THCS');
    expect(sheet.validation(2, col('Ngày viết đơn'))?.kind).toBe('date');
    expect(sheet.format(2, col('Ngày sinh'))).toBe('dd/mm/yyyy');
    expect(sheet.format(999, col('Ngày lễ kết nạp'))).toBe('dd/mm/yyyy');
    expect(sheet.format(2, col('Sớm nhất đủ điều kiện về thời gian'))).toBe('dd/mm/yyyy');
  });

  test('an example row that explains itself, whose introducer is the example member', () => {
    const cand = fake.spreadsheet.sheet('Quần chúng');
    const headers = cand.dump()[0] as string[];
    const name = cand.cell(2, headers.indexOf('Họ và tên') + 1);
    expect(name).toMatch(/^Ví dụ: .*xóa dòng này khi nhập danh sách thật/);
    const member = fake.spreadsheet.sheet('Đảng viên');
    expect(member.cell(2, 2)).toBe(cand.cell(2, headers.indexOf('Người giới thiệu 1') + 1));
    expect(fake.spreadsheet.sheet('Chỉ tiêu').cell(2, 1)).toBe(2026);
    const config = fake.spreadsheet.sheet('Cấu hình').dump();
    expect(config.slice(1).map((r) => r[0])).toEqual(CONFIG_ITEMS.map((i) => i.label));
  });

  test('the example row is never checked, counted or sent, and the sidebar says so at the top', () => {
    const addon = createAddon(() => fake.services, CHECK_OPTIONS);
    const result = addon.sidebarCheck();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.total).toBe(1);
    expect(result.checked).toBe(0);
    expect(Object.values(result.counts).reduce((a, b) => a + b, 0)).toBe(0);
    expect(result.people).toEqual([]);
    expect(result.hasExampleRow).toBe(true);
    expect(result.notices[0]).toMatchObject({ title: 'Bảng còn dòng ví dụ' });
    expect(result.notices[0]?.text).toContain('không được kiểm tra, không tính và không gửi đi');
    expect(result.info.join('\n')).not.toMatch(/không thuộc mẫu/);
    expect(result.sheetProblems).toEqual([]);
  });

  test('a second run changes nothing and says so', () => {
    const before = fake.spreadsheet.sheets.map(values);
    const again = createTemplate(fake.services, NOW);
    expect(again.ok && again.changed).toBe(false);
    expect(again.ok && again.lines.filter((l) => l.includes('giữ nguyên'))).toHaveLength(6);
    expect(fake.spreadsheet.sheets.map(values)).toEqual(before);
  });
});

describe('Tạo bảng mẫu on a spreadsheet with data', () => {
  function setup() {
    const fake = createFake();
    // the user's own order, an extra column, a title row above the headers, some values
    const user = [
      ['Danh sách quần chúng ưu tú'],
      ['Họ tên', 'Số điện thoại', 'Sinh ngày', 'Giới tính', 'Ngày viết đơn'],
      ['Nguyễn Văn A', '0900000001', '01/02/2007', 'Nam', '03/04/2026'],
      ['Trần Thị B', '0900000002', '05/06/2006', 'Nữ', ''],
    ];
    const sheet = fake.spreadsheet.addSheet('Quần chúng', user);
    sheet.maxColumns = 6;
    const members = fake.spreadsheet.addSheet('Đảng viên', [
      ['Họ và tên', 'Ngày kết nạp', 'Ngày chính thức'],
      ['Lê Văn C', '01/01/2010', '01/01/2011'],
    ]);
    fake.spreadsheet.addSheet('Cấu hình', [['Tên chi bộ', 'Chi bộ Trường X']]);
    return { fake, sheet, members, user };
  }

  test('adds only what is missing, at the right, and reports it', () => {
    const { fake, sheet, user } = setup();
    const report = createTemplate(fake.services, NOW);
    if (!report.ok) throw new Error('failed');
    // the user's columns and values did not move or change
    const after = sheet.dump();
    for (let r = 0; r < user.length; r++) {
      for (let c = 0; c < user[r]!.length; c++) expect(after[r]![c], `R${r + 1}C${c + 1}`).toBe(user[r]![c]);
    }
    const headers = after[1] as string[];
    expect(headers.slice(0, 5)).toEqual(user[1]);
    // what was missing is after them, in the template's order
    const canonical = CANDIDATES.columns.filter((c) => !c.optional).map((c) => c.header);
    const missing = canonical.filter(
      (h) => !['Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày viết đơn'].includes(h),
    );
    expect(headers.slice(5)).toEqual(missing);
    expect(sheet.maxColumns).toBeGreaterThanOrEqual(5 + missing.length);
    expect(sheet.frozenRows).toBe(2);
    const line = report.lines.find((l) => l.startsWith('Bảng “Quần chúng” đã có dữ liệu'));
    expect(line).toMatch(/thêm \d+ cột còn thiếu ở bên phải \(“Mã”, “Giai đoạn”/);
    expect(line).toMatch(/cố định dòng tiêu đề/);
    expect(report.lines.some((l) => l.startsWith('Bảng “Đảng viên” đã có dữ liệu: thêm 8 cột'))).toBe(true);
    expect(report.lines.some((l) => l.startsWith('Đã tạo bảng “Chỉ tiêu”'))).toBe(true);
    expect(report.lines.some((l) => l.startsWith('Bảng “Cấu hình”: đã thêm 11 mục còn thiếu'))).toBe(true);
    expect(report.lines.at(-1)).toBe(
      'Không xóa, không di chuyển cột nào và không sửa giá trị nào bạn đã nhập.',
    );
    // no example row is added under the user's data
    expect(sheet.lastRow()).toBe(4);
  });

  test('a tab with data but no recognisable header is left alone', () => {
    const fake = createFake();
    const sheet = fake.spreadsheet.addSheet('Quần chúng', [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const report = createTemplate(fake.services, NOW);
    expect(report.ok && report.lines[0]).toMatch(
      /không thấy dòng tiêu đề quen thuộc — tiện ích không sửa gì/,
    );
    expect(sheet.dump()).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('locale other than Vietnamese on a sheet with data: a warning, not a change', () => {
    const { fake } = setup();
    fake.spreadsheet.locale = 'en_US';
    const report = createTemplate(fake.services, NOW);
    expect(fake.spreadsheet.locale).toBe('en_US');
    expect(report.ok && report.lines.some((l) => l.includes('“en_US”') && l.includes('ngày 4 tháng 3'))).toBe(
      true,
    );
  });

  test('the lock: a second template run waits for the first', () => {
    const { fake } = setup();
    fake.lock.busy = true;
    const report = createTemplate(fake.services, NOW);
    expect(report.ok).toBe(false);
    expect(!report.ok && report.title).toBe('Bảng tính đang bận');
  });

  test('MEMBERS headers are the contract', () => {
    expect(MEMBERS.columns.map((c) => c.header)).toEqual([
      'Mã',
      'Họ và tên',
      'Ngày vào đơn vị',
      'Ngày kết nạp',
      'Ngày chính thức',
      'Miễn sinh hoạt',
      'Sinh hoạt tạm thời nơi khác',
      'Ngày quyết định kết nạp',
      'Ngày NQ chi bộ đề nghị công nhận chính thức',
      'Số phiếu tán thành công nhận',
      'Ngày quyết định công nhận chính thức',
    ]);
  });

  test('the "Họp chi bộ" tab offers the members’ names as the chair’s and note-taker’s dropdowns', () => {
    const { fake } = setup();
    createTemplate(fake.services, NOW);
    const meetings = fake.spreadsheet.sheet('Họp chi bộ');
    expect(meetings.dump()[0]).toEqual(MEETINGS.columns.map((c) => c.header));
    for (const column of [2, 3]) {
      const rule = meetings.validation(2, column) as {
        kind: string;
        source?: { sheet: string; column: number; row: number };
      };
      // the members tab of setup() has its names in column A, under the header of row 1
      expect(rule).toMatchObject({ kind: 'range', source: { sheet: 'Đảng viên', column: 1, row: 2 } });
    }
  });
});

/** Issue 14: nothing a user types breaks a check (headers, dates, the example row, odd cells). */
import { describe, expect, test } from 'vitest';
import { createTemplate } from '../../addon/src/server/features/template/template.ts';
import { BACKEND, col, demo, NOW, ok, rowOf } from './fixtures.ts';

const letter = (c: number) => String.fromCharCode(64 + c);

describe('headers as users write them', () => {
  test('a header that starts with a canonical name is that column ("Ngày sinh quần chúng")', () => {
    const plain = ok(demo({ backendUrl: BACKEND }).addon.sidebarCheck());
    const { fake, addon } = demo({ backendUrl: BACKEND });
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    sheet.values.set(0, col(sheet, 'Ngày sinh') - 1, 'Ngày sinh quần chúng');
    const result = ok(addon.sidebarCheck());
    expect(result.checked).toBe(plain.checked);
    expect(result.counts).toEqual(plain.counts);
    expect(JSON.stringify(result)).not.toContain('thiếu ngày sinh');
  });

  test('a misspelt header is reported at the top with the exact fix, and the template adds no second column', () => {
    const { fake, addon } = demo({ backendUrl: BACKEND });
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const birth = col(sheet, 'Ngày sinh');
    sheet.values.set(0, birth - 1, 'Ngày snh');
    const result = ok(addon.sidebarCheck());
    expect(result.notices[0]).toEqual({
      level: 'warning',
      title: 'Tiêu đề cột cần sửa',
      text: `Bảng “Quần chúng”, cột ${letter(birth)} “Ngày snh” có phải “Ngày sinh”? Đổi tên tiêu đề thành “Ngày sinh” rồi kiểm tra lại.`,
    });
    const report = createTemplate(fake.services, NOW);
    expect(report.ok).toBe(true);
    const headers = sheet.dump()[0] as string[];
    expect(headers).not.toContain('Ngày sinh');
    expect(headers.filter((h) => h === 'Ngày snh')).toHaveLength(1);
    expect(report.ok && report.lines.join('\n')).toContain('“Ngày snh” có phải “Ngày sinh”?');
  });
});

describe('dates as users type them', () => {
  test('a year typed into a date cell (30/06/1905 in Sheets) is recognised: "có phải năm 2008?"', () => {
    const { fake, addon, bodies } = demo({ backendUrl: BACKEND });
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const row = rowOf(sheet, 'Phạm Thu Hà');
    const birth = col(sheet, 'Ngày sinh');
    sheet.values.set(row - 1, birth - 1, 2008);
    sheet.formats.set(row - 1, birth - 1, 'dd/mm/yyyy');
    const result = ok(addon.sidebarCheck());
    const note = sheet.note(row, birth);
    expect(note).toContain('Ô hiện ngày 30/06/1905 — có phải năm 2008?');
    expect(note).not.toMatch(/tuổi/);
    // the row is not checked with a 121-year-old's birth date
    const request = JSON.parse(bodies[0]!);
    expect(JSON.stringify(request)).not.toContain('1905-06-30');
    expect(result.ok).toBe(true);
  });

  test('a phone number typed over a date stops nothing: the cell says what was typed and what is expected', () => {
    const { fake, addon } = demo({ backendUrl: BACKEND });
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const row = rowOf(sheet, 'Phạm Thu Hà');
    const applied = col(sheet, 'Ngày viết đơn');
    sheet.values.set(row - 1, applied - 1, 912345678); // "0912345678" as Sheets stores it
    sheet.formats.set(row - 1, applied - 1, 'dd/mm/yyyy');
    const other = rowOf(sheet, 'Nguyễn Minh Anh');
    sheet.values.set(other - 1, applied - 1, 'gọi 0912345678');
    const result = ok(addon.sidebarCheck());
    expect(result.checked).toBeGreaterThan(5);
    expect(sheet.note(row, applied)).toMatch(/Số 912345678 [^\n]*Ô này cần một ngày dd\/mm\/yyyy/);
    expect(sheet.note(other, applied)).toContain('“gọi 0912345678”');
  });
});

describe('the template’s example row', () => {
  test('is never checked, counted or sent, and the sidebar says so at the top', () => {
    const plain = demo({ backendUrl: BACKEND });
    const before = ok(plain.addon.sidebarCheck());
    const { fake, addon, bodies } = demo({ backendUrl: BACKEND });
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const header = sheet.dump()[0] as string[];
    const ha = (sheet.dump()[rowOf(sheet, 'Phạm Thu Hà') - 1] as unknown[]).slice();
    ha[header.indexOf('Họ và tên')] = 'Ví dụ: Nguyễn Văn An (xóa dòng này khi nhập danh sách thật)';
    ha[header.indexOf('Mã')] = 'QC-VIDU';
    const last = sheet.dump().length;
    ha.forEach((v, c) => {
      sheet.values.set(last, c, v);
    });
    const result = ok(addon.sidebarCheck());
    expect(result.checked).toBe(before.checked);
    expect(result.counts).toEqual(before.counts);
    expect(bodies[0]).not.toContain('QC-VIDU');
    expect(result.people.map((p) => p.name)).not.toContain(ha[header.indexOf('Họ và tên')]);
    expect(result.notices.map((n) => n.title)).toContain('Bảng còn dòng ví dụ');
    expect(result.notices.find((n) => n.title === 'Bảng còn dòng ví dụ')?.text).toContain(`Dòng ${last + 1}`);
  });
});

describe('one line per problem', () => {
  test('a missing birth date gives one line in the sidebar, not two', () => {
    const { fake, addon } = demo({ backendUrl: BACKEND });
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const row = rowOf(sheet, 'Phạm Thu Hà');
    sheet.values.set(row - 1, col(sheet, 'Ngày sinh') - 1, '');
    const result = ok(addon.sidebarCheck());
    const person = result.people.find((p) => p.name === 'Phạm Thu Hà');
    expect(person).toBeDefined();
    const lines = [
      ...(person?.items.map((i) => i.text) ?? []),
      ...(person?.excluded ? [person.excluded] : []),
    ];
    expect(lines.filter((l) => /ngày sinh/i.test(l))).toHaveLength(1);
    expect(person?.stage).toBeNull();
  });
});

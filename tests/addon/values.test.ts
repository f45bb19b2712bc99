import { describe, expect, test } from 'vitest';
import { formatInZone, zonedMidnight } from '../../addon/fake/index.ts';
import {
  createDayReader,
  isDateValue,
  parseOffset,
  serialOfDay,
} from '../../addon/src/server/sheet/dates.ts';
import {
  parseCategory,
  parseCount,
  parseDay,
  parseDayOrMonth,
  parseEducation,
  parseEthnic,
  parseGender,
  parseReligion,
  parseYesNo,
} from '../../addon/src/server/sheet/values.ts';
import { toDay } from '../../shared/dates/day.ts';

const HCM = 'Asia/Ho_Chi_Minh';
const now = new Date('2026-11-21T03:00:00Z');
const reader = createDayReader(HCM, 420, now, toDay('2026-11-21'));

describe('Có/Không', () => {
  test.each([['Có'], ['có'], ['CÓ'], ['Co'], ['x'], ['✓'], [true], ['Đúng']])('%s → true', (v) => {
    expect(parseYesNo(v)).toEqual({ kind: 'ok', value: true });
  });
  test.each([['Không'], ['khong'], ['K'], ['ko'], [false], ['-'], ['Chưa']])('%s → false', (v) => {
    expect(parseYesNo(v)).toEqual({ kind: 'ok', value: false });
  });
  test('a misspelling is a problem that says what to write', () => {
    const p = parseYesNo('Cóo');
    expect(p.kind).toBe('problem');
    expect(p.kind === 'problem' && p.message).toMatch(
      /“Cóo” không phải Có\/Không — hãy chọn “Có” hoặc “Không”/,
    );
  });
  test('empty is unknown', () => {
    expect(parseYesNo('')).toEqual({ kind: 'empty' });
    expect(parseYesNo('  ')).toEqual({ kind: 'empty' });
  });
});

describe('categories', () => {
  test('gender, ethnicity, religion', () => {
    expect(parseGender('Nữ')).toEqual({ kind: 'ok', value: 'female' });
    expect(parseGender('nam')).toEqual({ kind: 'ok', value: 'male' });
    expect(parseGender('Khác').kind).toBe('problem');
    expect(parseEthnic('Kinh')).toEqual({ kind: 'ok', value: false });
    expect(parseEthnic('Tày')).toEqual({ kind: 'ok', value: true });
    expect(parseEthnic('')).toEqual({ kind: 'empty' });
    // contract.md §1: "Kinh" → false, any other group → true. "dân tộc Kinh" is Kinh; "Không" or
    // "x" names no group and must not count as a minority in the reports.
    expect(parseEthnic('dân tộc Kinh')).toEqual({ kind: 'ok', value: false });
    expect(parseEthnic('DT Kinh')).toEqual({ kind: 'ok', value: false });
    expect(parseEthnic('Dân tộc Tày')).toEqual({ kind: 'ok', value: true });
    expect(parseEthnic('Co')).toEqual({ kind: 'ok', value: true }); // the Co people, not "Có"
    for (const v of ['Không', 'không', 'Có', 'x']) {
      const parsed = parseEthnic(v);
      expect(parsed.kind, v).toBe('problem');
      expect(parsed.kind === 'problem' && parsed.message).toContain('không phải tên dân tộc');
    }
    expect(parseReligion('')).toEqual({ kind: 'ok', value: false });
    expect(parseReligion('Không')).toEqual({ kind: 'ok', value: false });
    expect(parseReligion('Phật giáo')).toEqual({ kind: 'ok', value: true });
  });
  test('Đối tượng', () => {
    expect(parseCategory('Học sinh')).toEqual({ kind: 'ok', value: 'student' });
    expect(parseCategory('HS')).toEqual({ kind: 'ok', value: 'student' });
    expect(parseCategory('sinh viên')).toEqual({ kind: 'ok', value: 'higherEducationStudent' });
    expect(parseCategory('Giáo viên')).toEqual({ kind: 'ok', value: 'teacher' });
    expect(parseCategory('Công an')).toEqual({ kind: 'ok', value: 'armedForces' });
    const p = parseCategory('Bác sĩ');
    expect(p.kind === 'problem' && p.message).toMatch(
      /không có trong danh sách — chọn một trong: Học sinh, Sinh viên/,
    );
  });
  test('Trình độ học vấn: a student in grade 10–12 has THCS', () => {
    expect(parseEducation('THCS')).toEqual({ kind: 'ok', value: 'lowerSecondary' });
    expect(parseEducation('Lớp 11')).toEqual({ kind: 'ok', value: 'lowerSecondary' });
    expect(parseEducation('10/12')).toEqual({ kind: 'ok', value: 'lowerSecondary' });
    expect(parseEducation('12/12')).toEqual({ kind: 'ok', value: 'upperSecondary' });
    expect(parseEducation('Cao đẳng/Đại học trở lên')).toEqual({ kind: 'ok', value: 'higher' });
    expect(parseEducation('Thạc sĩ')).toEqual({ kind: 'ok', value: 'higher' });
    expect(parseEducation('Tiểu học')).toEqual({ kind: 'ok', value: 'primary' });
    expect(parseEducation('giỏi').kind).toBe('problem');
  });
  test('counts', () => {
    expect(parseCount(5)).toEqual({ kind: 'ok', value: 5 });
    expect(parseCount('7')).toEqual({ kind: 'ok', value: 7 });
    expect(parseCount('năm').kind).toBe('problem');
    expect(parseCount(-1).kind).toBe('problem');
    expect(parseCount(2.5).kind).toBe('problem');
  });
});

describe('dates', () => {
  test('a Sheets date value is read in the spreadsheet zone, 1959–1975 (UTC+8) included', () => {
    for (const day of [
      '2026-11-21',
      '2008-01-01',
      '1965-06-15',
      '1970-05-01',
      '1975-06-12',
      '1975-06-13',
      '1943-04-01',
      '1900-03-01',
    ]) {
      const value = zonedMidnight(day, HCM);
      expect(reader.read(value), day).toBe(day);
    }
    expect(reader.exact).toBe(true);
    // a fixed UTC+7 reading would have got 1965 wrong: the cell is at 16:00 UTC the day before
    expect(zonedMidnight('1965-06-15', HCM).toISOString()).toBe('1965-06-14T16:00:00.000Z');
  });

  test('without Intl for the zone, the present offset and rounding still give the right day', () => {
    const fallback = createDayReader('Not/AZone', 420, now, toDay('2026-11-21'));
    expect(fallback.exact).toBe(false);
    for (const day of ['2026-11-21', '1965-06-15', '1970-05-01']) {
      expect(fallback.read(zonedMidnight(day, HCM)), day).toBe(day);
    }
  });

  test('another zone: dates are the zone’s local days', () => {
    const r = createDayReader(
      'America/New_York',
      -300,
      now,
      toDay(formatInZone(now, 'America/New_York', 'yyyy-MM-dd')),
    );
    expect(r.read(zonedMidnight('2026-07-04', 'America/New_York'))).toBe('2026-07-04');
  });

  test('text, serial numbers, impossible dates, month precision', () => {
    expect(parseDay('05/01/2026', reader.read)).toEqual({ kind: 'ok', value: '2026-01-05' });
    expect(parseDay('03/04/2025', reader.read)).toEqual({ kind: 'ok', value: '2025-04-03' });
    expect(parseDay('2026-01-05', reader.read)).toEqual({ kind: 'ok', value: '2026-01-05' });
    expect(parseDay(serialOfDay(toDay('2026-01-05')), reader.read)).toEqual({
      kind: 'ok',
      value: '2026-01-05',
    });
    const impossible = parseDay('31/06/2026', reader.read);
    expect(impossible.kind === 'problem' && impossible.message).toBe('Ngày 31/06/2026 không tồn tại.');
    const twoDigits = parseDay('05/01/26', reader.read);
    expect(twoDigits.kind === 'problem' && twoDigits.message).toMatch(/4 chữ số/);
    const month = parseDay('01/2026', reader.read);
    expect(month.kind === 'problem' && month.message).toMatch(/dd\/mm\/yyyy/);
    expect(parseDayOrMonth('07/2008', reader.read)).toEqual({ kind: 'ok', value: '2008-07' });
    const old = parseDay('05/01/1090', reader.read);
    expect(old.kind === 'problem' && old.message).toMatch(/1900–2200 — có gõ nhầm năm không/);
    expect(parseDay('', reader.read)).toEqual({ kind: 'empty' });
  });

  test('helpers', () => {
    expect(parseOffset('+0700')).toBe(420);
    expect(parseOffset('-0530')).toBe(-330);
    expect(isDateValue(new Date())).toBe(true);
    expect(isDateValue('2026-01-01')).toBe(false);
    expect(serialOfDay(toDay('1899-12-30'))).toBe(0);
    expect(serialOfDay(toDay('2026-01-05'))).toBe(46027);
  });
});

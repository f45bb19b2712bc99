import { describe, expect, it } from 'vitest';
import { guestsText, lacksPost, readGuests } from '../../../shared/meeting/guests.ts';

const line = (cell: string) => guestsText(readGuests(cell));

describe('the guests of a meeting, as the minutes write them', () => {
  it('writes each guest with the post typed after the name (comma, dash or brackets)', () => {
    expect(line('Hồ Thị Mỹ Lệ, Phó Bí thư Đảng ủy xã Đạ Đờn')).toBe(
      'đồng chí Hồ Thị Mỹ Lệ, Phó Bí thư Đảng ủy xã Đạ Đờn',
    );
    expect(line('đ/c Lê Văn Cao - Bí thư Đoàn trường; Bà Phan Thị Dịu (Chủ tịch Công đoàn)')).toBe(
      'đồng chí Lê Văn Cao, Bí thư Đoàn trường; bà Phan Thị Dịu, Chủ tịch Công đoàn',
    );
  });

  it('keeps a post of several parts with its guest, and starts a new guest at the next name', () => {
    const guests = readGuests('Hồ Thị Mỹ Lệ, Đảng ủy viên, Phó Chủ tịch UBND xã\nNgô Văn Em, Trần Thị Bích');
    expect(guests.map((g) => [g.name, g.post])).toEqual([
      ['Hồ Thị Mỹ Lệ', 'Đảng ủy viên, Phó Chủ tịch UBND xã'],
      ['Ngô Văn Em', ''],
      ['Trần Thị Bích', ''],
    ]);
    expect(guests.filter(lacksPost).map((g) => g.name)).toEqual(['Ngô Văn Em', 'Trần Thị Bích']);
  });

  it('writes a body sent as a guest without "đồng chí", and "không có" for none', () => {
    expect(line('Đại diện Đảng ủy xã Đinh Văn')).toBe('đại diện Đảng ủy xã Đinh Văn');
    expect(readGuests('Đại diện Đảng ủy xã Đinh Văn').filter(lacksPost)).toEqual([]);
    expect(line('')).toBe('không có');
    expect(line(' ; \n')).toBe('không có');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  committeeOf,
  documentNumber,
  onBehalfOf,
  organisationOf,
  upper,
} from '../../../shared/documents/header.ts';
import { joinVi, monthList, percent, range, share, two } from '../../../shared/documents/numbers.ts';

describe('numbers the Vietnamese way', () => {
  it('writes two digits below 10', () => {
    expect([0, 3, 9, 10, 17, 120].map(two)).toEqual(['00', '03', '09', '10', '17', '120']);
  });

  it('writes ranges and collapses equal ends', () => {
    expect(range(3, 5)).toBe('từ 03 đến 05');
    expect(range(5, 3)).toBe('từ 03 đến 05');
    expect(range(4, 4)).toBe('04');
  });

  it('writes percentages with one decimal and a decimal comma', () => {
    expect(percent(0.75)).toBe('75,0%');
    expect(percent(14 / 11)).toBe('127,3%');
    expect(percent(2 / 3)).toBe('66,7%');
    expect(percent(0)).toBe('0,0%');
    expect(share(3, 4)).toBe('75,0%');
    expect(share(3, 0)).toBeUndefined();
    expect(share(3, undefined)).toBeUndefined();
  });

  it('joins with "và" and lists months', () => {
    expect(joinVi([])).toBe('');
    expect(joinVi(['a'])).toBe('a');
    expect(joinVi(['a', 'b', 'c'])).toBe('a, b và c');
    expect(monthList([9, 3, 9])).toBe('tháng 03 và tháng 09');
  });
});

describe('header wording', () => {
  it('numbers documents "Số 03-KH/CB", keeps a full number, leaves a blank when none', () => {
    expect(documentNumber('3', 'KH', 'Chi bộ Trường A')).toBe('Số 03-KH/CB');
    expect(documentNumber('12', 'BC', 'Đảng bộ xã B')).toBe('Số 12-BC/ĐU');
    expect(documentNumber('05-KH/CB', 'KH', 'Chi bộ A')).toBe('Số 05-KH/CB');
    expect(documentNumber('Số 05-KH/CB', 'KH', 'Chi bộ A')).toBe('Số 05-KH/CB');
    expect(documentNumber(undefined, 'KH', 'Chi bộ A')).toMatch(/^Số {2,}-KH\/CB$/);
  });

  it('prints one number one way, however it is typed, and two numbers as two', () => {
    // "Số 7" printed as "Số 7" beside another paper's "Số 07-NQ/CB" for the number 7
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), (a, b) => {
        const forms = (n: number) => [String(n), two(n), `Số ${n}`, `số ${two(n)}`, ` ${n} `];
        const printed = (n: number) => new Set(forms(n).map((f) => documentNumber(f, 'NQ', 'Chi bộ A')));
        expect([...printed(a)]).toEqual([`Số ${two(a)}-NQ/CB`]);
        if (a !== b) expect(printed(b).has(`Số ${two(a)}-NQ/CB`)).toBe(false);
      }),
    );
  });

  it('names the committee of an organisation and back', () => {
    expect(committeeOf('Đảng bộ xã Đạ Đờn')).toBe('Đảng ủy xã Đạ Đờn');
    expect(committeeOf('Đảng bộ tỉnh Lâm Đồng')).toBe('Tỉnh ủy Lâm Đồng');
    expect(committeeOf('Chi bộ Trường THPT Lê Quý Đôn')).toBe('Chi bộ Trường THPT Lê Quý Đôn');
    expect(organisationOf('Đảng ủy xã Đạ Đờn')).toBe('Đảng bộ xã Đạ Đờn');
    expect(organisationOf('Huyện ủy Lâm Hà')).toBe('Đảng bộ huyện Lâm Hà');
    expect(organisationOf('Đảng bộ xã Đạ Đờn')).toBe('Đảng bộ xã Đạ Đờn');
  });

  it('signs on behalf of the body', () => {
    expect(onBehalfOf('Chi bộ Trường A')).toBe('T/M CHI BỘ');
    expect(onBehalfOf('Đảng bộ xã B')).toBe('T/M ĐẢNG ỦY');
    expect(upper('Đảng ủy xã Đạ Đờn')).toBe('ĐẢNG ỦY XÃ ĐẠ ĐỜN');
  });
});

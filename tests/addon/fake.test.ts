/**
 * The Apps Script fake is only worth what it refuses: values are read the way Google Sheets reads
 * what is written or typed, and UrlFetchApp throws on an HTTP error unless told not to.
 */
import { describe, expect, it } from 'vitest';
import { createFake, type FakeHttp } from '../../addon/fake/index.ts';

function sheetIn(locale: string) {
  const fake = createFake({ locale });
  const sheet = fake.spreadsheet.addSheet('Tab');
  return { fake, sheet, range: (a1: string) => sheet.range(a1) };
}

/** The day a date cell shows, in the spreadsheet's zone (Asia/Ho_Chi_Minh). */
function dayOf(v: unknown): string {
  expect(v).toBeInstanceOf(Date);
  return new Date((v as Date).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

describe('Sheets value coercion (setValues, and a user typing)', () => {
  it('a typed dd/mm/yyyy is a date in vi_VN, mm/dd/yyyy in en_US; ISO dates everywhere', () => {
    const vi = sheetIn('vi_VN');
    vi.sheet.type(1, 1, '01/02/2026');
    vi.range('A2').setValues([['2026-03-04']]);
    vi.range('A3').setValues([['5/6/26']]);
    const [[a], [b], [c]] = vi.range('A1:A3').getValues() as [[unknown], [unknown], [unknown]];
    expect([dayOf(a), dayOf(b), dayOf(c)]).toEqual(['2026-02-01', '2026-03-04', '2026-06-05']);
    expect(vi.sheet.format(1, 1)).toBe('dd/MM/yyyy');

    const us = sheetIn('en_US');
    us.sheet.type(1, 1, '01/02/2026');
    expect(dayOf(us.range('A1').getValues()[0]![0])).toBe('2026-01-02');
  });

  it('a user types only inside the grid: a column or row is added first, as in Sheets', () => {
    const { sheet } = sheetIn('vi_VN');
    const outside = sheet.maxColumns + 1;
    // the preview once let a value land past the last column; the next getDataRange() then failed
    expect(() => sheet.type(1, outside, 'Ghi chú riêng')).toThrow(/outside the dimensions/);
    sheet.insertColumnsAfter(sheet.maxColumns, 1);
    sheet.type(1, outside, 'Ghi chú riêng');
    expect(sheet.getDataRange().getValues()[0]![outside - 1]).toBe('Ghi chú riêng');
  });

  it('an impossible date stays text', () => {
    const { sheet, range } = sheetIn('vi_VN');
    sheet.type(1, 1, '31/02/2026');
    expect(range('A1').getValues()).toEqual([['31/02/2026']]);
  });

  it('"0012" becomes 12 unless the cell is plain text or the text starts with an apostrophe', () => {
    const { sheet, range } = sheetIn('vi_VN');
    range('B1').setNumberFormat('@');
    range('A1:C1').setValues([['0012', '0012', "'0012"]]);
    expect(range('A1:C1').getValues()).toEqual([[12, '0012', '0012']]);
    sheet.type(2, 1, '1,5');
    sheet.type(2, 2, '1.234.567');
    sheet.type(2, 3, '50%');
    expect(range('A2:C2').getValues()).toEqual([[1.5, 1234567, 0.5]]);
  });

  it('TRUE and FALSE are booleans; "=…" is a formula', () => {
    const { range } = sheetIn('vi_VN');
    range('A1:E1').setValues([['TRUE', 'false', '=1+2*3', '=DATE(2026;1;2)', '= Không đổi']]);
    const [row] = range('A1:E1').getValues() as [unknown[]];
    expect(row.slice(0, 3)).toEqual([true, false, 7]);
    expect(dayOf(row[3])).toBe('2026-01-02');
    expect(row[4]).toBe('#ERROR!');
    expect(range('A1:E1').getFormulas()).toEqual([['', '', '=1+2*3', '=DATE(2026;1;2)', '= Không đổi']]);
    // writing a plain value over a formula clears it
    range('C1').setValues([[5]]);
    expect(range('C1').getFormulas()).toEqual([['']]);
  });

  it('a number into a date-formatted cell stays a number, shown (and read) as a date', () => {
    const { sheet, range } = sheetIn('vi_VN');
    range('A1').setNumberFormat('dd/mm/yyyy');
    range('A1').setValues([[46023]]);
    expect(sheet.cell(1, 1)).toBe(46023);
    expect(sheet.format(1, 1)).toBe('dd/mm/yyyy');
    expect(dayOf(range('A1').getValues()[0]![0])).toBe('2026-01-01');
  });

  it('a Date written is read back as the same instant', () => {
    const { fake, range } = sheetIn('vi_VN');
    const day = fake.spreadsheet.date('2026-05-19');
    range('A1').setValues([[day]]);
    expect((range('A1').getValues()[0]![0] as Date).getTime()).toBe(day.getTime());
  });

  it('objects cannot be written', () => {
    const { range } = sheetIn('vi_VN');
    expect(() => range('A1').setValues([[{ a: 1 }]])).toThrow(/Cannot convert/);
  });
});

describe('UrlFetchApp and HTTP errors', () => {
  const notFound: FakeHttp = { status: 404, body: '{"error":"not found"}' };

  it('throws on a status of 400 or more without muteHttpExceptions, as Apps Script does', () => {
    const fake = createFake({ fetch: () => notFound });
    const { UrlFetchApp } = fake.services;
    expect(() => UrlFetchApp.fetch('https://api.example.org/v1/me', { method: 'get' })).toThrow(
      /Request failed for https:\/\/api\.example\.org\/v1\/me returned code 404\. Truncated server response: \{"error":"not found"\}/,
    );
    expect(() => UrlFetchApp.fetchAll([{ url: 'https://api.example.org/v1/me', method: 'get' }])).toThrow(
      /returned code 404/,
    );
  });

  it('answers the response with muteHttpExceptions: true', () => {
    const fake = createFake({ fetch: () => notFound });
    const { UrlFetchApp } = fake.services;
    const response = UrlFetchApp.fetch('https://api.example.org/v1/me', {
      method: 'get',
      muteHttpExceptions: true,
    });
    expect(response.getResponseCode()).toBe(404);
    const [all] = UrlFetchApp.fetchAll([
      { url: 'https://api.example.org/v1/me', method: 'get', muteHttpExceptions: true },
    ]);
    expect(all!.getResponseCode()).toBe(404);
  });
});

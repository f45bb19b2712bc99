/**
 * How many lines each table header takes when printed: the header's words wrapped, as Word and
 * LibreOffice wrap them, into its cell's width at 12 pt bold Times New Roman (the widths of
 * Times-Bold, the metrics Liberation Serif shares). Checked against the print of the old Bảng 1:
 * "Chỉ tiêu năm 2026" took 4 lines, "Tỷ lệ so với chỉ tiêu" 3, Bảng 2's old "Tổng số kết nạp" 3; this
 * estimate gives the same.
 */
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../shared/documents/model.ts';
import { headerRows } from '../../shared/documents/render/headerRows.ts';
import { columnWidths } from '../../worker/src/docx/blocks.ts';
import { fixtureDocuments } from '../fixtures/documents/all.ts';

// biome-ignore format: a table
const LOWER = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];
// biome-ignore format: a table
const UPPER = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];
/** Times-Bold advance widths, 1/1000 em. */
const WIDTH = new Map<string, number>([
  ...[...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [c, LOWER[i]!] as const),
  ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, UPPER[i]!] as const),
  ...[...'0123456789'].map((c) => [c, 500] as const),
  [' ', 250],
  ['/', 278],
  [':', 333],
  [',', 250],
  ['.', 250],
  ['(', 333],
  [')', 333],
  ['%', 1000],
  ['-', 333],
]);

/** 12 pt = 240 twips an em; the cell's margins are 70 twips a side (worker/src/docx/blocks.ts). */
const TWIPS_PER_EM = 240;
const CELL_MARGINS = 140;

function textWidth(s: string): number {
  let w = 0;
  // a Vietnamese letter is as wide as its base letter; đ as d
  for (const ch of s.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    w += WIDTH.get(ch) ?? 500;
  }
  return (w / 1000) * TWIPS_PER_EM;
}

/** The lines `text` wraps to in a cell `width` twips wide (a word too long for a line takes one). */
function wrappedLines(text: string, width: number): number {
  const room = width - CELL_MARGINS;
  let lines = 1;
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(next) > room) {
      lines += 1;
      line = word;
    } else line = next;
  }
  return lines;
}

type Table = Extract<Block, { kind: 'table' }>;

function tables(model: DocumentModel): Table[] {
  return model.body.filter((b): b is Table => b.kind === 'table');
}

/** Every header cell of a table (groups and columns) with the lines it prints on. */
function headerLines(t: Table): Array<{ text: string; lines: number }> {
  const widths = columnWidths(t.columns);
  return headerRows(t.columns).flatMap((row) =>
    row.map((h) => ({
      text: h.text,
      lines: wrappedLines(
        h.text,
        widths.slice(h.first, h.first + h.span).reduce((s, w) => s + w, 0),
      ),
    })),
  );
}

describe('table headers, as printed', () => {
  const docs = fixtureDocuments();

  it('agrees with the print of the old one-row Bảng 1 (the estimate itself)', () => {
    const old = [6, 32, 10, 10, 12, 12, 15, 15].map((width) => ({ header: '', width }));
    const w = columnWidths(old);
    expect(wrappedLines('Chỉ tiêu năm 2026', w[2]!)).toBe(4);
    expect(wrappedLines('Tỷ lệ so với chỉ tiêu', w[5]!)).toBe(3);
    expect(wrappedLines('Trong đó: 6 tháng đầu năm', w[6]!)).toBe(3);
  });

  it('keeps every header of the reports’ Bảng 1 to two lines, under a grouped first row', () => {
    for (const name of ['report-year', 'report-first-half']) {
      const t = tables(docs[name]!).find((b) => b.caption?.startsWith('Bảng 1.'));
      expect(t, name).toBeDefined();
      expect(headerRows(t!.columns), name).toHaveLength(2);
      for (const h of headerLines(t!)) expect(h.lines, `${name}: ${h.text}`).toBeLessThanOrEqual(2);
    }
  });

  it('keeps Bảng 3’s class columns to two lines under their group (four before)', () => {
    const t = tables(docs['report-year']!).find((b) => b.caption?.startsWith('Bảng 3.'))!;
    const lines = headerLines(t);
    for (const text of ['Lớp bồi dưỡng nhận thức về Đảng', 'Chỉ tiêu', 'Đã học', 'So với chỉ tiêu']) {
      expect(lines.find((h) => h.text === text)?.lines, text).toBeLessThanOrEqual(2);
    }
  });

  it('keeps Bảng 2’s headers to two lines, the breakdowns under "Trong đó" (four lines before)', () => {
    for (const name of ['report-year', 'report-first-half']) {
      const t = tables(docs[name]!).find((b) => b.caption?.startsWith('Bảng 2.'))!;
      expect(headerRows(t.columns)[0]!.map((h) => h.text)).toContain('Trong đó');
      for (const h of headerLines(t)) expect(h.lines, `${name}: ${h.text}`).toBeLessThanOrEqual(2);
    }
  });

  it('groups Bảng 1 by year, the half-years under the time of admission', () => {
    const t = tables(docs['report-year']!).find((b) => b.caption?.startsWith('Bảng 1.'))!;
    const [top, below] = headerRows(t.columns);
    expect(top!.map((h) => [h.text, h.span])).toEqual([
      ['TT', 1],
      ['Tổ chức đảng', 1],
      ['Năm 2025', 1],
      ['Năm 2026', 3],
      ['Thời gian kết nạp', 2],
    ]);
    expect(below!.map((h) => h.text)).toEqual([
      'Kết nạp',
      'Chỉ tiêu',
      'Kết nạp',
      'So với chỉ tiêu',
      '6 tháng đầu năm',
      'Từ 01/7 đến 15/12',
    ]);
  });
});

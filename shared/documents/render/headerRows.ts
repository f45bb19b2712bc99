/**
 * A table's header as rows of cells: one row when no column has a group; otherwise two, the
 * groups over their columns in the first ("Năm 2026" over "Chỉ tiêu | Kết nạp | …") and the
 * ungrouped columns spanning both. Shared by every renderer, so the .docx, the HTML and the text
 * print one header.
 */
import type { Column } from '../model.ts';

export interface HeaderCell {
  text: string;
  /** the index of the first column it covers */
  first: number;
  /** how many columns it covers */
  span: number;
  /** how many header rows it covers: 2 for an ungrouped column of a grouped header */
  rows: 1 | 2;
}

export function headerRows(columns: readonly Column[]): HeaderCell[][] {
  if (!columns.some((c) => c.group !== undefined)) {
    return [columns.map((c, i) => ({ text: c.header, first: i, span: 1, rows: 1 }))];
  }
  const top: HeaderCell[] = [];
  const below: HeaderCell[] = [];
  columns.forEach((c, i) => {
    if (c.group === undefined) {
      top.push({ text: c.header, first: i, span: 1, rows: 2 });
      return;
    }
    const last = top[top.length - 1];
    // Only adjacent columns of one group share its cell.
    if (last !== undefined && last.rows === 1 && columns[i - 1]?.group === c.group) last.span += 1;
    else top.push({ text: c.group, first: i, span: 1, rows: 1 });
    below.push({ text: c.header, first: i, span: 1, rows: 1 });
  });
  return [top, below];
}

/** A column's header with its group, for one-line renderings: "Năm 2026: Chỉ tiêu". */
export function fullHeader(c: Column): string {
  return c.group === undefined ? c.header : `${c.group}: ${c.header}`;
}

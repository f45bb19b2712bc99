/**
 * Loads tabs of rows into the fake spreadsheet the way a user's sheet holds them: a `{ date }`
 * cell becomes a real date cell (serial number, dd/mm/yyyy format; getValues() gives a Date),
 * everything else is stored as typed.
 */
import type { DemoCell, DemoTab } from '../preview/demo.ts';
import type { FakeSheet } from './sheet.ts';
import type { FakeSpreadsheet } from './spreadsheet.ts';

const MS_PER_DAY = 86_400_000;

export function serial(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY) + 25_569;
}

export function loadTab(sheet: FakeSheet, rows: readonly (readonly DemoCell[])[], startRow = 1): FakeSheet {
  sheet.maxRows = Math.max(sheet.maxRows, startRow + rows.length + 10);
  sheet.maxColumns = Math.max(sheet.maxColumns, ...rows.map((r) => r.length));
  rows.forEach((row, i) => {
    row.forEach((cell, c) => {
      const r = startRow - 1 + i;
      if (typeof cell === 'object' && cell !== null && 'date' in cell) {
        sheet.values.set(r, c, serial(cell.date));
        sheet.formats.set(r, c, 'dd/mm/yyyy');
      } else {
        sheet.values.set(r, c, cell);
      }
    });
  });
  return sheet;
}

export function loadWorkbook(spreadsheet: FakeSpreadsheet, tabs: readonly DemoTab[]): void {
  for (const tab of tabs) loadTab(spreadsheet.addSheet(tab.name), tab.rows);
}

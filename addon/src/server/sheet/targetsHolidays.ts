/** The small tabs: "Chỉ tiêu" (the year's targets) and "Ngày nghỉ" (holidays and make-up workdays). */
import type { Day } from '../../../../shared/dates/day.ts';
import type { Targets } from '../../../../shared/schemas/request.ts';
import { type Collector, reportHeaders, type Table } from './table.ts';
import { type DayOfDate, parseCount, parseDay, parseDayKind, parseYear } from './values.ts';

export function buildTargets(table: Table | undefined, year: number, c: Collector): Targets | undefined {
  if (table === undefined || table.headers.headerRow === 0) return undefined;
  reportHeaders(table, c);
  const yearCol = table.headers.columns.get('year');
  if (yearCol === undefined) return undefined;
  let found: Targets | undefined;
  let foundRow = 0;
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const values = table.values[r]!;
    const y = parseYear(values[yearCol]);
    if (y.kind === 'problem') {
      c.add(table, r + 1, yearCol, y.message, 'warning');
      continue;
    }
    if (y.kind !== 'ok' || y.value !== year) continue;
    if (found !== undefined) {
      c.add(
        table,
        r + 1,
        yearCol,
        `Năm ${year} đã có chỉ tiêu ở dòng ${foundRow} — chỉ đọc dòng đó.`,
        'warning',
      );
      continue;
    }
    const targets: Targets = {};
    for (const id of ['admitted', 'students', 'women', 'awarenessClass'] as const) {
      const col = table.headers.columns.get(id);
      if (col === undefined) continue;
      const n = parseCount(values[col]);
      if (n.kind === 'ok') targets[id] = n.value;
      else if (n.kind === 'problem') c.add(table, r + 1, col, n.message, 'warning');
    }
    found = targets;
    foundRow = r + 1;
  }
  return found;
}

export function buildHolidays(table: Table | undefined, dayOfDate: DayOfDate, c: Collector) {
  const holidays: Day[] = [];
  const workdays: Day[] = [];
  if (table === undefined || table.headers.headerRow === 0) return { holidays, workdays };
  reportHeaders(table, c);
  const dayCol = table.headers.columns.get('day');
  const kindCol = table.headers.columns.get('kind');
  if (dayCol === undefined) return { holidays, workdays };
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const values = table.values[r]!;
    const day = parseDay(values[dayCol], dayOfDate);
    if (day.kind === 'problem') {
      c.add(table, r + 1, dayCol, day.message, 'warning');
      continue;
    }
    if (day.kind !== 'ok') continue;
    const kind =
      kindCol === undefined ? ({ kind: 'ok', value: 'holiday' } as const) : parseDayKind(values[kindCol]);
    if (kind.kind === 'problem') {
      c.add(table, r + 1, kindCol!, kind.message, 'warning');
      continue;
    }
    if (kind.kind === 'ok' && kind.value === 'workday') workdays.push(day.value);
    else holidays.push(day.value);
  }
  return { holidays: [...new Set(holidays)], workdays: [...new Set(workdays)] };
}

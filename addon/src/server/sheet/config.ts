/** "Cấu hình": two columns, a label and its value. */

import type { Day } from '../../../../shared/dates/day.ts';
import { UNIT_ID } from '../../../../shared/schemas/vocabulary.ts';
import { cellText, fold, isBlank } from './normalize.ts';
import { CONFIG_ITEMS, type ConfigItem } from './tabColumns.ts';
import { Collector, type Table } from './table.ts';
import { type DayOfDate, parseDay, parseYesNo } from './values.ts';

export interface ConfigValues {
  unitName?: string;
  superiorName?: string;
  place?: string;
  secretaryName?: string;
  hasYouthUnion?: boolean;
  hasTradeUnion?: boolean;
  backendUrl?: string;
  unitId?: string;
  /** the projection's lead times (an estimate): the next awareness class, the regular meeting day */
  nextClassDate?: Day;
  meetingDay?: number;
  /** the superior's document that gave the targets (for the documents' legal basis) */
  targetsDocumentNumber?: string;
  targetsDocumentDate?: Day;
}

/** "5", "ngày 5", "5 hằng tháng" → 5; anything else is not a day of the month. */
function parseDayOfMonth(value: unknown): number | undefined {
  const m = /^(?:ngày\s*)?(\d{1,2})(?:\s*(?:hằng|hàng)\s*tháng)?$/i.exec(cellText(value).trim());
  const n = typeof value === 'number' ? value : m ? Number(m[1]) : Number.NaN;
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : undefined;
}

export function buildConfig(table: Table | undefined, c: Collector, dayOfDate?: DayOfDate): ConfigValues {
  const config: ConfigValues = {};
  if (table === undefined) return config;
  // Two columns: the label, then its value. Header row optional.
  const labelCol = table.headers.columns.get('label') ?? 0;
  const valueCol = table.headers.columns.get('value') ?? 1;
  const lookup = new Map<string, ConfigItem>();
  for (const item of CONFIG_ITEMS)
    for (const text of [item.label, ...item.aliases]) lookup.set(fold(text), item);
  const seen = new Set<string>();
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const values = table.values[r]!;
    const item = lookup.get(fold(cellText(values[labelCol])).replace(/^\d+ /, ''));
    if (item === undefined || seen.has(item.id)) continue;
    seen.add(item.id);
    const value = values[valueCol];
    if (isBlank(value)) continue;
    if (item.kind === 'date') {
      if (dayOfDate === undefined) continue;
      const parsed = parseDay(value, dayOfDate);
      if (parsed.kind === 'ok') config[item.id as 'nextClassDate' | 'targetsDocumentDate'] = parsed.value;
      else if (parsed.kind === 'problem') c.add(table, r + 1, valueCol, parsed.message, 'warning');
    } else if (item.kind === 'dayOfMonth') {
      const day = parseDayOfMonth(value);
      if (day !== undefined) config.meetingDay = day;
      else {
        c.add(
          table,
          r + 1,
          valueCol,
          `“${cellText(value)}” không phải ngày trong tháng — ghi một số từ 1 đến 31 (ví dụ 5 nếu chi bộ họp ngày 5 hằng tháng).`,
          'warning',
        );
      }
    } else if (item.kind === 'yesNo') {
      const parsed = parseYesNo(value);
      if (parsed.kind === 'ok') config[item.id as 'hasYouthUnion' | 'hasTradeUnion'] = parsed.value;
      else if (parsed.kind === 'problem') c.add(table, r + 1, valueCol, parsed.message, 'warning');
    } else {
      const text = cellText(value);
      (config as Record<string, string>)[item.id] = text;
    }
  }
  return config;
}

/** "Cấu hình" alone (the superior's actions read nothing else). */
export function configOf(table: Table | undefined): ConfigValues {
  return buildConfig(table, new Collector());
}

export { UNIT_ID };

/** The unit's id as "Cấu hình" gives it, when it is one the backend can know. */
export function unitIdOf(config: ConfigValues): string | undefined {
  const id = config.unitId?.trim().toLowerCase();
  return id && UNIT_ID.test(id) ? id : undefined;
}

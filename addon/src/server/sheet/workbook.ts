/**
 * What the plan and the report read from the spreadsheet: every tab once, the request the check
 * would send (for a chosen year), the configuration, and each row's key → name (names stay here:
 * they fill the documents inside Google).
 */
import { SECRETARY_KEY } from '../../../../shared/documents/names.ts';
import type { Failure } from '../../common/model.ts';
import { noListFailure } from '../actions/failures.ts';
import { type Clock, clockOf } from '../adapters/clock.ts';
import type { Services, SheetLike, SpreadsheetLike } from '../adapters/services.ts';
import { CANDIDATES } from './candidateColumns.ts';
import type { TabDef } from './columns.ts';
import { createDayReader, parseOffset } from './dates.ts';
import { type BuildOutcome, buildRequest } from './rows.ts';
import { findSheets, readSheet, similarSheetName } from './sheets.ts';
import { CONFIG, HOLIDAYS, MEMBERS, TARGETS } from './tabColumns.ts';
import type { Table } from './table.ts';
import type { DayOfDate } from './values.ts';

export interface WorkbookContext {
  ss: SpreadsheetLike;
  clock: Clock;
  sheets: Map<TabDef, SheetLike>;
  tables: Map<TabDef, Table>;
  build: BuildOutcome;
  /** how this run reads a Date cell (for tabs read after the request, e.g. "Họp chi bộ") */
  dayOfDate: DayOfDate;
}

/** Reads every tab once and builds the request for `year` (as of today). */
export function readWorkbook(s: Services, now: Date, year?: number): WorkbookContext | Failure {
  const ss = s.SpreadsheetApp.getActive();
  const clock = clockOf(s, ss, now);
  const offset = parseOffset(s.Utilities.formatDate(now, clock.timeZone, 'Z')) ?? 420;
  const reader = createDayReader(clock.timeZone, offset, now, clock.today);
  const sheets = findSheets(ss, [CANDIDATES, MEMBERS, TARGETS, HOLIDAYS, CONFIG]);
  if (!sheets.has(CANDIDATES)) return noListFailure(similarSheetName(ss, CANDIDATES));
  const tables = new Map<TabDef, Table>();
  for (const [tab, sheet] of sheets) tables.set(tab, readSheet(tab, sheet));
  const get = (tab: TabDef) => tables.get(tab);
  const build = buildRequest({
    asOf: clock.today,
    ...(year === undefined ? {} : { year }),
    dayOfDate: reader.read,
    ...(get(CANDIDATES) ? { candidates: get(CANDIDATES)! } : {}),
    ...(get(MEMBERS) ? { members: get(MEMBERS)! } : {}),
    ...(get(TARGETS) ? { targets: get(TARGETS)! } : {}),
    ...(get(HOLIDAYS) ? { holidays: get(HOLIDAYS)! } : {}),
    ...(get(CONFIG) ? { config: get(CONFIG)! } : {}),
  });
  return { ss, clock, sheets, tables, build, dayOfDate: reader.read };
}

/**
 * Every name a document may ask for: candidates and members by row key, the signer by its
 * reserved key. A row without a name is left out (its placeholder is reported, not guessed).
 */
export function namesOf(build: BuildOutcome, signer: { key: string; name: string }): Record<string, string> {
  const names: Record<string, string> = {};
  for (const p of [...build.members, ...build.candidates]) {
    if (p.name !== '' && p.key !== SECRETARY_KEY) names[p.key] = p.name;
  }
  if (signer.name.trim() !== '') names[signer.key] = signer.name.trim();
  return names;
}

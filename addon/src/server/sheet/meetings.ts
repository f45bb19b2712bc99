/**
 * The "Họp chi bộ" tab → meeting records: names → member keys (the names stay here), each absent
 * member's reason from the brackets, the date read like every other date. A cell that cannot be
 * read is named by row and column; the meeting is still listed, with what could be read.
 */

import { formatDay } from '../../../../shared/dates/format.ts';
import { lacksPost, readGuests } from '../../../../shared/meeting/guests.ts';
import type { Absence, Meeting } from '../../../../shared/meeting/schema.ts';
import { MEETINGS } from './meetingColumns.ts';
import { cellText, fold, nameKey } from './normalize.ts';
import type { PersonRow, Table } from './table.ts';
import { type DayOfDate, parseDay } from './values.ts';

export interface MeetingRow {
  /** 1-based sheet row */
  row: number;
  /** "12/03/2026", or the cell as typed when it is not a date */
  label: string;
  /** undefined when the date cannot be read */
  meeting?: Meeting;
  /** free text: filled into the minutes inside Google, never sent */
  guests: string;
  /** what could not be read, each naming the cell */
  problems: string[];
}

/** "A (ốm), B; C" or one per line → [{ name, reason? }]. Commas inside brackets stay with the reason. */
export function splitNames(text: string): Array<{ name: string; reason?: string }> {
  const out: Array<{ name: string; reason?: string }> = [];
  let depth = 0;
  let current = '';
  const push = () => {
    const m = /^(.*?)\s*(?:\((.*)\))?\s*$/s.exec(current.trim());
    const name = (m?.[1] ?? '').trim();
    const reason = m?.[2]?.trim();
    if (name !== '') out.push(reason ? { name, reason } : { name });
    current = '';
  };
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '\n')) push();
    else current += ch;
  }
  push();
  return out;
}

function colLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Reads every meeting row; `members` are the members tab's rows (name → key). */
export function readMeetings(
  table: Table | undefined,
  members: readonly PersonRow[],
  dayOfDate: DayOfDate,
): MeetingRow[] {
  if (table === undefined || table.headers.headerRow === 0) return [];
  const byName = new Map<string, string[]>();
  const byFolded = new Map<string, string[]>();
  for (const m of members) {
    if (!m.included || m.name === '') continue;
    byName.set(nameKey(m.name), [...(byName.get(nameKey(m.name)) ?? []), m.key]);
    byFolded.set(fold(m.name), [...(byFolded.get(fold(m.name)) ?? []), m.name]);
  }
  const cols = table.headers.columns;
  const out: MeetingRow[] = [];
  for (let r = table.headers.headerRow; r < table.values.length; r++) {
    const values = table.values[r]!;
    const cell = (id: string) => {
      const c = cols.get(id);
      return c === undefined ? '' : values[c];
    };
    const where = (id: string) => {
      const c = cols.get(id);
      const header = MEETINGS.columns.find((d) => d.id === id)?.header ?? id;
      return `dòng ${r + 1}, cột “${header}”${c === undefined ? '' : ` (${colLetter(c)}${r + 1})`}`;
    };
    if (MEETINGS.columns.every((d) => cellText(cell(d.id)) === '')) continue;
    const problems: string[] = [];
    const parsed = parseDay(cell('date'), dayOfDate);
    const label = parsed.kind === 'ok' ? formatDay(parsed.value) : cellText(cell('date')) || `dòng ${r + 1}`;
    if (parsed.kind === 'problem') problems.push(`${where('date')}: ${parsed.message}`);
    if (parsed.kind === 'empty') problems.push(`${where('date')}: chưa ghi ngày họp.`);
    const keyOf = (name: string, id: string): string | undefined => {
      const keys = byName.get(nameKey(name));
      if (keys !== undefined && keys.length === 1) return keys[0];
      const near = byFolded.get(fold(name));
      problems.push(
        keys !== undefined
          ? `${where(id)}: có ${keys.length} đảng viên tên “${name}” ở bảng “Đảng viên”.`
          : `${where(id)}: không tìm thấy đảng viên “${name}” ở bảng “Đảng viên”.${near?.length === 1 ? ` Có phải “${near[0]}”?` : ''}`,
      );
      return undefined;
    };
    const guests = cellText(cell('guests'));
    const unposted = readGuests(guests).filter(lacksPost);
    if (unposted.length > 0)
      problems.push(
        `${where('guests')}: chưa ghi chức vụ của ${unposted.map((g) => `“${g.name}”`).join(', ')}. Trích biên bản ghi khách mời kèm chức vụ; ghi sau họ tên, ví dụ: Hồ Thị Mỹ Lệ, Phó Bí thư Đảng ủy xã.`,
      );
    const row: MeetingRow = { row: r + 1, label, guests, problems };
    if (parsed.kind === 'ok') {
      const meeting: Meeting = { date: parsed.value, absent: [] };
      const chair = cellText(cell('chair'));
      const clerk = cellText(cell('clerk'));
      if (chair) {
        const k = keyOf(chair, 'chair');
        if (k) meeting.chairKey = k;
      }
      if (clerk) {
        const k = keyOf(clerk, 'clerk');
        if (k) meeting.clerkKey = k;
      }
      const absent: Absence[] = [];
      for (const [id, withReason] of [
        ['absentWithReason', true],
        ['absentWithoutReason', false],
      ] as const) {
        for (const p of splitNames(cellText(cell(id)))) {
          const k = keyOf(p.name, id);
          if (k === undefined || absent.some((a) => a.memberKey === k)) continue;
          // Listed under "có lý do" without one: the reason is not known, but there was one.
          absent.push(
            withReason ? { memberKey: k, reason: (p.reason ?? 'có lý do').slice(0, 200) } : { memberKey: k },
          );
        }
      }
      meeting.absent = absent;
      const voters = splitNames(cellText(cell('exemptVoters')))
        .map((p) => keyOf(p.name, 'exemptVoters'))
        .filter((k): k is string => k !== undefined);
      if (voters.length > 0) meeting.exemptVoters = voters;
      const place = cellText(cell('place'));
      if (place) meeting.place = place.slice(0, 200);
      row.meeting = meeting;
    }
    out.push(row);
  }
  return out;
}

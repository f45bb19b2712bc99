/**
 * The words the meeting papers share: counts (zero in words), placeholders, the legal basis, the
 * meeting's opening and its attendance, the vote. Everything is the product's own prose; the
 * numbers come from the meeting review (shared/meeting), computed once.
 */
import type { Day } from '../../dates/day.ts';
import { formatDay, formatDayLong } from '../../dates/format.ts';
import type { Attendance } from '../../meeting/attendance.ts';
import type { MeetingReview } from '../../meeting/review.ts';
import type { Tally } from '../../meeting/vote.ts';
import type { Ruleset } from '../../rules/rulesets.ts';
import { type Block, type Inline, name, para, text } from '../model.ts';
import { joinVi, two } from '../numbers.ts';
import type { PaperDocument } from './schema.ts';

/** "[Cần bổ sung: …]": what only people can write, left visible in the draft. */
export const placeholder = (what: string): Inline => text(`[Cần bổ sung: ${what}]`, { bold: true });

/** "02 đồng chí", or the zero said in words ("không có"). */
export function count(n: number, noun: string, zero = 'không có'): string {
  return n === 0 ? zero : `${two(n)} ${noun}`;
}

/** A member's name in a sentence: "đồng chí <name>", or a placeholder when the sheet gave none. */
export function comrade(key: string | undefined, role: string): Array<string | Inline> {
  return key === undefined ? [placeholder(role)] : ['đồng chí ', name(key)];
}

/** "đồng chí A, đồng chí B và đồng chí C" as runs. */
export function comrades(keys: readonly string[], suffix?: (key: string) => string): Array<string | Inline> {
  const out: Array<string | Inline> = [];
  keys.forEach((key, i) => {
    if (i > 0) out.push(i === keys.length - 1 ? ' và ' : ', ');
    out.push('đồng chí ', name(key));
    if (suffix) out.push(suffix(key));
  });
  return out;
}

/** "Căn cứ …;" lines: the Charter's article, the texts in force on the meeting day, the procedure. */
export function basisLines(ruleset: Ruleset, article: string | undefined): Block[] {
  const { charter, regulation, guidance, procedure } = ruleset.texts;
  return [
    para(`Căn cứ ${article ? `${article} ` : ''}${charter.title};`),
    para(`Căn cứ ${regulation.title};`),
    para(`Căn cứ ${guidance.title};`),
    para(`Căn cứ ${procedure.title};`),
  ];
}

/** "Ngày 12 tháng 03 năm 2026, tại …, Chi bộ … họp để …". */
export function opening(
  review: MeetingReview,
  unitName: string,
  place: string | undefined,
  purpose: ReadonlyArray<string | Inline>,
): Block {
  const where = place ? `, tại ${place}` : '';
  const d = formatDayLong(review.date);
  return para(
    `${d.charAt(0).toLocaleUpperCase('vi')}${d.slice(1)}${where}, ${unitName} họp `,
    ...purpose,
    '.',
  );
}

/**
 * The chair's post when the chair signs the paper ("Bí thư chi bộ", or the signer's title): the
 * sheet has no posts, so nothing else is said.
 */
export function chairPost(doc: PaperDocument): string | undefined {
  if (doc.chairIsSigner !== true) return undefined;
  const title = (doc.signerTitle ?? 'Bí thư').trim();
  return `${title.charAt(0).toLocaleUpperCase('vi')}${title.slice(1)} chi bộ`;
}

/** "đồng chí …, Bí thư chi bộ" when the post is known, else "đồng chí …" (or the placeholder). */
function chair(att: Attendance, post: string | undefined): Array<string | Inline> {
  const who = comrade(att.chairKey, 'người chủ trì cuộc họp');
  return post !== undefined && att.chairKey !== undefined ? [...who, `, ${post}`] : who;
}

/** The attendance figures, then the chair and note-taker, as the resolutions state them. */
export function attendanceLines(att: Attendance, post?: string): Array<Array<string | Inline>> {
  return [...attendanceFigures(att), chairLine(att, post)];
}

/** "Chủ trì: đồng chí …[, Bí thư chi bộ]; thư ký: đồng chí …." */
export function chairLine(att: Attendance, post?: string): Array<string | Inline> {
  return ['Chủ trì: ', ...chair(att, post), '; thư ký: ', ...comrade(att.clerkKey, 'thư ký cuộc họp'), '.'];
}

/** Members in total, present, absent: the figures of the attendance. */
export function attendanceFigures(att: Attendance): Array<Array<string | Inline>> {
  const m = att.members;
  const lines: Array<Array<string | Inline>> = [
    [
      `Tổng số đảng viên của chi bộ: ${count(m.total, 'đồng chí')}, gồm ${count(m.full, 'đảng viên chính thức', 'không có đảng viên chính thức')} và ${count(m.probationary, 'đảng viên dự bị', 'không có đảng viên dự bị')}.`,
    ],
  ];
  const apart: string[] = [];
  if (att.exempt.total > 0) apart.push(`${two(att.exempt.total)} đồng chí miễn sinh hoạt`);
  if (att.away.total > 0) apart.push(`${two(att.away.total)} đồng chí sinh hoạt tạm thời nơi khác`);
  if (apart.length > 0) lines.push([`Không thuộc diện phải dự họp: ${joinVi(apart)}.`]);
  const p = att.present;
  lines.push([
    `Có mặt: ${count(p.total, 'đồng chí', 'không có đồng chí nào')}${p.total > 0 ? ` (${count(p.full, 'chính thức', 'không có chính thức')}, ${count(p.probationary, 'dự bị', 'không có dự bị')})` : ''}.`,
  ]);
  const withReason = att.absentWithReason.length;
  const without = att.absentWithoutReason.length;
  lines.push([
    withReason + without === 0
      ? 'Vắng mặt: không có.'
      : `Vắng mặt: ${two(withReason + without)} đồng chí (${count(withReason, 'có lý do', 'không có ai có lý do')}; ${count(without, 'không có lý do', 'không có ai vắng không lý do')}).`,
  ]);
  return lines;
}

/** The attendance in one paragraph, for the short resolutions of a monthly meeting. */
export function attendanceSummary(att: Attendance, post?: string): Array<string | Inline> {
  const p = att.present;
  const absent = att.absentWithReason.length + att.absentWithoutReason.length;
  const apart = att.exempt.total + att.away.total;
  return [
    `Chi bộ có ${count(att.members.total, 'đảng viên', 'không có đảng viên')} (${count(att.members.full, 'chính thức', 'không có chính thức')}, ${count(att.members.probationary, 'dự bị', 'không có dự bị')}); `,
    `có mặt ${count(p.total, 'đồng chí', 'không có đồng chí nào')}`,
    absent === 0
      ? ', không có ai vắng'
      : `, vắng ${two(absent)} đồng chí (${count(att.absentWithReason.length, 'có lý do', 'không ai có lý do')})`,
    apart === 0
      ? ''
      : `, ${joinVi([
          ...(att.exempt.total > 0 ? [`${two(att.exempt.total)} đồng chí miễn sinh hoạt`] : []),
          ...(att.away.total > 0 ? [`${two(att.away.total)} đồng chí sinh hoạt tạm thời nơi khác`] : []),
        ])}`,
    '. Chủ trì: ',
    ...chair(att, post),
    '; thư ký: ',
    ...comrade(att.clerkKey, 'thư ký cuộc họp'),
    '.',
  ];
}

/** Who the two thirds are taken over, said plainly when some full members are left out or added. */
export function countedPhrase(att: Attendance, t: Tally): string {
  const voted = new Set(att.exemptVoters);
  const notVoting = (keys: readonly string[], full: number) => full - keys.filter((k) => voted.has(k)).length;
  const notes: string[] = [];
  const exempt = notVoting(att.exempt.keys, att.exempt.full);
  const away = notVoting(att.away.keys, att.away.full);
  if (exempt > 0) notes.push(`${two(exempt)} đồng chí miễn sinh hoạt`);
  if (away > 0) notes.push(`${two(away)} đồng chí sinh hoạt tạm thời nơi khác`);
  const left = notes.length > 0 ? `không tính ${joinVi(notes)} không tham gia biểu quyết` : '';
  const added =
    att.exemptVoters.length > 0
      ? `có tính ${two(att.exemptVoters.length)} đồng chí miễn sinh hoạt hoặc sinh hoạt tạm thời nơi khác đã tham gia biểu quyết`
      : '';
  const both = [left, added].filter((x) => x !== '').join('; ');
  return `${two(t.counted)} đảng viên chính thức của chi bộ${both ? ` (${both})` : ''}`;
}

/** "Tán thành: 05/06 …, đạt 83,3%; không tán thành: …". */
export function voteLines(att: Attendance, t: Tally, about: string): Array<Array<string | Inline>> {
  const lines: Array<Array<string | Inline>> = [
    [
      `Số đảng viên chính thức tán thành ${about}: ${count(t.votesFor, 'đồng chí', 'không có đồng chí nào')}, trên tổng số ${countedPhrase(att, t)}, đạt ${t.percent}, ${
        t.passed
          ? 'bảo đảm ít nhất hai phần ba số đảng viên chính thức của chi bộ theo quy định'
          : `không đủ hai phần ba số đảng viên chính thức của chi bộ (cần ít nhất ${two(t.needed)} đồng chí)`
      }.`,
    ],
  ];
  lines.push(
    t.against === 0
      ? ['Số đảng viên chính thức không tán thành: không có.']
      : [
          `Số đảng viên chính thức không tán thành: ${two(t.against)} đồng chí; lý do: `,
          placeholder('ý kiến, lý do của đảng viên không tán thành'),
          '.',
        ],
  );
  return lines;
}

/** "12/03/2026": short dates in running text. */
export const day = (d: Day): string => formatDay(d);

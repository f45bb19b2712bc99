import { formatDay } from '../../dates/format.ts';
import { isMonthOnly } from '../../dates/months.ts';
import type { AdmissionItem, MeetingReview } from '../../meeting/review.ts';
import type { Candidate } from '../../schemas/request.ts';
import { committeeOf } from '../header.ts';
import { type Block, type DocumentModel, heading, type Inline, list, name, para } from '../model.ts';
import { paperModel } from './frame.ts';
import {
  attendanceLines,
  basisLines,
  chairPost,
  comrade,
  comrades,
  opening,
  placeholder,
  voteLines,
} from './phrases.ts';
import type { PaperDocument } from './schema.ts';

const CATEGORY_WORDS: Record<NonNullable<Candidate['category']>, string> = {
  student: 'học sinh',
  higherEducationStudent: 'sinh viên',
  teacher: 'giáo viên',
  staff: 'nhân viên',
  worker: 'công nhân',
  farmer: 'nông dân',
  armedForces: 'lực lượng vũ trang',
  other: '',
};

export function categoryWord(c: Candidate): string {
  return c.category ? CATEGORY_WORDS[c.category] : '';
}

/** "sinh ngày 10/04/2008", or "sinh tháng 04/2008" when the sheet knows only the month. */
export function bornPhrase(c: Candidate): string {
  return isMonthOnly(c.birthDate)
    ? `sinh tháng ${formatDay(c.birthDate)}`
    : `sinh ngày ${formatDay(c.birthDate)}`;
}

/**
 * The union committees that introduced the person, each with its resolution's date:
 * "Ban Chấp hành Công đoàn cơ sở (nghị quyết ngày 20/01/2026)" (forms.md: 4-KNĐ, 4A-KNĐ).
 */
export function unionIntroducers(c: Candidate): string[] {
  const out: string[] = [];
  if (c.youthUnionResolutionDate)
    out.push(`Ban Chấp hành Đoàn cơ sở (nghị quyết ngày ${formatDay(c.youthUnionResolutionDate)})`);
  if (c.tradeUnionResolutionDate)
    out.push(`Ban Chấp hành Công đoàn cơ sở (nghị quyết ngày ${formatDay(c.tradeUnionResolutionDate)})`);
  return out;
}

/** "Người giới thiệu: đồng chí A, đảng viên chính thức, và Ban Chấp hành Công đoàn cơ sở (…)." */
function introducersLine(c: Candidate): Array<string | Inline> | undefined {
  const members = (c.introducers ?? []).flatMap((i) => (i.memberKey ? [i.memberKey] : []));
  const unions = unionIntroducers(c);
  if (members.length === 0 && unions.length === 0) return undefined;
  const line: Array<string | Inline> = ['Người giới thiệu: '];
  if (members.length > 0) {
    line.push(...comrades(members));
    line.push(members.length === 1 ? ', đảng viên chính thức' : ', đều là đảng viên chính thức');
    if (unions.length > 0) line.push(', và ');
  }
  line.push(unions.join(' và '), '.');
  return line;
}

/** What the sheet knows of the person, and placeholders for what it must not hold. */
function identity(c: Candidate): Array<Array<string | Inline>> {
  const lines: Array<Array<string | Inline>> = [['Họ và tên: ', name(c.key), `; ${bornPhrase(c)}.`]];
  const role = categoryWord(c);
  // the occupation is asked for only when the line above has not already said it
  const saysOccupation = role !== '';
  if (c.joinedUnitDate) {
    const verb = c.category === 'student' || c.category === 'higherEducationStudent' ? 'học tập' : 'công tác';
    lines.push([
      `${role ? `${role.charAt(0).toLocaleUpperCase('vi')}${role.slice(1)}, ` : ''}${verb} tại đơn vị từ ngày ${formatDay(c.joinedUnitDate)}.`,
    ]);
  } else if (role) {
    lines.push([`Đối tượng: ${role}.`]);
  }
  if (c.youthUnionMember) lines.push(['Là đoàn viên Đoàn Thanh niên Cộng sản Hồ Chí Minh.']);
  lines.push([
    saysOccupation ? 'Quê quán, nơi ở hiện nay: ' : 'Quê quán, nơi ở hiện nay, nghề nghiệp: ',
    placeholder('theo lý lịch của người xin vào Đảng'),
    '.',
  ]);
  if (c.awarenessCertificateDate)
    lines.push([
      `Được cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng ngày ${formatDay(c.awarenessCertificateDate)}.`,
    ]);
  const by = introducersLine(c);
  if (by) lines.push(by);
  return lines;
}

/** 6-KNĐ: the cell's resolution proposing that a candidate be admitted. The item has no refusal. */
export function admissionResolution(
  review: MeetingReview,
  item: AdmissionItem,
  doc: PaperDocument,
  place?: string,
): DocumentModel {
  const c = item.candidate;
  const t = item.tally!;
  const committee = committeeOf(doc.superiorName);
  const body: Block[] = [
    ...basisLines(review.ruleset, 'Điều 4'),
    opening(review, doc.unitName, place, [
      'để xét, đề nghị kết nạp quần chúng ',
      name(c.key),
      ' vào Đảng Cộng sản Việt Nam',
    ]),
    list('dash', attendanceLines(review.attendance, chairPost(doc))),
    para(
      'Sau khi nghe báo cáo hồ sơ, ý kiến của đảng viên giới thiệu và của các tổ chức liên quan, chi bộ thảo luận và thống nhất:',
    ),
    heading(2, '1.', 'Về người được xét'),
    list('dash', identity(c)),
    heading(2, '2.', 'Ưu điểm, khuyết điểm chính'),
    para(
      placeholder(
        'ưu điểm, khuyết điểm về phẩm chất chính trị, đạo đức, lối sống, năng lực công tác, quan hệ quần chúng',
      ),
    ),
    heading(2, '3.', 'Về lịch sử chính trị'),
    para(
      ...(c.backgroundVerifiedDate
        ? [
            `Lý lịch của quần chúng đã được cấp ủy cơ sở chứng nhận ngày ${formatDay(c.backgroundVerifiedDate)}. `,
          ]
        : []),
      placeholder('nhận xét về lịch sử chính trị của bản thân và gia đình, theo kết quả thẩm tra lý lịch'),
    ),
    heading(2, '4.', 'Kết quả biểu quyết'),
    list('dash', voteLines(review.attendance, t, 'đề nghị kết nạp')),
    heading(2, '5.', 'Đề nghị'),
    para(
      'Quần chúng ',
      name(c.key),
      ` có đủ tiêu chuẩn, điều kiện vào Đảng. Chi bộ đề nghị ${committee} xem xét, quyết định kết nạp quần chúng `,
      name(c.key),
      ' vào Đảng Cộng sản Việt Nam.',
    ),
  ];
  if (c.helperKey)
    body.push(
      para(
        'Chi bộ phân công ',
        ...comrade(c.helperKey, 'đảng viên giúp đỡ'),
        ' tiếp tục giúp đỡ quần chúng ',
        name(c.key),
        ' cho đến khi được kết nạp.',
      ),
    );
  body.push(
    para(
      `Cấp ủy có thẩm quyền xem xét, quyết định trong 60 ngày làm việc kể từ ngày chi bộ có nghị quyết, tức chậm nhất ngày ${formatDay(item.decisionDue)}; chi bộ tổ chức lễ kết nạp trong 30 ngày làm việc kể từ ngày nhận được quyết định.`,
    ),
  );
  return paperModel({
    kind: 'admission-resolution',
    doc,
    review,
    typeSymbol: 'NQ',
    type: 'NGHỊ QUYẾT',
    subject: 'đề nghị kết nạp đảng viên',
    body,
  });
}

import { formatDay } from '../../dates/format.ts';
import type { MeetingReview } from '../../meeting/review.ts';
import { voteBase } from '../../meeting/vote.ts';
import { type Block, cell, type DocumentModel, name, para } from '../model.ts';
import { two } from '../numbers.ts';
import { categoryWord } from './admission.ts';
import { paperModel } from './frame.ts';
import { attendanceSummary, basisLines, chairPost, count, opening, placeholder } from './phrases.ts';
import type { PaperDocument } from './schema.ts';

function meetingPart(
  review: MeetingReview,
  doc: PaperDocument,
  place: string | undefined,
  purpose: string,
): Block[] {
  return [
    ...basisLines(review.ruleset, undefined),
    opening(review, doc.unitName, place, [purpose]),
    para(...attendanceSummary(review.attendance, chairPost(doc))),
  ];
}

/**
 * The vote is over every counted full member of the cell, never over those present (the same base
 * as the admission vote); the number is known, only the yes votes are the secretary's to write.
 */
const voteLine = (review: MeetingReview): Block =>
  para(
    'Kết quả biểu quyết: ',
    placeholder('số'),
    ` đồng chí tán thành trên tổng số ${two(voteBase(review.attendance).counted)} đảng viên chính thức của chi bộ.`,
  );

/** The resolution assigning a full member to help each person put on the sympathiser list. */
export function helperAssignment(review: MeetingReview, doc: PaperDocument, place?: string): DocumentModel {
  const people = review.sympathizers;
  // "các đảng viên" / "Mỗi đảng viên" agree with the helpers, not the people helped: one member may
  // help several. A helper still to be written in counts as another person.
  const oneHelper = new Set(people.map((c) => c.helperKey ?? `?${c.key}`)).size === 1;
  const body: Block[] = [
    ...meetingPart(
      review,
      doc,
      place,
      'định kỳ và xem xét việc phân công đảng viên giúp đỡ quần chúng ưu tú phấn đấu vào Đảng',
    ),
    para(
      `Chi bộ thống nhất phân công ${oneHelper ? '' : 'các '}đảng viên chính thức sau đây giúp đỡ ${people.length === 1 ? '' : `${two(people.length)} `}quần chúng ưu tú:`,
    ),
    {
      kind: 'table',
      columns: [
        { header: 'TT', width: 1, align: 'center' },
        { header: 'Quần chúng ưu tú', width: 5 },
        { header: 'Đảng viên giúp đỡ', width: 5 },
      ],
      rows: people.map((c, i) => [
        cell(two(i + 1), { align: 'center' }),
        cell([name(c.key)]),
        cell(c.helperKey ? [name(c.helperKey)] : [placeholder('đảng viên giúp đỡ')]),
      ]),
    },
    para(
      oneHelper ? 'Đảng viên được phân công' : 'Mỗi đảng viên được phân công',
      ' có trách nhiệm thường xuyên gặp gỡ, giúp quần chúng hiểu về Đảng, rèn luyện phẩm chất và hoàn thành tốt nhiệm vụ; khi quần chúng đủ điều kiện, đảng viên giúp đỡ báo cáo chi bộ và có thể làm người giới thiệu quần chúng vào Đảng.',
    ),
    voteLine(review),
    para('Các đồng chí đảng viên trong chi bộ có trách nhiệm thực hiện nghị quyết này.'),
  ];
  return paperModel({
    kind: 'helper-assignment',
    doc,
    review,
    typeSymbol: 'NQ',
    purpose: 'để báo cáo',
    type: 'NGHỊ QUYẾT',
    subject: 'phân công đảng viên giúp đỡ quần chúng ưu tú',
    body,
  });
}

/** The resolution adding people to the sympathiser list (danh sách cảm tình Đảng). */
export function sympathizerList(review: MeetingReview, doc: PaperDocument, place?: string): DocumentModel {
  const people = review.sympathizers;
  const untrained = people.filter((c) => c.awarenessCertificateDate === undefined).length;
  const body: Block[] = [
    ...meetingPart(review, doc, place, 'định kỳ và xem xét bổ sung danh sách quần chúng cảm tình Đảng'),
    para(
      people.length === 1
        ? 'Chi bộ thống nhất đưa quần chúng sau đây vào danh sách cảm tình Đảng:'
        : `Chi bộ thống nhất đưa ${two(people.length)} quần chúng sau đây vào danh sách cảm tình Đảng:`,
    ),
    {
      kind: 'table',
      columns: [
        { header: 'TT', width: 1, align: 'center' },
        { header: 'Họ và tên', width: 4 },
        { header: 'Ngày sinh, đối tượng', width: 3 },
        { header: 'Đảng viên giúp đỡ', width: 4 },
      ],
      rows: people.map((c, i) => [
        cell(two(i + 1), { align: 'center' }),
        cell([name(c.key)]),
        cell(`${formatDay(c.birthDate)}${categoryWord(c) ? `, ${categoryWord(c)}` : ''}`),
        cell(c.helperKey ? [name(c.helperKey)] : [placeholder('đảng viên giúp đỡ')]),
      ]),
    },
    para(
      `Sau khi bổ sung, danh sách cảm tình Đảng của chi bộ gồm ${count(review.sympathizerListSize, 'quần chúng')}. ` +
        (untrained === 0
          ? people.length === 1
            ? 'Quần chúng mới được bổ sung đã có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng.'
            : 'Các quần chúng mới được bổ sung đều đã có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng.'
          : people.length === 1
            ? 'Quần chúng mới được bổ sung chưa học lớp bồi dưỡng nhận thức về Đảng; chi ủy đăng ký cho quần chúng học lớp gần nhất.'
            : `Trong số quần chúng mới được bổ sung, ${untrained === people.length ? 'tất cả' : two(untrained)} chưa học lớp bồi dưỡng nhận thức về Đảng; chi ủy đăng ký cho ${untrained === 1 ? 'quần chúng này' : 'các quần chúng này'} học lớp gần nhất.`),
    ),
    voteLine(review),
    para(
      `Chi ủy, các đoàn thể và đảng viên được phân công giúp đỡ có trách nhiệm tiếp tục bồi dưỡng, theo dõi ${review.sympathizerListSize === 1 ? 'quần chúng' : 'các quần chúng'} trong danh sách.`,
    ),
  ];
  return paperModel({
    kind: 'sympathizer-list',
    doc,
    review,
    typeSymbol: 'NQ',
    purpose: 'để báo cáo',
    type: 'NGHỊ QUYẾT',
    subject: 'bổ sung danh sách quần chúng cảm tình Đảng',
    body,
  });
}

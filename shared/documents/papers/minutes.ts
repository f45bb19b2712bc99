import { formatDay, formatDayLong } from '../../dates/format.ts';
import type { Refusal } from '../../meeting/refusal.ts';
import type { AdmissionItem, MeetingReview, RecognitionItem } from '../../meeting/review.ts';
import { MIN_FULL_MEMBERS } from '../../rules/cell.ts';
import { committeeOf } from '../header.ts';
import { type Block, type DocumentModel, heading, type Inline, list, name, para } from '../model.ts';
import { two } from '../numbers.ts';
import { bornPhrase, unionIntroducers } from './admission.ts';
import { paperModel } from './frame.ts';
import { attendanceFigures, chairLine, chairPost, comrades, placeholder, voteLines } from './phrases.ts';
import { GUESTS_KEY } from './read.ts';
import type { PaperDocument } from './schema.ts';

type Line = Array<string | Inline>;

/** Absent, exempt and away members by name, as the minutes record them. */
function whoLines(review: MeetingReview): Line[] {
  const att = review.attendance;
  const lines: Line[] = [];
  if (att.absentWithReason.length > 0)
    lines.push([
      'Vắng có lý do: ',
      ...comrades(
        att.absentWithReason.map((a) => a.key),
        (key) => ` (${att.absentWithReason.find((a) => a.key === key)!.reason})`,
      ),
      '.',
    ]);
  if (att.absentWithoutReason.length > 0)
    lines.push(['Vắng không có lý do: ', ...comrades(att.absentWithoutReason), '.']);
  if (att.exempt.keys.length > 0) lines.push(['Miễn sinh hoạt: ', ...comrades(att.exempt.keys), '.']);
  if (att.away.keys.length > 0)
    lines.push(['Sinh hoạt tạm thời nơi khác: ', ...comrades(att.away.keys), '.']);
  if (att.exemptVoters.length > 0)
    lines.push([
      'Đảng viên miễn sinh hoạt hoặc sinh hoạt tạm thời nơi khác có tham gia biểu quyết: ',
      ...comrades(att.exemptVoters),
      '.',
    ]);
  lines.push(['Khách mời: ', name(GUESTS_KEY), '.']);
  return lines;
}

/** The chair's conclusion, told truthfully from the vote and the facts. */
function conclusion(refusals: readonly Refusal[], passed: Line, day: string): Line {
  const facts = new Set(refusals.map((r) => r.fact));
  if (facts.has('tooFewFull'))
    return [
      `Kết luận: tại ngày họp ${day} chi bộ chưa đủ ${two(MIN_FULL_MEMBERS)} đảng viên chính thức, nên kết quả biểu quyết chưa đủ điều kiện để chi bộ ra nghị quyết đề nghị.`,
    ];
  if (facts.has('belowTwoThirds'))
    return [
      'Kết luận: số đảng viên chính thức tán thành chưa đạt hai phần ba tổng số đảng viên chính thức của chi bộ; chi bộ không ra nghị quyết đề nghị.',
    ];
  if (facts.has('voteMissing') || facts.has('notEligible') || facts.has('notOnMembersTab'))
    return ['Kết luận: ', placeholder('kết luận của đồng chí chủ trì'), '.'];
  return passed;
}

function admissionSection(review: MeetingReview, item: AdmissionItem, committee: string, n: number): Block[] {
  const c = item.candidate;
  const introducers = (c.introducers ?? []).flatMap((i) => (i.memberKey ? [i.memberKey] : []));
  const blocks: Block[] = [
    heading(2, `${n}.`, 'Xét đề nghị kết nạp đảng viên'),
    para('Chi bộ xem xét hồ sơ đề nghị kết nạp quần chúng ', name(c.key), `, ${bornPhrase(c)}.`),
  ];
  const items: Line[] = [];
  if (introducers.length > 0)
    items.push([
      'Đảng viên giới thiệu: ',
      ...comrades(introducers),
      '; ý kiến: ',
      placeholder('ý kiến của đảng viên giới thiệu'),
      '.',
    ]);
  // a union committee that introduced the person (4-KNĐ, 4A-KNĐ), as the resolution says it
  for (const union of unionIntroducers(c)) items.push([`${union} giới thiệu.`]);
  items.push([
    'Ý kiến của tổ chức đoàn thể và chi ủy nơi cư trú: ',
    placeholder('tóm tắt các ý kiến nhận xét'),
    '.',
  ]);
  items.push(['Ý kiến thảo luận của đảng viên: ', placeholder('tóm tắt ý kiến thảo luận'), '.']);
  if (item.tally) items.push(...voteLines(review.attendance, item.tally, 'kết nạp'));
  else
    items.push([
      'Kết quả biểu quyết: ',
      placeholder('số đảng viên chính thức tán thành, không tán thành'),
      '.',
    ]);
  const day = formatDay(review.date);
  items.push(
    conclusion(
      item.refusals,
      [
        'Kết luận: chi bộ đề nghị ',
        committee,
        ' xem xét, quyết định kết nạp quần chúng ',
        name(c.key),
        ` vào Đảng; cấp ủy có thẩm quyền quyết định chậm nhất ngày ${formatDay(item.decisionDue)}.`,
      ],
      day,
    ),
  );
  blocks.push(list('dash', items));
  return blocks;
}

function recognitionSection(
  review: MeetingReview,
  item: RecognitionItem,
  committee: string,
  n: number,
): Block[] {
  const m = item.member;
  const items: Line[] = [];
  if (m.ceremonyDate && item.probationEnd)
    items.push([
      `Lễ kết nạp ngày ${formatDay(m.ceremonyDate)}; hết 12 tháng dự bị ngày ${formatDay(item.probationEnd)}.`,
    ]);
  items.push([
    'Bản tự kiểm điểm của đảng viên dự bị, ý kiến của đảng viên giúp đỡ và của các đoàn thể: ',
    placeholder('tóm tắt'),
    '.',
  ]);
  if (item.tally) items.push(...voteLines(review.attendance, item.tally, 'công nhận chính thức'));
  else
    items.push([
      'Kết quả biểu quyết: ',
      placeholder('số đảng viên chính thức tán thành, không tán thành'),
      '.',
    ]);
  const day = formatDay(review.date);
  const notOver = item.refusals.some((r) => r.fact === 'probationNotOver');
  items.push(
    notOver
      ? [
          'Kết luận: đồng chí ',
          name(m.key),
          ` chưa hết thời gian dự bị (đến ngày ${formatDay(item.probationEnd!)}); chi bộ xét công nhận chính thức khi đủ 12 tháng dự bị.`,
        ]
      : conclusion(
          item.refusals,
          [
            'Kết luận: chi bộ đề nghị ',
            committee,
            ' xem xét, quyết định công nhận đồng chí ',
            name(m.key),
            ` là đảng viên chính thức kể từ ngày ${formatDay(item.probationEnd!)}; cấp ủy có thẩm quyền quyết định chậm nhất ngày ${formatDay(item.decisionDue)}.`,
          ],
          day,
        ),
  );
  return [
    heading(2, `${n}.`, 'Xét công nhận đảng viên chính thức'),
    para(
      'Chi bộ xem xét đề nghị công nhận đồng chí ',
      name(m.key),
      ', đảng viên dự bị, trở thành đảng viên chính thức.',
    ),
    list('dash', items),
  ];
}

/**
 * The extract of the minutes for the meeting's admission business: who was there, each person
 * considered, the vote and the conclusion as they happened (a failed vote is recorded as failed).
 */
export function minutesExtract(review: MeetingReview, doc: PaperDocument, place?: string): DocumentModel {
  const committee = committeeOf(doc.superiorName);
  const att = review.attendance;
  const body: Block[] = [
    para('Thời gian: bắt đầu lúc ', placeholder('giờ bắt đầu'), `, ${formatDayLong(review.date)}.`),
    para('Địa điểm: ', ...(place ? [place] : [placeholder('địa điểm họp')]), '.'),
    heading(1, 'I.', 'THÀNH PHẦN DỰ HỌP'),
    // the figures, then who was absent or exempt by name, the guests, and the chair and note-taker
    list('dash', [...attendanceFigures(att), ...whoLines(review), chairLine(att, chairPost(doc))]),
    heading(1, 'II.', 'NỘI DUNG'),
  ];
  let n = 0;
  for (const item of review.admissions) body.push(...admissionSection(review, item, committee, ++n));
  for (const item of review.recognitions) body.push(...recognitionSection(review, item, committee, ++n));
  body.push(
    para('Cuộc họp kết thúc lúc ', placeholder('giờ kết thúc'), ' cùng ngày.'),
    para(
      `Bản trích này đúng với phần nội dung tương ứng trong biên bản họp chi bộ ngày ${formatDay(review.date)}.`,
    ),
  );
  const signer = (title: string, key: string | undefined, role: string) => ({
    onBehalf: '',
    title,
    name: key === undefined ? placeholder(role) : name(key),
  });
  return paperModel({
    kind: 'minutes-extract',
    doc,
    review,
    type: 'TRÍCH BIÊN BẢN',
    subject: `họp chi bộ ngày ${formatDay(review.date)}`,
    body,
    signatures: {
      left: signer('THƯ KÝ', att.clerkKey, 'họ tên thư ký'),
      right: signer('CHỦ TRÌ', att.chairKey, 'họ tên người chủ trì'),
    },
  });
}

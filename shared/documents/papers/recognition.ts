import { formatDay } from '../../dates/format.ts';
import type { MeetingReview, RecognitionItem } from '../../meeting/review.ts';
import { committeeOf } from '../header.ts';
import { type Block, type DocumentModel, heading, list, name, para } from '../model.ts';
import { paperModel } from './frame.ts';
import { attendanceLines, basisLines, chairPost, opening, placeholder, voteLines } from './phrases.ts';
import type { PaperDocument } from './schema.ts';

/** 13-KNĐ: the cell's resolution proposing a probationary member's recognition. No refusal on the item. */
export function recognitionResolution(
  review: MeetingReview,
  item: RecognitionItem,
  doc: PaperDocument,
  place?: string,
): DocumentModel {
  const m = item.member;
  const t = item.tally!;
  const end = item.probationEnd!;
  const committee = committeeOf(doc.superiorName);
  const late = item.reviewDue !== undefined && review.date > item.reviewDue;
  const body: Block[] = [
    ...basisLines(review.ruleset, 'Điều 5'),
    opening(review, doc.unitName, place, [
      'để xét, đề nghị công nhận đồng chí ',
      name(m.key),
      ', đảng viên dự bị, trở thành đảng viên chính thức',
    ]),
    list('dash', attendanceLines(review.attendance, chairPost(doc))),
    heading(2, '1.', 'Quá trình dự bị'),
    // The decision is named as the file holds it: its number and issuer are not in the sheet, and the
    // issuer may be a committee that no longer exists (a district committee before 07/2025).
    para(
      'Đồng chí ',
      name(m.key),
      ' được kết nạp vào Đảng',
      ...(m.decisionDate
        ? [
            ' theo Quyết định số ',
            placeholder('số quyết định'),
            ` ngày ${formatDay(m.decisionDate)} của `,
            placeholder('cấp ủy ra quyết định'),
            ',',
          ]
        : []),
      ` lễ kết nạp tổ chức ngày ${formatDay(m.ceremonyDate!)}; thời gian dự bị 12 tháng kết thúc ngày ${formatDay(end)}.`,
    ),
    heading(2, '2.', 'Ưu điểm, khuyết điểm trong thời gian dự bị'),
    para(
      placeholder(
        'ưu điểm, khuyết điểm về phẩm chất chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật, việc thực hiện nhiệm vụ đảng viên; ý kiến của đảng viên giúp đỡ và của các đoàn thể',
      ),
    ),
    heading(2, '3.', 'Kết quả biểu quyết'),
    list('dash', voteLines(review.attendance, t, 'công nhận đảng viên chính thức')),
    heading(2, '4.', 'Đề nghị'),
    para(
      `Chi bộ đề nghị ${committee} xem xét, quyết định công nhận đồng chí `,
      name(m.key),
      ` là đảng viên chính thức kể từ ngày ${formatDay(end)}.`,
    ),
  ];
  if (late)
    body.push(
      para(
        `Chi bộ họp xét sau thời hạn 30 ngày làm việc kể từ khi hết thời gian dự bị (hạn ngày ${formatDay(item.reviewDue!)}); lý do chậm: `,
        placeholder('lý do chi bộ xét muộn'),
        `. Ngày công nhận chính thức vẫn tính từ ngày ${formatDay(end)}.`,
      ),
    );
  body.push(
    para(
      `Cấp ủy có thẩm quyền xem xét, quyết định trong 30 ngày làm việc kể từ ngày chi bộ có nghị quyết, tức chậm nhất ngày ${formatDay(item.decisionDue)}.`,
    ),
  );
  return paperModel({
    kind: 'recognition-resolution',
    doc,
    review,
    typeSymbol: 'NQ',
    type: 'NGHỊ QUYẾT',
    subject: 'đề nghị công nhận đảng viên chính thức',
    body,
  });
}

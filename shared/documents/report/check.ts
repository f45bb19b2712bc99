import { dayFromParts, yearOf } from '../../dates/day.ts';
import type { Problem } from '../../schemas/problems.ts';
import type { ReportDocument } from '../schemas.ts';

/** What the schema cannot check: the report is dated in (or just after) the period it reports on. */
export function reportProblems(doc: ReportDocument): Problem[] {
  const signed = yearOf(doc.date);
  if (doc.period === 'firstHalf') {
    if (signed !== doc.year || doc.date < dayFromParts(doc.year, 6, 1)) {
      return [
        {
          path: 'document.date',
          message: `Báo cáo 6 tháng đầu năm ${doc.year} phải được ban hành từ tháng 6 đến hết năm ${doc.year}.`,
        },
      ];
    }
    return [];
  }
  if (signed !== doc.year && signed !== doc.year + 1) {
    return [
      {
        path: 'document.date',
        message: `Báo cáo năm ${doc.year} phải được ban hành trong năm ${doc.year} hoặc đầu năm ${doc.year + 1}.`,
      },
    ];
  }
  return [];
}

import type { Day } from '../dates/day.ts';

export type RulesetId = '2021-09' | '2025-07';

/** A text a citation can point into. */
export type TextRef = 'charter' | 'regulation' | 'guidance' | 'product';

export interface LegalText {
  /** Short form used in citations, e.g. "Quy định 294-QĐ/TW". */
  short: string;
  /** Full title for the "Căn cứ" of a plan. */
  title: string;
}

export interface Ruleset {
  id: RulesetId;
  /** First day the ruleset applies (by the reference date of a candidate). */
  effectiveFrom: Day;
  /** Last day it applies, when superseded. */
  effectiveTo?: Day;
  /** "Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW" — shown in the sidebar header. */
  label: string;
  texts: Record<TextRef, LegalText>;
}

const CHARTER: LegalText = {
  short: 'Điều lệ Đảng',
  title: 'Điều lệ Đảng Cộng sản Việt Nam',
};

const PRODUCT: LegalText = {
  short: 'Quy tắc của PTĐV',
  title: 'Quy tắc nhắc việc của PTĐV (không phải văn bản của Đảng)',
};

/**
 * Rulesets by effective date. The older one stays: a meeting held in 2024 is judged by the 2024 texts.
 * The 2021 texts are applied to every date before 01/07/2025 (PTĐV has no earlier ruleset).
 */
export const RULESETS: readonly Ruleset[] = [
  {
    id: '2021-09',
    effectiveFrom: '0001-01-01',
    effectiveTo: '2025-06-30',
    label: 'Quy định 24-QĐ/TW, Hướng dẫn 01-HD/TW',
    texts: {
      charter: CHARTER,
      regulation: {
        short: 'Quy định 24-QĐ/TW',
        title: 'Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng',
      },
      guidance: {
        short: 'Hướng dẫn 01-HD/TW',
        title:
          'Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư một số vấn đề cụ thể thi hành Điều lệ Đảng',
      },
      product: PRODUCT,
    },
  },
  {
    id: '2025-07',
    effectiveFrom: '2025-07-01',
    label: 'Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW',
    texts: {
      charter: CHARTER,
      regulation: {
        short: 'Quy định 294-QĐ/TW',
        title: 'Quy định số 294-QĐ/TW năm 2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng',
      },
      guidance: {
        short: 'Hướng dẫn 06-HD/TW',
        title: 'Hướng dẫn số 06-HD/TW năm 2025 của Ban Bí thư một số vấn đề cụ thể thi hành Điều lệ Đảng',
      },
      product: PRODUCT,
    },
  },
];

/** The ruleset in force on a day. */
export function rulesetFor(day: Day): Ruleset {
  for (let i = RULESETS.length - 1; i >= 0; i--) {
    const rs = RULESETS[i]!;
    if (day >= rs.effectiveFrom) return rs;
  }
  return RULESETS[0]!;
}

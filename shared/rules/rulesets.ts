import { type Day, toDay } from '../dates/day.ts';

/** A ruleset era (internal: never shown to a user, who sees the texts' names instead). */
export type RulesetId = '2021-09' | '2025-01' | '2025-07';

/**
 * The rule content a ruleset applies. The 2025-01 era only renumbered the implementing regulation
 * (Quy định 232 replaced 24, Hướng dẫn 01 still applying): its rules, parameters and citation points
 * are those of 2021-09 and only the texts' names differ. A rule that differs by era keys its
 * citation by this, so a renumbering is one data change here and nowhere else.
 */
export type RuleContentId = '2021-09' | '2025-07';

/** A text a citation can point into. */
export type TextRef = 'charter' | 'regulation' | 'guidance' | 'procedure' | 'product';

export interface LegalText {
  /** Short form used in citations, e.g. "Quy định 294-QĐ/TW". */
  short: string;
  /** Number, date, issuer and subject, as a "Căn cứ" line cites it. */
  title: string;
}

export interface Ruleset {
  id: RulesetId;
  /** whose rules and citation points it applies */
  content: RuleContentId;
  /** First day the ruleset applies (by the reference date of a candidate). */
  effectiveFrom: Day;
  /** Last day it applies, when superseded. */
  effectiveTo?: Day;
  /** "Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW" — shown in the sidebar header. */
  label: string;
  texts: Record<TextRef, LegalText>;
}

/** A Party text: "Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về …". */
function partyText(kind: string, number: string, date: string, issuer: string, about: string): LegalText {
  return {
    short: `${kind} ${number}`,
    title: `${kind} số ${number}, ngày ${date} của ${issuer} về ${about}`,
  };
}

const CHARTER: LegalText = {
  short: 'Điều lệ Đảng',
  title: 'Điều lệ Đảng Cộng sản Việt Nam',
};

/** The procedure and the forms (Mẫu …-KNĐ): the same text in every era. */
const PROCEDURE = partyText(
  'Hướng dẫn',
  '12-HD/BTCTW',
  '18/01/2022',
  'Ban Tổ chức Trung ương',
  'nghiệp vụ công tác đảng viên',
);

const PRODUCT: LegalText = {
  short: 'Quy tắc của PTĐV',
  title: 'Quy tắc nhắc việc của PTĐV (không phải văn bản của Đảng)',
};

const BCH = 'Ban Chấp hành Trung ương';
const BBT = 'Ban Bí thư';
const REGULATION_ABOUT = 'thi hành Điều lệ Đảng';
const GUIDANCE_ABOUT = 'một số vấn đề cụ thể thi hành Điều lệ Đảng';

const GUIDANCE_2021 = partyText('Hướng dẫn', '01-HD/TW', '28/9/2021', BBT, GUIDANCE_ABOUT);

/**
 * Rulesets by effective date (domain.md §4). The older ones stay: a meeting held in 2024 is judged
 * by the 2024 texts. The 2021 texts are applied to every date before 20/01/2025 (PTĐV has no
 * earlier ruleset).
 */
export const RULESETS: readonly Ruleset[] = [
  {
    id: '2021-09',
    content: '2021-09',
    effectiveFrom: toDay('0001-01-01'),
    effectiveTo: toDay('2025-01-19'),
    label: 'Quy định 24-QĐ/TW, Hướng dẫn 01-HD/TW',
    texts: {
      charter: CHARTER,
      regulation: partyText('Quy định', '24-QĐ/TW', '30/7/2021', BCH, REGULATION_ABOUT),
      guidance: GUIDANCE_2021,
      procedure: PROCEDURE,
      product: PRODUCT,
    },
  },
  {
    id: '2025-01',
    content: '2021-09',
    effectiveFrom: toDay('2025-01-20'),
    effectiveTo: toDay('2025-06-30'),
    label: 'Quy định 232-QĐ/TW, Hướng dẫn 01-HD/TW',
    texts: {
      charter: CHARTER,
      regulation: partyText('Quy định', '232-QĐ/TW', '20/01/2025', BCH, REGULATION_ABOUT),
      guidance: GUIDANCE_2021,
      procedure: PROCEDURE,
      product: PRODUCT,
    },
  },
  {
    id: '2025-07',
    content: '2025-07',
    effectiveFrom: toDay('2025-07-01'),
    label: 'Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW',
    texts: {
      charter: CHARTER,
      regulation: partyText('Quy định', '294-QĐ/TW', '26/5/2025', BCH, REGULATION_ABOUT),
      guidance: partyText('Hướng dẫn', '06-HD/TW', '09/6/2025', BBT, GUIDANCE_ABOUT),
      procedure: PROCEDURE,
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

/** "Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW" for a ruleset id; a user never sees the id itself. */
export function rulesetLabel(id: string): string {
  return RULESETS.find((r) => r.id === id)?.label ?? 'Điều lệ Đảng và các văn bản hướng dẫn hiện hành';
}

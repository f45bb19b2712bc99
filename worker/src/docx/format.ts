/**
 * The page and type of a Party document (Hướng dẫn 36-HD/VPTW): A4, Times New Roman, margins
 * top/bottom 20 mm, left 30 mm, right 15 mm, page numbers from page 2 centred in the top margin.
 * Lengths are in twentieths of a point (twips), font sizes in half-points, as OOXML writes them.
 */

const TWIPS_PER_MM = 1440 / 25.4;
export const mm = (n: number): number => Math.round(n * TWIPS_PER_MM);
/** A font size in points, as half-points. */
export const pt = (n: number): number => n * 2;

export const FONT = 'Times New Roman';

export const PAGE = {
  width: 11906, // 210 mm
  height: 16838, // 297 mm
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
} as const;

/** The width between the margins: 165 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const SIZE = {
  body: pt(14),
  party: pt(15),
  type: pt(16),
  subject: pt(14),
  table: pt(12),
  recipients: pt(12),
  pageNumber: pt(13),
} as const;

/** Header table: the issuing side on the left, the party title and date on the right. */
export const HEADER_COLUMNS = [mm(72), TEXT_WIDTH - mm(72)] as const;

/** "ĐẢNG CỘNG SẢN VIỆT NAM" in Times New Roman bold 15 pt is about 78 mm wide: the rule under it matches. */
export const PARTY_TITLE_WIDTH = mm(78);

export const FIRST_LINE_INDENT = mm(10);

/** Every run and style is marked Vietnamese, so Word and Docs spell-check the text as Vietnamese. */
export const LANGUAGE = { value: 'vi-VN', eastAsia: 'vi-VN', bidirectional: 'vi-VN' } as const;

/**
 * The most characters of an upper-case unit name per header line (72 mm column, 14 pt Times New
 * Roman: about 8.3 px per capital at 70 dpi, measured on LibreOffice's print): bold is a little wider.
 */
export const HEADER_LINE_CHARS = { regular: 23, bold: 22 } as const;

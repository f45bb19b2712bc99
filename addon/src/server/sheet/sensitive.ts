/**
 * Columns a user added for data the sheet must not hold (domain.md §8): phone numbers, ID numbers,
 * addresses, the lý lịch's content and family history, verification findings, classified material.
 * The add-on never reads or sends an unknown column, but it should warn against keeping them: the
 * sheet is shared, and this is sensitive personal data (Nghị định 13/2023/NĐ-CP).
 */
// No imports: this file sits at the add-on's deepest import level (tests/unit/imports.test.ts).

/** Folded phrases (whole words) → what the column holds, as the warning names it. */
const SENSITIVE: ReadonlyArray<readonly [what: string, phrases: readonly string[]]> = [
  ['số điện thoại', ['dien thoai', 'sdt', 'so dt', 'dtdd', 'di dong', 'phone', 'zalo']],
  [
    'số căn cước, chứng minh nhân dân',
    ['cccd', 'cmnd', 'can cuoc', 'chung minh nhan dan', 'so dinh danh', 'ma dinh danh', 'ho chieu'],
  ],
  ['địa chỉ, quê quán', ['dia chi', 'noi o', 'cho o', 'thuong tru', 'tam tru', 'que quan', 'nguyen quan']],
  [
    'nội dung lý lịch, lịch sử chính trị',
    [
      'lich su chinh tri',
      'lich su ban than',
      'lich su gia dinh',
      'quan he gia dinh',
      'thanh phan gia dinh',
      'hoan canh gia dinh',
      'noi dung ly lich',
      'ket qua tham tra',
      'ket luan tham tra',
      'ket qua xac minh',
    ],
  ],
  ['tài liệu mật', ['tai lieu mat', 'do mat', 'toi mat', 'tuyet mat']],
];

/**
 * What a header says its column holds, when that is data the sheet must not hold; `folded` is the
 * header as `fold` (normalize.ts) writes it: lower case, no diacritics, single spaces.
 */
export function sensitiveColumn(folded: string): string | undefined {
  const words = ` ${folded} `;
  for (const [what, phrases] of SENSITIVE) {
    if (phrases.some((p) => words.includes(` ${p} `))) return what;
  }
  return undefined;
}

/** The warning for such a column: what it holds, that nothing reads or sends it, what to do. */
export function sensitiveColumnWarning(
  sheetName: string,
  letter: string,
  header: string,
  what: string,
): string {
  return `Bảng “${sheetName}”, cột ${letter} “${header}”: ${what} không nên ghi trong bảng tính này. PTĐV chỉ cần họ tên, ngày tháng và phân loại; số điện thoại, số căn cước, địa chỉ, nội dung lý lịch và tài liệu mật là dữ liệu cá nhân nhạy cảm, không được ghi ở đây. Tiện ích không đọc và không gửi cột này đi — nên xóa cột hoặc chuyển sang nơi lưu trữ theo quy định.`;
}

/** A1 notation for a 0-based column and a 1-based row. */
/** "A", "B", … "Z", "AA" … for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "D7" for 0-based column 3, 1-based row 7. */
export function a1(columnIndex: number, row: number): string {
  return `${columnLetter(columnIndex)}${row}`;
}

/**
 * The report's "Kết quả" paragraphs, written from the rollup. Figures are said for the period when
 * they can be (a first half from the monthly admissions), else for the year to date and said so;
 * percentages are over the units that reported; a zero is said in words.
 */
import type { Block } from '../model.ts';
import { para } from '../model.ts';
import { joinVi, share, two } from '../numbers.ts';
import { didCount, learnersOfUnits } from '../wording.ts';
import {
  admissionsSplit,
  admittedIn,
  halfLabels,
  type ReportPeriod,
  reportedCount,
  reporting,
  shareOverReported,
  yearToDate,
} from './period.ts';
import { admittedByHalf, type Rollup, type UnitLine } from './rollup.ts';
import { showsHalves } from './tables.ts';

export interface ReportTextContext {
  rollup: Rollup;
  period: ReportPeriod;
  /** the reporting committee ("Đảng ủy xã Tân Phú") */
  unitName: string;
  /** the superior committee ("Tỉnh ủy Lâm Đồng") */
  superiorName: string;
}

const reported = (l: UnitLine) => l.reportedUnits > 0;

/** Lines with an admission target they have not reached in the period's admissions. */
export function belowTarget(c: ReportTextContext): UnitLine[] {
  return c.rollup.lines.filter((l) => {
    if (!reported(l) || l.targets.admitted === undefined) return false;
    return (admittedIn(l.figures, c.period) ?? l.figures.admitted) < l.targets.admitted;
  });
}

/** Lines whose admissions plus the forecast still fall short of the target. */
export function forecastShort(rollup: Rollup): UnitLine[] {
  return rollup.lines.filter(
    (l) =>
      reported(l) &&
      l.targets.admitted !== undefined &&
      l.figures.admitted + l.figures.forecast.admissible < l.targets.admitted,
  );
}

/** "05/07 chi bộ đã báo cáo; Chi bộ A và Chi bộ B chưa báo cáo (không tính vào số liệu)." */
export function coverage(c: ReportTextContext): string {
  const { silent } = reporting(c.rollup);
  const head = `Số liệu tổng hợp: ${reportedCount(c.rollup)}`;
  if (silent.length === 0) return `${head}.`;
  return `${head}; ${joinVi(silent.map((l) => l.name))} chưa báo cáo (không tính vào số liệu và tỷ lệ dưới đây).`;
}

/** The first-half admissions in words, or the year-to-date figure said as such. */
function admissionsSentence(c: ReportTextContext): string {
  const p = c.period;
  const f = c.rollup.total.figures;
  const rate = shareOverReported(
    c.rollup,
    (l) => admittedIn(l.figures, p),
    (l) => l.targets.admitted,
  );
  if (admissionsSplit(c.rollup, p)) {
    const n = reporting(c.rollup).reported.reduce((s, l) => s + (admittedIn(l.figures, p) ?? 0), 0);
    const over = reporting(c.rollup).silent.length > 0 ? ' của các đơn vị đã báo cáo' : '';
    return `Trong ${p.label}, các tổ chức đảng ${didCount(n, 'kết nạp', 'đảng viên')}${n > 0 && rate ? `, đạt ${rate} chỉ tiêu${over}` : ''}.`;
  }
  // some rows carry no months: the half-year cannot be counted, the year to date is said as such
  return `Số liệu theo tháng chưa đầy đủ nên chưa tách được ${p.label}: ${yearToDate(p)}, các tổ chức đảng ${didCount(f.admitted, 'kết nạp', 'đảng viên')}.`;
}

export function admissionsText(c: ReportTextContext): Block {
  const t = c.rollup.total;
  const f = t.figures;
  const p = c.period;
  const parts: string[] = [];
  const target = t.targets.admitted;
  if (target !== undefined && target > 0) {
    parts.push(
      `Năm ${p.year}, các tổ chức đảng trực thuộc được giao chỉ tiêu kết nạp ${two(target)} đảng viên.`,
    );
  }
  parts.push(admissionsSentence(c));
  if (f.admitted > 0) {
    const word = learnersOfUnits(c.rollup.lines.map((l) => l.name));
    const kinds = [
      f.admittedStudents > 0 ? `${two(f.admittedStudents)} ${word}` : '',
      f.admittedWomen > 0 ? `${two(f.admittedWomen)} nữ` : '',
      f.admittedEthnicMinority > 0 ? `${two(f.admittedEthnicMinority)} người dân tộc thiểu số` : '',
      f.admittedReligion > 0 ? `${two(f.admittedReligion)} người theo tôn giáo` : '',
      f.admittedYouthUnion > 0 ? `${two(f.admittedYouthUnion)} đoàn viên thanh niên` : '',
    ].filter(Boolean);
    if (kinds.length > 0) {
      parts.push(
        p.firstHalf
          ? `Tính ${yearToDate(p)}, số đảng viên mới kết nạp (${two(f.admitted)}) có ${joinVi(kinds)}.`
          : `Trong số ${two(f.admitted)} đảng viên mới kết nạp có ${joinVi(kinds)}.`,
      );
    }
    const half = !p.firstHalf && showsHalves(c.rollup, false) ? admittedByHalf(f) : undefined;
    if (half) {
      const halves = halfLabels(p);
      parts.push(
        `Theo thời gian, ${halves.first} ${didCount(half.first, 'kết nạp', 'đảng viên')}, ${halves.second} ${didCount(half.second, 'kết nạp', 'đảng viên')}.`,
      );
    }
  }
  if (t.previousAdmitted !== undefined && admissionsSplit(c.rollup, p)) {
    const n = reporting(c.rollup).reported.reduce((s, l) => s + (admittedIn(l.figures, p) ?? 0), 0);
    parts.push(
      `Năm ${p.year - 1}, ${didCount(t.previousAdmitted, 'kết nạp', 'đảng viên')}; tính chung năm ${p.year - 1} và ${p.label}, ${didCount(t.previousAdmitted + n, 'kết nạp', 'đảng viên')}.`,
    );
  }
  const assigned = c.rollup.assigned?.admitted;
  if (assigned !== undefined && assigned > 0) {
    const own = share(f.admitted, assigned);
    parts.push(
      `Chỉ tiêu ${c.superiorName} giao cho ${c.unitName} năm ${p.year} là ${two(assigned)} đảng viên; ${yearToDate(p)} ${f.admitted > 0 && own ? `đạt ${own}` : 'chưa kết nạp được đảng viên nào'}${reporting(c.rollup).silent.length > 0 ? ` (theo số liệu của ${reportedCount(c.rollup)})` : ''}.`,
    );
  }
  return para(parts.join(' '));
}

export function trainingText(c: ReportTextContext): Block {
  const t = c.rollup.total;
  const f = t.figures;
  const p = c.period;
  const rate = shareOverReported(
    c.rollup,
    (l) => l.figures.awarenessClass,
    (l) => l.targets.awarenessClass,
  );
  const when = p.firstHalf ? `Tính ${yearToDate(p)}` : `Trong năm ${p.year}`;
  const sent =
    f.awarenessClass > 0
      ? `đã cử ${two(f.awarenessClass)} quần chúng học lớp bồi dưỡng nhận thức về Đảng${rate ? `, đạt ${rate} chỉ tiêu` : ''}`
      : 'chưa cử quần chúng nào học lớp bồi dưỡng nhận thức về Đảng';
  // two different counts, each said on its own: never subtracted or added
  const probation =
    f.probationEnds > 0
      ? `có ${two(f.probationEnds)} đảng viên hết thời gian dự bị trong năm; ${didCount(f.recognized, 'công nhận', 'đảng viên chính thức')}`
      : `${didCount(f.recognized, 'công nhận', 'đảng viên chính thức')}`;
  return para(`${when}, các tổ chức đảng ${sent}; ${probation}.`);
}

export function sourceText(c: ReportTextContext): Block {
  const f = c.rollup.total.figures;
  // two stages, each said on its own: the proposed ones were already voted on by their cell
  const ready = f.pool.ready;
  const proposed = f.byStage.proposed;
  const pool =
    f.pipeline > 0
      ? `Các tổ chức đảng đang theo dõi, bồi dưỡng ${two(f.pipeline)} quần chúng ưu tú; ${f.sympathizers > 0 ? `${two(f.sympathizers)} quần chúng có tên trong danh sách cảm tình Đảng` : 'chưa có quần chúng nào trong danh sách cảm tình Đảng'}, ${ready > 0 ? `${two(ready)} quần chúng đã đủ điều kiện, chờ chi bộ xét` : 'chưa có quần chúng nào đủ điều kiện chờ chi bộ xét'}${proposed > 0 ? `; ${two(proposed)} quần chúng đã được chi bộ đề nghị kết nạp, chờ quyết định` : ''}.`
      : 'Các tổ chức đảng chưa có quần chúng trong diện theo dõi, bồi dưỡng.';
  const more =
    f.forecast.admissible > 0
      ? ` Theo số liệu hiện có, có thể kết nạp thêm ${two(f.forecast.admissible)} đảng viên đến ngày 31/12/${c.period.year}.`
      : '';
  return para(`${pool}${more}`);
}

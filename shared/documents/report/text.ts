import { type Block, heading, list, para } from '../model.ts';
import { joinVi, percent, share, two } from '../numbers.ts';
import { admittedByHalf, type Rollup, type UnitLine } from './rollup.ts';
import { showsHalves } from './tables.ts';

export interface ReportTextContext {
  rollup: Rollup;
  year: number;
  /** "năm 2024" / "6 tháng đầu năm 2024" */
  period: string;
  firstHalf: boolean;
  /** the reporting organisation ("Đảng bộ xã Tân Phú") */
  unitName: string;
  /** the superior committee ("Tỉnh ủy Lâm Đồng") */
  superiorName: string;
}

const reported = (l: UnitLine) => l.reportedUnits > 0;

/** Lines with an admission target they have not reached. */
export function belowTarget(rollup: Rollup): UnitLine[] {
  return rollup.lines.filter(
    (l) => reported(l) && l.targets.admitted !== undefined && l.figures.admitted < l.targets.admitted,
  );
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

export function admissionsText(c: ReportTextContext): Block {
  const t = c.rollup.total;
  const f = t.figures;
  const parts: string[] = [];
  const target = t.targets.admitted;
  if (target !== undefined) {
    parts.push(
      `Năm ${c.year}, các tổ chức đảng trực thuộc được giao chỉ tiêu kết nạp ${two(target)} đảng viên.`,
    );
  }
  const pct = share(f.admitted, target);
  parts.push(
    `Trong ${c.period}, đã kết nạp ${two(f.admitted)} đảng viên${pct ? `, đạt ${pct} so với chỉ tiêu` : ''}; trong đó có ${two(f.admittedStudents)} học sinh, sinh viên, ${two(f.admittedWomen)} nữ và ${two(f.admittedEthnicMinority)} người dân tộc thiểu số.`,
  );
  if (f.admitted > 0) {
    const half = showsHalves(c.rollup, c.firstHalf) ? admittedByHalf(f) : undefined;
    parts.push(
      `Trong số đảng viên mới kết nạp, có ${two(f.admittedReligion)} người theo tôn giáo và ${two(f.admittedYouthUnion)} đoàn viên thanh niên` +
        `${half ? `; 6 tháng đầu năm kết nạp ${two(half.first)} đảng viên, 6 tháng cuối năm kết nạp ${two(half.second)} đảng viên` : ''}.`,
    );
  }
  if (t.previousAdmitted !== undefined) {
    parts.push(
      `Năm ${c.year - 1}, đã kết nạp ${two(t.previousAdmitted)} đảng viên; tính chung năm ${c.year - 1} và ${c.period}, đã kết nạp ${two(t.previousAdmitted + f.admitted)} đảng viên.`,
    );
  }
  const assigned = c.rollup.assigned?.admitted;
  if (assigned !== undefined) {
    const own = share(f.admitted, assigned);
    parts.push(
      `Chỉ tiêu ${c.superiorName} giao cho ${c.unitName} năm ${c.year} là ${two(assigned)} đảng viên${own ? `, đến nay đạt ${own}` : ''}.`,
    );
  }
  return para(parts.join(' '));
}

export function trainingText(c: ReportTextContext): Block {
  const t = c.rollup.total;
  const f = t.figures;
  const pct = share(f.awarenessClass, t.targets.awarenessClass);
  const pending = Math.max(0, f.probationEnds - f.recognized);
  return para(
    `Trong ${c.period}, các tổ chức đảng đã cử ${two(f.awarenessClass)} quần chúng học lớp bồi dưỡng nhận thức về Đảng` +
      `${pct ? `, đạt ${pct} so với chỉ tiêu (${two(t.targets.awarenessClass ?? 0)})` : ''}; ` +
      `${two(f.recognized)} đảng viên dự bị được công nhận đảng viên chính thức. ` +
      `Trong năm có ${two(f.probationEnds)} đảng viên hết thời gian dự bị${pending > 0 ? `, trong đó ${two(pending)} đồng chí chưa có quyết định công nhận chính thức` : ''}.`,
  );
}

export function sourceText(c: ReportTextContext): Block {
  const f = c.rollup.total.figures;
  return para(
    `Các tổ chức đảng đang theo dõi, bồi dưỡng ${two(f.pipeline)} quần chúng ưu tú; trong đó ${two(f.sympathizers)} quần chúng có tên trong danh sách cảm tình Đảng và ${two(f.byStage.ready + f.byStage.proposed)} quần chúng đã đủ điều kiện, chờ chi bộ xét. Theo số liệu hiện có, có thể kết nạp thêm ${two(f.forecast.admissible)} đảng viên trước ngày 31/12/${c.year}.`,
  );
}

function lineFigures(l: UnitLine): string {
  return `${l.name} (${two(l.figures.admitted)}/${two(l.targets.admitted ?? 0)})`;
}

/** II. Hạn chế, khó khăn — from the figures: units below target, age, missing reports. */
export function difficulties(c: ReportTextContext): Block[] {
  const items: string[] = [];
  const below = belowTarget(c.rollup);
  if (below.length > 0) {
    items.push(
      `Có ${two(below.length)} tổ chức đảng ${c.firstHalf ? 'chưa hoàn thành' : 'không đạt'} chỉ tiêu kết nạp (đã kết nạp/chỉ tiêu): ${joinVi(below.map(lineFigures))}.`,
    );
  }
  const short = forecastShort(c.rollup);
  if (short.length > 0 && !(short.length === below.length && !c.firstHalf)) {
    items.push(
      `Theo dự báo đến ngày 31/12/${c.year}, ${joinVi(short.map((l) => l.name))} khó hoàn thành chỉ tiêu do nguồn quần chúng đủ điều kiện còn ít.`,
    );
  }
  const f = c.rollup.total.figures;
  const leaving = f.forecast.blockedByLeaving;
  const late = f.forecast.blockedByAge;
  if (leaving + late > 0) {
    const where = c.rollup.lines
      .filter((l) => reported(l) && l.figures.forecast.blockedByLeaving + l.figures.forecast.blockedByAge > 0)
      .map((l) => `${l.name}: ${two(l.figures.forecast.blockedByLeaving + l.figures.forecast.blockedByAge)}`);
    items.push(
      `Vướng mắc về tuổi đời: ${two(leaving)} quần chúng sẽ rời đơn vị (học sinh ra trường, cán bộ chuyển công tác) trước khi đủ điều kiện về thời gian để xét kết nạp và ${two(late)} quần chúng chỉ đủ 18 tuổi sau ngày 31/12/${c.year} (${where.join('; ')}).`,
    );
  }
  const t = c.rollup.total;
  if (t.targets.awarenessClass !== undefined && t.figures.awarenessClass < t.targets.awarenessClass) {
    items.push(
      `Số quần chúng được cử học lớp bồi dưỡng nhận thức về Đảng mới đạt ${percent(t.figures.awarenessClass / Math.max(1, t.targets.awarenessClass))} chỉ tiêu.`,
    );
  }
  const silent = c.rollup.lines.filter((l) => !reported(l));
  if (silent.length > 0) {
    items.push(
      `${joinVi(silent.map((l) => l.name))} chưa gửi số liệu ${c.period}; số liệu tổng hợp vì vậy chưa đầy đủ.`,
    );
  }
  if (items.length === 0) {
    items.push(
      'Các tổ chức đảng trực thuộc đều đạt chỉ tiêu được giao; chưa phát sinh vướng mắc lớn về nguồn kết nạp.',
    );
  }
  return [
    heading(1, 'II.', 'HẠN CHẾ, KHÓ KHĂN'),
    list(
      'dash',
      items.map((i) => [i]),
    ),
  ];
}

/** III. Nhiệm vụ thời gian tới — each item answers a figure of the report. */
export function nextSteps(c: ReportTextContext): Block[] {
  const items: string[] = [];
  const lagging = [...new Set([...belowTarget(c.rollup), ...forecastShort(c.rollup)])];
  if (lagging.length > 0) {
    items.push(
      `Chỉ đạo ${joinVi(lagging.map((l) => l.name))} rà soát nguồn, tập trung bồi dưỡng và hoàn thiện hồ sơ cho quần chúng đã đủ điều kiện; phân công cấp ủy viên trực tiếp theo dõi, giúp đỡ.`,
    );
  }
  const f = c.rollup.total.figures;
  const waiting = f.byStage.ready + f.byStage.proposed;
  if (waiting > 0) {
    items.push(
      `Đôn đốc xét kết nạp ${two(waiting)} quần chúng đã đủ điều kiện; bảo đảm thời hạn ra quyết định kết nạp và tổ chức lễ kết nạp theo quy định.`,
    );
  }
  if (f.forecast.blockedByLeaving > 0) {
    items.push(
      'Hướng dẫn các chi bộ có quần chúng sắp ra trường hoặc chuyển đi hoàn chỉnh nhận xét, hồ sơ bồi dưỡng và trao đổi với tổ chức đảng nơi quần chúng đến để tiếp tục xem xét kết nạp.',
    );
  }
  const t = c.rollup.total;
  if (t.targets.awarenessClass !== undefined && t.figures.awarenessClass < t.targets.awarenessClass) {
    items.push(
      `Phối hợp mở lớp bồi dưỡng nhận thức về Đảng để cử đủ ${two(t.targets.awarenessClass - t.figures.awarenessClass)} quần chúng còn lại theo chỉ tiêu.`,
    );
  }
  const pending = Math.max(0, f.probationEnds - f.recognized);
  if (pending > 0) {
    items.push(
      `Theo dõi việc xét công nhận đảng viên chính thức đúng thời hạn cho ${two(pending)} đảng viên dự bị.`,
    );
  }
  const silent = c.rollup.lines.filter((l) => !reported(l));
  if (silent.length > 0) {
    items.push(`Đề nghị ${joinVi(silent.map((l) => l.name))} gửi số liệu để tổng hợp đầy đủ.`);
  }
  items.push(
    'Tiếp tục hướng dẫn nghiệp vụ công tác phát triển đảng viên cho cấp ủy các tổ chức đảng trực thuộc; kiểm tra việc thực hiện quy trình, thủ tục kết nạp.',
  );
  return [
    heading(1, 'III.', 'NHIỆM VỤ THỜI GIAN TỚI'),
    list(
      'dash',
      items.map((i) => [i]),
    ),
  ];
}

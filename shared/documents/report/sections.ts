/**
 * The report's sections around the figures: Công tác lãnh đạo, chỉ đạo; Hạn chế và nguyên nhân;
 * Phương hướng, nhiệm vụ; Đề xuất, kiến nghị. Each item answers a figure of the report, so the
 * committee edits facts rather than boilerplate; a zero is said in words, categories are never added.
 */
import { dayFromParts } from '../../dates/day.ts';
import { rulesetFor } from '../../rules/rulesets.ts';
import { type Block, heading, list, para } from '../model.ts';
import { joinVi, two } from '../numbers.ts';
import { belowTarget as verdict } from '../wording.ts';
import { laggingDirections } from './lagging.ts';
import { basisOverReported, reporting, shareOverReported } from './period.ts';
import { belowTarget, forecastShort, type ReportTextContext } from './text.ts';

/** I. Công tác lãnh đạo, chỉ đạo: the texts applied, the targets given, the follow-up. */
export function leadership(c: ReportTextContext): Block[] {
  const rs = rulesetFor(c.period.date);
  // The report's first mention of the texts: each cited in full (number, date, issuer, "về"), as
  // documents.md asks of every citation.
  const texts = joinVi([rs.texts.regulation.title, rs.texts.guidance.title, rs.texts.procedure.title]);
  const lines = c.rollup.lines;
  const withTargets = lines.filter((l) => l.targets.admitted !== undefined).length;
  const given =
    withTargets > 0
      ? `giao chỉ tiêu kết nạp đảng viên năm ${c.period.year} cho ${two(withTargets)}/${two(lines.length)} tổ chức đảng trực thuộc`
      : `hướng dẫn các tổ chức đảng trực thuộc xây dựng kế hoạch phát triển đảng viên năm ${c.period.year}`;
  return [
    heading(1, 'I.', 'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO'),
    para(
      `${c.unitName} quán triệt, triển khai đến cấp ủy các tổ chức đảng trực thuộc ${texts}; ${given}; ` +
        'theo dõi tiến độ qua số liệu các chi bộ cập nhật, đôn đốc việc bồi dưỡng quần chúng, thẩm tra lý lịch và bảo đảm thời hạn các bước sau khi chi bộ xét kết nạp.',
    ),
  ];
}

/** III. Hạn chế và nguyên nhân: units below target, age, missing reports — each with its cause. */
export function limitations(c: ReportTextContext): Block[] {
  const items: string[] = [];
  const causes: string[] = [];
  const p = c.period;
  const below = belowTarget(c);
  if (below.length > 0) {
    // the admission target is for the year: "chưa đạt" until the year is over, even in July
    const state = verdict(p.date, dayFromParts(p.year, 12, 31));
    items.push(
      `${two(below.length)} tổ chức đảng ${state} chỉ tiêu kết nạp ${p.firstHalf ? '(tính đến hết 6 tháng đầu năm)' : ''}: ${joinVi(below.map((l) => l.name))}.`.replace(
        ' :',
        ':',
      ),
    );
  }
  const short = forecastShort(c.rollup).filter((l) => !below.includes(l) || p.firstHalf);
  if (short.length > 0) {
    items.push(
      `Theo dự báo đến ngày 31/12/${p.year}, ${joinVi(short.map((l) => l.name))} khó hoàn thành chỉ tiêu cả năm.`,
    );
    causes.push('nguồn quần chúng đủ điều kiện về thời gian trong năm còn ít so với chỉ tiêu');
  }
  const f = c.rollup.total.figures;
  // two groups said apart, never added together; both among those still in the unit (the pool),
  // so "sẽ": who is past the leaving date is in neither
  if (f.pool.blockedByLeaving > 0) {
    items.push(
      `${two(f.pool.blockedByLeaving)} quần chúng đủ tuổi nhưng sẽ rời đơn vị (ra trường, chuyển công tác) trước khi kịp hoàn thành các bước để xét kết nạp (Bảng 4).`,
    );
    causes.push(
      'thời gian học tập, công tác tại đơn vị của một số quần chúng ngắn hơn thời gian cần để đủ điều kiện',
    );
  }
  if (f.pool.blockedByAge > 0) {
    items.push(
      `${two(f.pool.blockedByAge)} quần chúng chưa đủ 18 tuổi đến ngày 31/12/${p.year} hoặc đến khi rời đơn vị (Bảng 4).`,
    );
    causes.push('điều kiện tuổi đời (chỉ xét kết nạp người đã đủ 18 tuổi)');
  }
  const t = c.rollup.total;
  const classRate = shareOverReported(
    c.rollup,
    (l) => l.figures.awarenessClass,
    (l) => l.targets.awarenessClass,
  );
  if (
    t.targets.awarenessClass !== undefined &&
    t.figures.awarenessClass < t.targets.awarenessClass &&
    classRate
  ) {
    items.push(`Số quần chúng được cử học lớp bồi dưỡng nhận thức về Đảng mới đạt ${classRate} chỉ tiêu.`);
  }
  const { silent } = reporting(c.rollup);
  if (silent.length > 0) {
    items.push(`${joinVi(silent.map((l) => l.name))} chưa gửi số liệu; số liệu tổng hợp vì vậy chưa đầy đủ.`);
    causes.push('việc cập nhật số liệu ở một số chi bộ chưa kịp thời');
  }
  if (items.length === 0) {
    items.push(
      'Các tổ chức đảng trực thuộc đều đạt chỉ tiêu; chưa phát sinh vướng mắc lớn về nguồn kết nạp.',
    );
  }
  const blocks: Block[] = [
    heading(1, 'III.', 'HẠN CHẾ VÀ NGUYÊN NHÂN'),
    heading(2, '1.', 'Hạn chế'),
    list(
      'dash',
      items.map((i) => [i]),
    ),
  ];
  if (causes.length > 0) {
    blocks.push(heading(2, '2.', 'Nguyên nhân'), para(`Chủ yếu do ${joinVi(causes)}.`));
  }
  return blocks;
}

/** IV. Phương hướng, nhiệm vụ — each item answers a figure of the report. */
export function directions(c: ReportTextContext): Block[] {
  const items: string[] = [];
  const lagging = [...new Set([...belowTarget(c), ...forecastShort(c.rollup)])];
  items.push(...laggingDirections(lagging));
  const f = c.rollup.total.figures;
  const ready = f.pool.ready;
  const proposed = f.byStage.proposed;
  if (ready > 0 || proposed > 0) {
    const what = [
      ready > 0 ? `xét kết nạp ${two(ready)} quần chúng đã đủ điều kiện` : '',
      proposed > 0 ? `ra quyết định đối với ${two(proposed)} quần chúng chi bộ đã đề nghị kết nạp` : '',
    ].filter(Boolean);
    items.push(
      `Đôn đốc ${what.join(', ')}; bảo đảm thời hạn ra quyết định kết nạp và tổ chức lễ kết nạp theo quy định.`,
    );
  }
  if (f.pool.blockedByLeaving > 0) {
    items.push(
      'Hướng dẫn các chi bộ có quần chúng sắp ra trường hoặc chuyển đi hoàn chỉnh nhận xét, hồ sơ bồi dưỡng và trao đổi với tổ chức đảng nơi quần chúng đến để tiếp tục xem xét kết nạp.',
    );
  }
  // What remains is over the same lines as the share printed beside it (the reporting ones).
  const cls = basisOverReported(
    c.rollup,
    (l) => l.figures.awarenessClass,
    (l) => l.targets.awarenessClass,
  );
  if (cls.done < cls.goal) {
    const over = reporting(c.rollup).silent.length > 0 ? ' của các đơn vị đã báo cáo' : '';
    items.push(
      `Phối hợp mở lớp bồi dưỡng nhận thức về Đảng để cử đủ ${two(cls.goal - cls.done)} quần chúng còn lại theo chỉ tiêu${over}.`,
    );
  }
  if (f.probationEnds > 0) {
    items.push(
      'Theo dõi việc xét công nhận đảng viên chính thức đúng thời hạn cho đảng viên dự bị hết 12 tháng dự bị.',
    );
  }
  const { silent } = reporting(c.rollup);
  if (silent.length > 0) {
    items.push(`Đề nghị ${joinVi(silent.map((l) => l.name))} gửi số liệu để tổng hợp đầy đủ.`);
  }
  items.push(
    'Tiếp tục hướng dẫn nghiệp vụ công tác phát triển đảng viên cho cấp ủy các tổ chức đảng trực thuộc; kiểm tra việc thực hiện quy trình, thủ tục kết nạp.',
  );
  return [
    heading(1, 'IV.', 'PHƯƠNG HƯỚNG, NHIỆM VỤ'),
    list(
      'dash',
      items.map((i) => [i]),
    ),
  ];
}

/** V. Đề xuất, kiến nghị — to the superior, from what the figures show it can help with. */
export function proposals(c: ReportTextContext): Block[] {
  const items: string[] = [];
  const f = c.rollup.total.figures;
  const t = c.rollup.total;
  if (t.targets.awarenessClass !== undefined && t.figures.awarenessClass < t.targets.awarenessClass) {
    items.push(
      `Đề nghị ${c.superiorName} bố trí thêm lớp bồi dưỡng nhận thức về Đảng trong năm ${c.period.year} để các tổ chức đảng cử đủ quần chúng theo chỉ tiêu.`,
    );
  }
  if (f.pool.blockedByLeaving > 0) {
    items.push(
      `Đề nghị ${c.superiorName} hướng dẫn việc chuyển giao hồ sơ bồi dưỡng của quần chúng ra trường, chuyển công tác đến tổ chức đảng nơi quần chúng đến.`,
    );
  }
  items.push(
    `Đề nghị ${c.superiorName} tiếp tục tổ chức tập huấn nghiệp vụ công tác đảng viên cho cấp ủy cơ sở.`,
  );
  return [
    heading(1, 'V.', 'ĐỀ XUẤT, KIẾN NGHỊ'),
    list(
      'dash',
      items.map((i) => [i]),
    ),
  ];
}

import { formatDay } from '../../dates/format.ts';
import { addMonths } from '../../dates/months.ts';
import { CERTIFICATE_MONTHS } from '../../rules/awareness.ts';
import { type Block, heading, type Inline, list, para } from '../model.ts';
import { joinVi, two } from '../numbers.ts';
import { byDay } from '../wording.ts';
import { agePlanning } from './age.ts';
import { assignments } from './assignments.ts';
import { byDay as byDayOf, type CandidateView, hasLeft } from './candidates.ts';
import { massOrganisations, type PlanContext } from './context.ts';
import { names } from './people.ts';
import { isSchool } from './situation.ts';

/** Political and ideological education of the pool: the platform, the statutes, Hồ Chí Minh's example. */
function education(ctx: PlanContext, number: string): Block[] {
  const school = isSchool(ctx);
  return [
    heading(2, number, 'Giáo dục chính trị, tư tưởng cho quần chúng'),
    para(
      'Chi bộ hướng dẫn quần chúng ưu tú tìm hiểu Cương lĩnh chính trị, Điều lệ Đảng, truyền thống của Đảng và của địa phương; ' +
        'kết hợp với học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và ' +
        (school
          ? 'các phong trào thi đua dạy tốt, học tốt của nhà trường'
          : 'các phong trào thi đua của đơn vị') +
        ', để quần chúng xác định đúng động cơ phấn đấu vào Đảng.',
    ),
  ];
}

function sourcing(ctx: PlanContext, number: string): Block[] {
  const orgs = massOrganisations(ctx);
  // each organisation's own members: a trade union has "công đoàn viên", not "hội viên"
  const members = [ctx.hasYouthUnion ? 'đoàn viên' : '', ctx.hasTradeUnion ? 'công đoàn viên' : '']
    .filter(Boolean)
    .join(', ');
  const via = orgs
    ? `Chi bộ lãnh đạo ${orgs} phát hiện những ${members} tiêu biểu qua các phong trào và định kỳ giới thiệu cho chi bộ.`
    : 'Qua nhiệm vụ chuyên môn và các phong trào của đơn vị, mỗi đảng viên chủ động phát hiện quần chúng tiêu biểu để giới thiệu cho chi bộ.';
  const when = isSchool(ctx) ? 'Mỗi học kỳ' : 'Mỗi quý';
  return [
    heading(2, number, 'Tạo nguồn và quản lý danh sách cảm tình Đảng'),
    para(
      `${via} Tại kỳ sinh hoạt hằng tháng, chi bộ rà soát danh sách cảm tình Đảng: bổ sung quần chúng mới, đánh giá tiến bộ của từng người. ` +
        `${when}, chi ủy gặp mặt quần chúng trong danh sách để nghe nguyện vọng, giải đáp thắc mắc và định hướng phấn đấu.`,
    ),
  ];
}

function awarenessClass(ctx: PlanContext, number: string): Block[] {
  const needing = ctx.views
    .filter((v) => v.needsClass)
    .sort((a, b) => rank(a) - rank(b) || byDayOf<CandidateView>((v) => v.r.eligibleFrom)(a, b));
  const expiring = ctx.views.flatMap((v) =>
    v.r.findings
      .filter((f) => f.rule === 'awareness.expiresSoon' && f.date)
      .map((f) => ({ v, date: f.date! })),
  );
  const blocks: Block[] = [heading(2, number, 'Bồi dưỡng nhận thức về Đảng')];
  if (needing.length === 0) {
    blocks.push(withoutValidCertificate(ctx));
  } else {
    const priority = needing.filter((v) => v.outlook === 'admissible');
    const parts: Array<string | Inline> = [
      `Chi bộ đăng ký cử ${two(needing.length)} quần chúng chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng ở đợt gần nhất: `,
      ...names(needing.map((v) => v.key)),
      '.',
    ];
    if (priority.length > 0 && priority.length < needing.length) {
      parts.push(
        ' Ưu tiên ',
        ...names(priority.map((v) => v.key)),
        `, ${priority.length === 1 ? 'người' : 'những người'} có thể được xét kết nạp ngay trong năm.`,
      );
    }
    blocks.push(para(...parts));
  }
  if (expiring.length > 0) {
    // the last day of validity is itself allowed: "chậm nhất ngày …"
    blocks.push(
      para(
        'Để quần chúng không phải học lại, chi bộ họp xét khi giấy chứng nhận còn giá trị: ',
        ...expiring.flatMap(({ v, date }, i) => [i === 0 ? '' : '; ', ...names([v.key]), ` ${byDay(date)}`]),
        '.',
      ),
    );
  }
  return blocks;
}

/**
 * When the plan sends nobody to the class: whether every candidate still in the unit holds a
 * certificate valid on the plan date, computed, never assumed (a late plan's pool may hold a lapsed
 * certificate or none).
 */
function withoutValidCertificate(ctx: PlanContext): Block {
  const day = ctx.doc.date;
  const staying = ctx.views.filter((v) => v.pending && !hasLeft(v, ctx.request.asOf));
  const lacking = staying.flatMap((v): Array<{ v: CandidateView; why: string }> => {
    const cert = v.c.awarenessCertificateDate;
    if (cert === undefined) return [{ v, why: 'chưa có giấy chứng nhận' }];
    // `until` is the last valid day (awareness.expired: valid through it), so it lapses the day after.
    const until = addMonths(cert, CERTIFICATE_MONTHS);
    return until < day ? [{ v, why: `giấy chứng nhận đã hết giá trị sau ngày ${formatDay(until)}` }] : [];
  });
  if (lacking.length === 0) {
    return para(
      `${staying.length === 1 ? 'Quần chúng trong danh sách đã có' : 'Các quần chúng trong danh sách đều đã có'} giấy chứng nhận còn giá trị; quần chúng mới được bổ sung sẽ được đăng ký học ở đợt gần nhất.`,
    );
  }
  return para(
    `Năm ${ctx.year} chi bộ không cử thêm quần chúng học lớp bồi dưỡng nhận thức về Đảng. Có ${two(lacking.length)} quần chúng chưa có giấy chứng nhận còn giá trị (`,
    ...lacking.flatMap(({ v, why }, i) => [i === 0 ? '' : '; ', ...names([v.key]), `: ${why}`]),
    `); chi bộ đăng ký cho ${lacking.length === 1 ? 'quần chúng này' : 'các quần chúng này'} học lớp khi đủ điều kiện.`,
  );
}

/** Candidates the plan aims to admit first, then the others. */
function rank(v: CandidateView): number {
  return v.outlook === 'admissible' ? 0 : 1;
}

/** What is missing from the dossier of the candidates who can be admitted this year. */
/** The papers still missing, in the order of the procedure, as short names of the forms. */
const DOSSIER_STEPS: ReadonlyArray<{ rules: readonly string[]; paper: string }> = [
  { rules: ['application.missing'], paper: 'đơn (mẫu 1-KNĐ)' },
  { rules: ['background.missing'], paper: 'lý lịch (mẫu 2-KNĐ)' },
  { rules: ['background.unverified'], paper: 'thẩm tra lý lịch' },
  {
    rules: ['introducers.insufficient', 'introducers.notOfficial', 'introducers.tooShort'],
    paper: 'giấy giới thiệu (mẫu 3-KNĐ)',
  },
  { rules: ['youthUnion.required'], paper: 'nghị quyết giới thiệu của Đoàn (mẫu 4-KNĐ)' },
  { rules: ['feedback.missing'], paper: 'tổng hợp nhận xét (mẫu 5-KNĐ)' },
  { rules: ['dossier.stale'], paper: 'làm lại giấy tờ quá 12 tháng' },
];

/** What each candidate the plan aims to admit still lacks: one line per person, each named once. */
function dossier(ctx: PlanContext, number: string): Block[] {
  const aimed = ctx.views.filter((v) => v.outlook === 'admissible' && v.stage !== 'proposed');
  const items = aimed
    .map((v) => ({
      v,
      papers: DOSSIER_STEPS.filter((step) => v.r.findings.some((f) => step.rules.includes(f.rule))).map(
        (step) => step.paper,
      ),
    }))
    .filter((x) => x.papers.length > 0);
  const blocks: Block[] = [heading(2, number, 'Hoàn thiện hồ sơ và thẩm tra lý lịch')];
  const standing =
    'Chi ủy kiểm tra hồ sơ của từng quần chúng trước khi đưa ra chi bộ xét; giấy giới thiệu, nghị quyết giới thiệu của đoàn thể và tổng hợp nhận xét quá 12 tháng thì làm lại.';
  if (items.length === 0) {
    blocks.push(para(standing));
    return blocks;
  }
  blocks.push(
    para(`${standing} Những việc còn phải hoàn thành:`),
    list(
      'plus',
      items.map(({ v, papers }) => [...names([v.key]), `: ${joinVi(papers)}.`]),
    ),
  );
  return blocks;
}

/** Nhiệm vụ, giải pháp: the standing tasks and those the data calls for. */
export function tasks(ctx: PlanContext): Block[] {
  // The legal time limits after the vote are in the timeline (IV), with each step: said once.
  const sections = [education, sourcing, assignments, awarenessClass, dossier, agePlanning];
  const blocks: Block[] = [heading(1, 'IV.', 'NHIỆM VỤ, GIẢI PHÁP')];
  let n = 0;
  for (const section of sections) {
    const out = section(ctx, `${n + 1}.`);
    if (out.length === 0) continue;
    blocks.push(...out);
    n++;
  }
  return blocks;
}

import { formatDay } from '../../dates/format.ts';
import { type Block, heading, type Inline, list, para } from '../model.ts';
import { two } from '../numbers.ts';
import { agePlanning } from './age.ts';
import { assignments } from './assignments.ts';
import { byDay, type CandidateView } from './candidates.ts';
import { massOrganisations, type PlanContext } from './context.ts';
import { deadlines } from './deadlines.ts';
import { names } from './people.ts';

function sourcing(ctx: PlanContext, number: string): Block[] {
  const orgs = massOrganisations(ctx);
  const via = orgs
    ? `Chi bộ lãnh đạo ${orgs} của đơn vị đẩy mạnh các phong trào thi đua, qua đó phát hiện những đoàn viên, hội viên tiêu biểu và định kỳ giới thiệu cho chi bộ.`
    : 'Qua nhiệm vụ chuyên môn và các phong trào của đơn vị, mỗi đảng viên chủ động phát hiện những quần chúng tiêu biểu để giới thiệu cho chi bộ.';
  return [
    heading(2, number, 'Tạo nguồn và quản lý danh sách cảm tình Đảng'),
    para(
      `${via} Tại kỳ sinh hoạt hằng tháng, chi bộ rà soát danh sách cảm tình Đảng: bổ sung quần chúng mới, đánh giá tiến bộ của từng người và đưa ra khỏi danh sách những trường hợp không còn phấn đấu.`,
    ),
  ];
}

function awarenessClass(ctx: PlanContext, number: string): Block[] {
  const needing = ctx.views
    .filter((v) => v.needsClass)
    .sort((a, b) => rank(a) - rank(b) || byDay<CandidateView>((v) => v.r.eligibleFrom)(a, b));
  const expiring = ctx.views.flatMap((v) =>
    v.r.findings
      .filter((f) => f.rule === 'awareness.expiresSoon' && f.date)
      .map((f) => ({ v, date: f.date! })),
  );
  const blocks: Block[] = [heading(2, number, 'Bồi dưỡng nhận thức về Đảng')];
  if (needing.length === 0) {
    blocks.push(
      para(
        'Các quần chúng trong danh sách đều đã có giấy chứng nhận còn giá trị. Khi có quần chúng mới, chi bộ đăng ký học lớp bồi dưỡng nhận thức về Đảng ở đợt gần nhất.',
      ),
    );
  } else {
    const priority = needing.filter((v) => v.outlook === 'admissible');
    const parts: Array<string | Inline> = [
      `Chi bộ đăng ký với cấp ủy cấp trên cử ${two(needing.length)} quần chúng học lớp bồi dưỡng nhận thức về Đảng ở đợt gần nhất: `,
      ...names(needing.map((v) => v.key)),
      '.',
    ];
    if (priority.length > 0 && priority.length < needing.length) {
      parts.push(
        ' Ưu tiên ',
        ...names(priority.map((v) => v.key)),
        ', là những quần chúng có thể được xét kết nạp ngay trong năm.',
      );
    }
    blocks.push(para(...parts));
  }
  if (expiring.length > 0) {
    blocks.push(
      para(
        'Giấy chứng nhận sắp hết giá trị — chi bộ cần họp xét trước ngày hết hạn, nếu không quần chúng phải học lại:',
      ),
      list(
        'plus',
        expiring.map(({ v, date }) => [...names([v.key]), `: còn giá trị đến hết ngày ${formatDay(date)}.`]),
      ),
    );
  }
  return blocks;
}

/** Candidates the plan aims to admit first, then the others. */
function rank(v: CandidateView): number {
  return v.outlook === 'admissible' ? 0 : 1;
}

/** What is missing from the dossier of the candidates who can be admitted this year. */
const DOSSIER_STEPS: ReadonlyArray<{ rules: readonly string[]; task: string }> = [
  { rules: ['application.missing'], task: 'Hướng dẫn viết đơn tự nguyện xin vào Đảng (mẫu 1-KNĐ)' },
  { rules: ['background.missing'], task: 'Hướng dẫn khai lý lịch người xin vào Đảng (mẫu 2-KNĐ)' },
  { rules: ['background.unverified'], task: 'Đề nghị cấp ủy cơ sở thẩm tra, chứng nhận lý lịch' },
  {
    rules: ['introducers.insufficient', 'introducers.notOfficial', 'introducers.tooShort'],
    task: 'Bố trí đảng viên chính thức đủ điều kiện viết giấy giới thiệu (mẫu 3-KNĐ)',
  },
  {
    rules: ['youthUnion.required'],
    task: 'Đề nghị tổ chức Đoàn xem xét, giới thiệu đoàn viên ưu tú (mẫu 4-KNĐ)',
  },
  {
    rules: ['feedback.missing'],
    task: 'Lấy ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú, tổng hợp theo mẫu 5-KNĐ',
  },
  { rules: ['dossier.stale'], task: 'Làm lại giấy tờ đã quá 12 tháng và bổ sung lý lịch' },
];

function dossier(ctx: PlanContext, number: string): Block[] {
  const aimed = ctx.views.filter((v) => v.outlook === 'admissible' && v.stage !== 'proposed');
  const items = DOSSIER_STEPS.map((step) => ({
    step,
    keys: aimed.filter((v) => v.r.findings.some((f) => step.rules.includes(f.rule))).map((v) => v.key),
  })).filter((x) => x.keys.length > 0);
  const blocks: Block[] = [heading(2, number, 'Hoàn thiện hồ sơ và thẩm tra lý lịch')];
  if (items.length === 0) {
    blocks.push(
      para(
        'Chi ủy kiểm tra hồ sơ của từng quần chúng trước khi đưa ra chi bộ xét; các giấy tờ có thời hạn (giấy giới thiệu, nghị quyết giới thiệu của đoàn thể, tổng hợp nhận xét) được làm lại khi quá 12 tháng.',
      ),
    );
    return blocks;
  }
  blocks.push(
    para('Đối với các quần chúng có thể được xét kết nạp trong năm, chi ủy chỉ đạo hoàn thành các việc sau:'),
    list(
      'plus',
      items.map(({ step, keys }) => [`${step.task}: `, ...names(keys), '.']),
    ),
  );
  return blocks;
}

/** III. Nhiệm vụ, giải pháp: the standing tasks and those the data calls for. */
export function tasks(ctx: PlanContext): Block[] {
  const sections = [sourcing, assignments, awarenessClass, dossier, agePlanning, deadlines];
  const blocks: Block[] = [heading(1, 'III.', 'NHIỆM VỤ, GIẢI PHÁP')];
  let n = 0;
  for (const section of sections) {
    const out = section(ctx, `${n + 1}.`);
    if (out.length === 0) continue;
    blocks.push(...out);
    n++;
  }
  return blocks;
}

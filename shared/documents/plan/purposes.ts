import type { Category } from '../../schemas/request.ts';
import { type Block, heading, list } from '../model.ts';
import { joinVi } from '../numbers.ts';
import { massOrganisations, type PlanContext } from './context.ts';

const PEOPLE: Record<Category, string> = {
  teacher: 'giáo viên',
  staff: 'cán bộ, nhân viên',
  student: 'học sinh',
  higherEducationStudent: 'sinh viên',
  worker: 'công nhân, người lao động',
  farmer: 'nông dân',
  armedForces: 'cán bộ, chiến sĩ',
  other: 'quần chúng',
};
const ORDER: Category[] = [
  'staff',
  'teacher',
  'worker',
  'farmer',
  'armedForces',
  'student',
  'higherEducationStudent',
  'other',
];

/** "giáo viên, cán bộ, nhân viên và học sinh": who the unit's candidates are. */
export function population(ctx: PlanContext): string {
  const present = new Set(ctx.views.filter((v) => v.pending).map((v) => v.c.category ?? 'other'));
  const groups = ORDER.filter((c) => present.has(c)).map((c) => PEOPLE[c]);
  if (present.has('teacher') && present.has('staff')) {
    groups.splice(groups.indexOf(PEOPLE.staff), 2, 'cán bộ, giáo viên, nhân viên');
  }
  const named = groups.filter((g) => g !== PEOPLE.other);
  return named.length === 0 ? 'quần chúng' : joinVi(named);
}

/** I. Mục đích, yêu cầu. */
export function purposes(ctx: PlanContext): Block[] {
  const orgs = massOrganisations(ctx);
  const requirements: string[][] = [
    [
      `Thực hiện đúng tiêu chuẩn, điều kiện, nguyên tắc, quy trình và thủ tục kết nạp theo Điều lệ Đảng, ${ctx.ruleset.texts.regulation.short} và ${ctx.ruleset.texts.guidance.short}; lấy chất lượng làm trọng, không chạy theo số lượng.`,
    ],
    [
      'Mỗi đảng viên có trách nhiệm phát hiện, giúp đỡ và giới thiệu quần chúng ưu tú; đảng viên được phân công giúp đỡ theo dõi sát quá trình rèn luyện và báo cáo chi bộ hằng tháng.',
    ],
  ];
  if (orgs) {
    requirements.push([
      `${orgs} của đơn vị là nơi rèn luyện, thử thách và giới thiệu quần chúng ưu tú cho chi bộ xem xét.`,
    ]);
  }
  requirements.push([
    'Hồ sơ của từng quần chúng được chuẩn bị đầy đủ, đúng thời điểm; các mốc tuổi đời, thời hạn giá trị của giấy chứng nhận và thời hạn giải quyết của cấp ủy được theo dõi chặt chẽ.',
  ]);
  return [
    heading(1, 'I.', 'MỤC ĐÍCH, YÊU CẦU'),
    heading(2, '1.', 'Mục đích'),
    list('dash', [
      [
        'Bổ sung cho chi bộ những đảng viên mới tiêu biểu về phẩm chất, năng lực và uy tín; nâng cao chất lượng hoạt động của chi bộ và chuẩn bị đội ngũ kế cận lâu dài.',
      ],
      [
        `Phát hiện sớm và bồi dưỡng có kế hoạch những quần chúng ưu tú trong ${population(ctx)} của đơn vị, để quần chúng phấn đấu, rèn luyện và tự nguyện đứng vào hàng ngũ của Đảng.`,
      ],
    ]),
    heading(2, '2.', 'Yêu cầu'),
    list('dash', requirements),
  ];
}

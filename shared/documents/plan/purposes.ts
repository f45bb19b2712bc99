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

/** Mục đích, yêu cầu: short — the plan's substance is in the figures and the tasks. */
export function purposes(ctx: PlanContext): Block[] {
  const orgs = massOrganisations(ctx);
  return [
    heading(1, 'II.', 'MỤC ĐÍCH, YÊU CẦU'),
    list('dash', [
      [
        `Bổ sung cho chi bộ những đảng viên mới tiêu biểu về phẩm chất, năng lực và uy tín; phát hiện sớm, bồi dưỡng có kế hoạch quần chúng ưu tú trong ${population(ctx)} của đơn vị để quần chúng tự giác phấn đấu vào Đảng.`,
      ],
      [
        'Thực hiện đúng tiêu chuẩn, điều kiện, quy trình, thủ tục kết nạp theo Điều lệ Đảng và các văn bản hướng dẫn nêu trên; coi trọng chất lượng, không chạy theo số lượng.',
      ],
      [
        `Mỗi đảng viên có trách nhiệm phát hiện, giúp đỡ, giới thiệu quần chúng ưu tú${orgs ? `; ${orgs} là nơi rèn luyện, thử thách và giới thiệu quần chúng cho chi bộ` : ''}.`,
      ],
    ]),
  ];
}

import { formatDay } from '../../dates/format.ts';
import { type Block, para } from '../model.ts';
import type { PlanContext } from './context.ts';

/** "Căn cứ …": the Party texts in force on the plan date, the superior's targets, the unit's data. */
export function basis(ctx: PlanContext): Block[] {
  const { charter, regulation, guidance } = ctx.ruleset.texts;
  const blocks: Block[] = [charter, regulation, guidance].map((t) => para(`Căn cứ ${t.title};`));
  if (ctx.summary.targets && Object.keys(ctx.summary.targets).length > 0) {
    blocks.push(para(`Căn cứ chỉ tiêu phát triển đảng viên năm ${ctx.year} được ${ctx.superior} giao;`));
  }
  blocks.push(
    para(
      `Căn cứ danh sách quần chúng ưu tú và đảng viên của đơn vị (số liệu đến ngày ${formatDay(ctx.request.asOf)}), ` +
        `${ctx.doc.unitName} xây dựng Kế hoạch phát triển đảng viên năm ${ctx.year} như sau:`,
    ),
  );
  return blocks;
}

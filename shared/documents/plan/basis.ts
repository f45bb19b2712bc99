import { formatDay } from '../../dates/format.ts';
import type { Ruleset } from '../../rules/rulesets.ts';
import { type Block, para } from '../model.ts';
import type { TargetsDocument } from '../schemas.ts';
import type { PlanContext } from './context.ts';

/**
 * The kind of a Party document from the symbol in its number ("45-KH/ĐU" → "Kế hoạch"), so the
 * citation reads as a secretary would write it; "Văn bản" when the symbol says nothing.
 */
const KINDS: Readonly<Record<string, string>> = {
  KH: 'Kế hoạch',
  NQ: 'Nghị quyết',
  HD: 'Hướng dẫn',
  QĐ: 'Quyết định',
  TB: 'Thông báo',
  CV: 'Công văn',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
};

/** "Kế hoạch số 45-KH/ĐU, ngày 10/01/2026" from the number (with or without its kind) and date. */
export function citeDocument(d: TargetsDocument): string {
  const raw = d.number.trim();
  const written = /^(.+?)\s+số\s+(.+)$/iu.exec(raw);
  let kind: string;
  let number: string;
  if (written) {
    kind = written[1]!.charAt(0).toLocaleUpperCase('vi') + written[1]!.slice(1);
    number = written[2]!;
  } else {
    number = raw.replace(/^số\s*/iu, '');
    const symbol = /-([^/\s]+)\//u.exec(number)?.[1]?.toLocaleUpperCase('vi');
    kind = (symbol && KINDS[symbol]) || 'Văn bản';
  }
  return `${kind} số ${number}${d.date ? `, ngày ${formatDay(d.date)}` : ''}`;
}

/** The Party texts a plan rests on, dated and with their issuer: the ruleset of the plan date. */
export function legalBasis(ruleset: Ruleset): string[] {
  const { charter, regulation, guidance, procedure } = ruleset.texts;
  return [charter, regulation, guidance, procedure].map((t) => t.title);
}

/** "Căn cứ …": the Party texts in force on the plan date, the superior's targets, the unit's data. */
export function basis(ctx: PlanContext): Block[] {
  const blocks: Block[] = legalBasis(ctx.ruleset).map((title) => para(`Căn cứ ${title};`));
  const given = ctx.doc.targetsDocument;
  const hasTargets = ctx.summary.targets !== undefined && Object.keys(ctx.summary.targets).length > 0;
  if (given) {
    blocks.push(
      para(
        `Căn cứ chỉ tiêu phát triển đảng viên năm ${ctx.year} được giao tại ${citeDocument(given)} của ${ctx.superior};`,
      ),
    );
  } else if (hasTargets) {
    blocks.push(para(`Căn cứ chỉ tiêu phát triển đảng viên năm ${ctx.year} do ${ctx.superior} giao;`));
  }
  blocks.push(
    para(
      `Căn cứ tình hình thực tế của đơn vị, ${ctx.doc.unitName} xây dựng Kế hoạch phát triển đảng viên năm ${ctx.year} như sau:`,
    ),
  );
  return blocks;
}

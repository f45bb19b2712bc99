/** The superior's panel in the sidebar: who the account is, its unit, the report form's prefills. */

import { type Failure, type Notice, notice, type SuperiorState } from '../../../../common/model.ts';
import type { ActionOptions } from '../../../actions/options.ts';
import { superiorYears } from '../../../actions/years.ts';
import type { Services } from '../../../adapters/services.ts';
import { CONFIG } from '../../../sheet/tabColumns.ts';
import { superiorContext } from '../../../superior/context.ts';

export function superiorState(s: Services, options: ActionOptions = {}): SuperiorState | Failure {
  const ctx = superiorContext(s, options);
  if ('kind' in ctx) return ctx;
  const { year, years, targetsYear } = superiorYears(ctx.clock.today);
  // "Cấu hình" describes the superior's own unit only when it names it.
  const own = ctx.config.unitId?.trim().toLowerCase() === ctx.unitId;
  const notices: Notice[] = [];
  if (ctx.others.length > 0) {
    notices.push(
      notice(
        'info',
        `Đang làm việc với ${ctx.unitName}`,
        `Tài khoản còn là cấp ủy cấp trên của ${ctx.others.map((o) => o.name).join(', ')}. Để chọn đơn vị khác, ghi mã của đơn vị đó (cấp trên cung cấp) vào “Mã đơn vị” ở bảng “${CONFIG.name}”.`,
      ),
    );
  }
  return {
    ok: true,
    email: ctx.me.email,
    unitId: ctx.unitId,
    unitName: ctx.unitName,
    others: ctx.others,
    year,
    years,
    targetsYear,
    report: {
      superiorName: own ? (ctx.config.superiorName ?? '') : '',
      place: ctx.config.place ?? '',
      signer: own ? (ctx.config.secretaryName ?? '') : '',
      // a report has its own number, written on it: never a plan's ("05-KH/ĐU")
      number: '',
      date: ctx.clock.todayText,
    },
    notices,
  };
}

/**
 * What the superior's features share (ban tổ chức of a commune/ward committee, or a grassroots
 * committee): who the account is (`GET /v1/me`) and the unit it answers for. The menu items are
 * there for everyone; a secretary is told plainly what they are for and who may use them.
 */
import type { Me } from '../../../../shared/contract/members.ts';
import type { Failure } from '../../common/model.ts';
import { backendFailure, invalid } from '../actions/failures.ts';
import { type ActionOptions, remoteOptions } from '../actions/options.ts';
import { type Clock, clockOf } from '../adapters/clock.ts';
import type { Services, SpreadsheetLike } from '../adapters/services.ts';
import { readAnswer } from '../backend/answer.ts';
import { callApi } from '../backend/client.ts';
import { meAnswer } from '../backend/contract.gen.ts';
import { type ConfigValues, configOf, unitIdOf } from '../sheet/config.ts';
import { readTable } from '../sheet/headers.ts';
import { findSheets } from '../sheet/sheets.ts';
import { CONFIG } from '../sheet/tabColumns.ts';
import { SUPERIOR_WORDING } from './wording.ts';

export interface SuperiorContext {
  ss: SpreadsheetLike;
  clock: Clock;
  config: ConfigValues;
  base: string;
  me: Me;
  unitId: string;
  unitName: string;
  others: Array<{ id: string; name: string }>;
}

/** Why this account cannot use the superior's actions, in words a secretary understands. */
export function notSuperiorFailure(me: Me): Failure {
  const cells = me.memberships.filter((m) => m.role === 'secretary').map((m) => m.unitName);
  const who = cells.length > 0 ? ` là bí thư ${cells.join(', ')}, nhưng` : '';
  return {
    ok: false,
    kind: 'notSuperior',
    title: 'Chức năng dành cho cấp ủy cấp trên',
    text: `Tài khoản ${me.email}${who} chưa được giao vai trò cấp ủy cấp trên (ban tổ chức) của đơn vị nào. “Tổng hợp các chi bộ”, “Giao chỉ tiêu” và “Soạn báo cáo” dành cho ban tổ chức đảng ủy xã, phường, đặc khu hoặc đảng ủy cơ sở: xem số liệu mọi chi bộ trực thuộc, giao chỉ tiêu và soạn báo cáo chung. Bí thư chi bộ dùng “Gửi báo cáo” để gửi số liệu của chi bộ mình lên. Nếu bạn phụ trách việc này, đề nghị quản trị viên PTĐV thêm email của bạn với vai trò cấp ủy cấp trên.`,
  };
}

/**
 * Reads "Cấu hình", asks the backend who the account is, and picks its unit: the unit of
 * "Mã đơn vị" when the account is a superior there, else its (first) superior membership; an
 * admin may name any unit in "Mã đơn vị".
 */
export function superiorContext(s: Services, options: ActionOptions = {}): SuperiorContext | Failure {
  const now = options.now?.() ?? new Date();
  const ss = s.SpreadsheetApp.getActive();
  const clock = clockOf(s, ss, now);
  const sheet = findSheets(ss, [CONFIG]).get(CONFIG);
  const config = configOf(
    sheet ? readTable(CONFIG, sheet.getName(), sheet.getDataRange().getValues()) : undefined,
  );
  const base = config.backendUrl;
  if (!base) {
    return invalid(
      'Chưa có địa chỉ máy chủ',
      `Số liệu các chi bộ nằm trên máy chủ PTĐV. Ghi “Địa chỉ máy chủ” ở bảng “${CONFIG.name}” (tạo bảng bằng “Tạo bảng mẫu” nếu chưa có) rồi bấm lại.`,
    );
  }
  const outcome = callApi(s, base, { method: 'get', path: 'me' }, SUPERIOR_WORDING, remoteOptions(options));
  if (!outcome.ok) return backendFailure(outcome.error.notice);
  const answer = readAnswer(s, meAnswer, outcome.response, 'GET me', {
    what: 'thông tin tài khoản',
    after: '',
  });
  if (!answer.ok) return backendFailure(answer.notice);
  const me = answer.value;
  const superiorOf = me.memberships.filter((m) => m.role === 'superior');
  const configured = unitIdOf(config);
  let unit = superiorOf.find((m) => m.unitId === configured) ?? superiorOf[0];
  if (unit === undefined && me.isAdmin && configured) {
    unit = { unitId: configured, unitName: configured, role: 'superior' };
  }
  if (unit === undefined) return notSuperiorFailure(me);
  return {
    ss,
    clock,
    config,
    base,
    me,
    unitId: unit.unitId,
    unitName: unit.unitName,
    others: superiorOf
      .filter((m) => m.unitId !== unit.unitId)
      .map((m) => ({ id: m.unitId, name: m.unitName })),
  };
}

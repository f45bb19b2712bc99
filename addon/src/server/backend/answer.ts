/**
 * Every JSON answer the add-on reads is checked against the API contract (shared/contract/,
 * generated into contract.gen.ts): the value, typed as the contract says, or a Vietnamese notice
 * for the user with the English details in the execution log. Never throws.
 */
import type { AnswerName, Answers } from '../../../../shared/contract/answers.ts';
import { type Notice, notice } from '../../common/model.ts';
import type { HttpResponseLike, Services } from '../adapters/services.ts';
import { type AnswerSchema, type SchemaProblem, validate } from './jsonSchema.ts';

/** How a notice about an unreadable answer reads. */
export interface AnswerWording {
  /** what could not be read: “số liệu tổng hợp”, “biên nhận”, “kết quả kiểm tra” */
  what: string;
  /** appended to the notice: what the user can do, or what still happened */
  after: string;
}

export type AnswerOutcome<K extends AnswerName> =
  | { ok: true; value: Answers[K] }
  | { ok: false; notice: Notice; problems: SchemaProblem[] };

/** Problems written to the log at most (the first ones say enough). */
const LOGGED = 5;

/** The parsed JSON of an answer, or undefined when it is not JSON. */
function parsed(response: HttpResponseLike): { json: unknown } | undefined {
  try {
    return { json: JSON.parse(response.getContentText()) };
  } catch {
    return undefined;
  }
}

/**
 * `value` checked against the contract's answer `schema`: itself, typed, when it matches.
 * `request` names the call in the log ("GET units/x/aggregate?year=2026").
 */
export function checkAnswer<K extends AnswerName>(
  s: Services,
  schema: AnswerSchema<K>,
  value: unknown,
  request: string,
  wording: AnswerWording,
): AnswerOutcome<K> {
  const problems = validate(schema, value, LOGGED);
  if (problems.length === 0) return { ok: true, value: value as Answers[K] };
  s.console?.warn(
    `PTĐV: the answer to ${request} does not match the API contract: ` +
      problems.map((p) => `${p.path || '(whole answer)'}: ${p.message}`).join('; '),
  );
  return {
    ok: false,
    problems,
    notice: notice(
      'warning',
      'Máy chủ trả lời không đúng dạng',
      join(
        `Không đọc được ${wording.what} từ máy chủ PTĐV: câu trả lời thiếu hoặc sai một số mục (có thể máy chủ và tiện ích đang ở hai phiên bản khác nhau). Hãy thử lại sau; nếu vẫn vậy, báo quản trị viên PTĐV (chi tiết đã ghi vào nhật ký thực thi của tiện ích).`,
        wording.after,
      ),
    ),
  };
}

/** A successful call's JSON answer, checked against the contract's answer `schema`. */
export function readAnswer<K extends AnswerName>(
  s: Services,
  schema: AnswerSchema<K>,
  response: HttpResponseLike,
  request: string,
  wording: AnswerWording,
): AnswerOutcome<K> {
  const body = parsed(response);
  if (body === undefined) {
    s.console?.warn(`PTĐV: the answer to ${request} is not JSON (status ${response.getResponseCode()})`);
    return {
      ok: false,
      problems: [{ path: '', message: 'not JSON' }],
      notice: notice(
        'warning',
        'Máy chủ trả lời không đúng dạng',
        join(
          `Không đọc được ${wording.what} từ máy chủ PTĐV: câu trả lời không phải dữ liệu của máy chủ PTĐV (có thể địa chỉ trỏ nhầm sang trang khác). Kiểm tra “Địa chỉ máy chủ” ở bảng “Cấu hình”.`,
          wording.after,
        ),
      ),
    };
  }
  return checkAnswer(s, schema, body.json, request, wording);
}

function join(text: string, after: string): string {
  return after ? `${text} ${after}` : text;
}

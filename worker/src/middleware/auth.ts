import { createMiddleware } from 'hono/factory';
import type { JWTVerifyGetKey } from 'jose';
import { devKeys, googleKeys } from '../auth/keys.ts';
import { TokenRejected, type VerifyFailure, verifyIdToken } from '../auth/verify.ts';
import { configOf } from '../config.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

export interface AuthDeps {
  /** Google's key set; injectable so that tests never reach Google. */
  googleKeys?: JWTVerifyGetKey;
}

const MESSAGES: Record<Exclude<VerifyFailure, 'unavailable'> | 'missing', string> = {
  missing: 'Thiếu mã xác thực: cần tiêu đề “Authorization: Bearer <ID token của Google>”.',
  malformed: 'Mã xác thực không đúng định dạng (cần ID token của Google).',
  invalid: 'Mã xác thực không hợp lệ.',
  expired: 'Mã xác thực đã hết hạn: hãy mở lại tiện ích để lấy mã mới.',
  unverified_email: 'Địa chỉ email của tài khoản Google chưa được xác minh.',
  unsupported_email:
    "Địa chỉ email của tài khoản Google có ký tự ngoài chữ cái Latinh không dấu, chữ số và . _ % + ' -: chưa được hỗ trợ.",
};

function unauthorized(reason: keyof typeof MESSAGES): ApiError {
  return new ApiError(401, 'unauthorized', MESSAGES[reason], undefined, {
    'WWW-Authenticate': 'Bearer realm="ptdv"',
  });
}

/**
 * Requires `Authorization: Bearer <Google ID token>` and sets `c.var.user`.
 * The key set follows the configuration, never the request: with DEV_JWKS (set only by
 * `npm start`, never in production) the development key set, otherwise Google's. There is no
 * other way in.
 */
export function authenticate(deps: AuthDeps = {}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('Authorization');
    if (header === undefined || header.trim() === '') throw unauthorized('missing');
    const match = /^Bearer +(\S+)$/i.exec(header.trim());
    if (!match?.[1]) throw unauthorized('malformed');

    const config = configOf(c.env);
    const keys = config.devJwks ? devKeys(config.devJwks) : (deps.googleKeys ?? googleKeys());
    try {
      const identity = await verifyIdToken(match[1], { audiences: config.clientIds, keys });
      c.set('user', { ...identity, isAdmin: config.adminEmails.has(identity.email) });
    } catch (e) {
      if (!(e instanceof TokenRejected)) throw e;
      if (e.reason === 'unavailable') {
        throw new ApiError(
          503,
          'auth_unavailable',
          'Tạm thời không kiểm tra được mã xác thực (không lấy được khóa công khai của Google). Hãy thử lại sau ít phút.',
          undefined,
          { 'Retry-After': '30' },
        );
      }
      throw unauthorized(e.reason);
    }
    await next();
  });
}

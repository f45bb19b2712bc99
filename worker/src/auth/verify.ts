import { errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { KeysUnavailable } from './keys.ts';

export const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

/** Google ID tokens are about 1 KB; anything far larger is not one. */
const MAX_TOKEN_LENGTH = 8192;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** A generous but finite email syntax check; the address itself is vouched for by Google. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

export interface VerifiedIdentity {
  email: string;
  subject: string;
}

export type VerifyFailure = 'malformed' | 'expired' | 'invalid' | 'unverified_email' | 'unavailable';

export class TokenRejected extends Error {
  constructor(readonly reason: VerifyFailure) {
    super(`token rejected: ${reason}`);
    this.name = 'TokenRejected';
  }
}

export interface VerifyOptions {
  /** accepted audiences; an empty list accepts nothing */
  audiences: readonly string[];
  keys: JWTVerifyGetKey;
}

/**
 * Verifies a Google OpenID Connect ID token: RS256 signature by one of `keys`, issuer, audience,
 * expiry (with 30 s of clock tolerance) and a verified email. Throws TokenRejected otherwise.
 */
export async function verifyIdToken(token: string, options: VerifyOptions): Promise<VerifiedIdentity> {
  if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token)) throw new TokenRejected('malformed');
  if (options.audiences.length === 0) throw new TokenRejected('invalid');
  let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
  try {
    ({ payload } = await jwtVerify(token, options.keys, {
      algorithms: ['RS256'],
      issuer: GOOGLE_ISSUERS,
      audience: [...options.audiences],
      requiredClaims: ['exp', 'iat', 'sub', 'email'],
      clockTolerance: 30,
    }));
  } catch (e) {
    if (e instanceof KeysUnavailable) throw new TokenRejected('unavailable');
    if (e instanceof errors.JWTExpired) throw new TokenRejected('expired');
    throw new TokenRejected('invalid');
  }
  const { email, email_verified: emailVerified, sub } = payload;
  if (typeof email !== 'string' || !EMAIL.test(email) || typeof sub !== 'string') {
    throw new TokenRejected('invalid');
  }
  if (emailVerified !== true) throw new TokenRejected('unverified_email');
  return { email: email.toLowerCase(), subject: sub };
}

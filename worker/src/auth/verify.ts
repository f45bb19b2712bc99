import { errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { canonicalEmail } from '../../../shared/contract/email.ts';
import { KeysUnavailable } from './keys.ts';

export const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

/** Google ID tokens are about 1 KB; anything far larger is not one. */
const MAX_TOKEN_LENGTH = 8192;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** Clock difference tolerated between Google and us for a token's issue time, in seconds. */
export const CLOCK_SKEW_SECONDS = 300;
/** Google's ID tokens are valid for one hour; a longer-lived or older token is not one of them. */
export const MAX_TOKEN_LIFETIME_SECONDS = 3600;

export interface VerifiedIdentity {
  email: string;
  subject: string;
}

export type VerifyFailure =
  | 'malformed'
  | 'expired'
  | 'invalid'
  | 'unverified_email'
  | 'unsupported_email'
  | 'unavailable';

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
  /** the current time in seconds (default: the clock) */
  now?: number;
}

/**
 * OpenID Connect's audience rule: our client alone, or, when the token names several audiences,
 * an authorised party (azp) that is one of our clients.
 */
function audienceFits(aud: unknown, azp: unknown, audiences: readonly string[]): boolean {
  if (typeof aud === 'string') return audiences.includes(aud);
  if (!Array.isArray(aud) || aud.length === 0) return false;
  if (aud.length === 1) return typeof aud[0] === 'string' && audiences.includes(aud[0]);
  return typeof azp === 'string' && audiences.includes(azp) && aud.includes(azp);
}

/** The token's age and lifetime are those of a Google ID token: issued in the last hour, valid for at most one. */
function timesFit(iat: number, exp: number, now: number): 'ok' | 'expired' | 'invalid' {
  if (iat > now + CLOCK_SKEW_SECONDS) return 'invalid';
  if (exp - iat > MAX_TOKEN_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS) return 'invalid';
  if (now - iat > MAX_TOKEN_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS) return 'expired';
  return 'ok';
}

/**
 * Verifies a Google OpenID Connect ID token: RS256 signature by one of `keys`, issuer, audience
 * (ours alone, or azp ours), expiry (with 30 s of clock tolerance), an issue time neither in the
 * future (beyond CLOCK_SKEW_SECONDS) nor more than an hour ago, a lifetime of at most an hour, and
 * a verified ASCII email. Throws TokenRejected otherwise.
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
  const { email, email_verified: emailVerified, sub, aud, azp, iat, exp } = payload;
  if (!audienceFits(aud, azp, options.audiences)) throw new TokenRejected('invalid');
  const times = timesFit(iat as number, exp as number, options.now ?? Math.floor(Date.now() / 1000));
  if (times !== 'ok') throw new TokenRejected(times);
  if (typeof email !== 'string' || typeof sub !== 'string') throw new TokenRejected('invalid');
  if (emailVerified !== true) throw new TokenRejected('unverified_email');
  const canonical = canonicalEmail(email);
  if (canonical === undefined) throw new TokenRejected('unsupported_email');
  return { email: canonical, subject: sub };
}

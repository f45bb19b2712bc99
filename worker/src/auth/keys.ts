import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';

/** Google's public keys for ID tokens (OpenID discovery `jwks_uri`). */
export const GOOGLE_JWKS_URL = 'https://www.googleapis.com/oauth2/v3/certs';

/** Thrown when the keys cannot be obtained (network, bad JWKS document): a server-side failure. */
export class KeysUnavailable extends Error {
  constructor(cause: unknown) {
    super('signing keys unavailable', { cause });
    this.name = 'KeysUnavailable';
  }
}

/** Errors that describe the token (no such key id, ambiguous key), not the key source. */
function isTokenProblem(e: unknown): boolean {
  return (
    e instanceof errors.JWKSNoMatchingKey ||
    e instanceof errors.JWKSMultipleMatchingKeys ||
    e instanceof errors.JOSENotSupported ||
    e instanceof errors.JOSEAlgNotAllowed ||
    e instanceof errors.JWSInvalid
  );
}

/** Wraps a key source so that a failure to fetch keys is told apart from a bad token. */
export function guarded(keys: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (e) {
      if (isTokenProblem(e)) throw e;
      throw new KeysUnavailable(e);
    }
  };
}

let google: JWTVerifyGetKey | undefined;

/**
 * Google's key set, fetched on first use and cached for the isolate's lifetime by jose
 * (refreshed after 10 minutes, or when a token names an unknown key id, at most every 30 s).
 */
export function googleKeys(): JWTVerifyGetKey {
  google ??= guarded(createRemoteJWKSet(new URL(GOOGLE_JWKS_URL), { timeoutDuration: 5000 }));
  return google;
}

const devSets = new Map<string, JWTVerifyGetKey>();

/** The development key set from the DEV_JWKS variable (public keys only). */
export function devKeys(rawJwks: string): JWTVerifyGetKey {
  let keys = devSets.get(rawJwks);
  if (!keys) {
    let jwks: JSONWebKeySet;
    try {
      jwks = JSON.parse(rawJwks) as JSONWebKeySet;
      keys = guarded(createLocalJWKSet(jwks));
    } catch (e) {
      // A broken DEV_JWKS is a configuration error: nobody gets in.
      keys = () => Promise.reject(new KeysUnavailable(e));
    }
    devSets.set(rawJwks, keys);
  }
  return keys;
}

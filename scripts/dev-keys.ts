/**
 * The development key pair: `npm start` trusts its public half (DEV_JWKS, loopback requests only),
 * `npm run -s dev:token -- EMAIL` signs ID tokens with its private half. Kept in .dev-keys/
 * (gitignored), created on first use, never committed.
 */
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, importJWK, type JWK, SignJWT } from 'jose';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEV_KEYS_DIR = path.join(ROOT, '.dev-keys');
const PRIVATE_FILE = path.join(DEV_KEYS_DIR, 'private.jwk.json');
const PUBLIC_FILE = path.join(DEV_KEYS_DIR, 'jwks.json');

/** The audience of development tokens (the worker accepts it under `npm start` only). */
export const DEV_CLIENT_ID = 'ptdv-local-dev.apps.googleusercontent.com';
export const GOOGLE_ISSUER = 'https://accounts.google.com';

export interface DevKeys {
  privateJwk: JWK;
  /** the public JWK set, as the worker's DEV_JWKS expects it */
  jwks: { keys: JWK[] };
}

async function readKeys(): Promise<DevKeys | undefined> {
  try {
    const privateJwk = JSON.parse(await readFile(PRIVATE_FILE, 'utf8')) as JWK;
    const jwks = JSON.parse(await readFile(PUBLIC_FILE, 'utf8')) as DevKeys['jwks'];
    if (privateJwk.kid && jwks.keys?.[0]?.kid === privateJwk.kid) return { privateJwk, jwks };
  } catch {
    // missing or unreadable: make new ones
  }
  return undefined;
}

/** Loads the development key pair, creating it on first use. */
export async function ensureDevKeys(): Promise<DevKeys> {
  const existing = await readKeys();
  if (existing) return existing;
  const { publicKey, privateKey } = await generateKeyPair('RS256', {
    extractable: true,
    modulusLength: 2048,
  });
  const kid = `ptdv-dev-${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' };
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  await mkdir(DEV_KEYS_DIR, { recursive: true, mode: 0o700 });
  await writeFile(PRIVATE_FILE, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600 });
  await chmod(PRIVATE_FILE, 0o600);
  const jwks = { keys: [publicJwk] };
  await writeFile(PUBLIC_FILE, `${JSON.stringify(jwks, null, 2)}\n`);
  return { privateJwk, jwks };
}

/** An ID token shaped like Google's (RS256, same issuer, audience and claims), signed by the dev key. */
export async function signDevToken(email: string, ttlSeconds = 3600): Promise<string> {
  const { privateJwk } = await ensureDevKeys();
  const key = await importJWK(privateJwk, 'RS256');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ email: email.toLowerCase(), email_verified: true })
    .setProtectedHeader({ alg: 'RS256', kid: privateJwk.kid as string, typ: 'JWT' })
    .setIssuer(GOOGLE_ISSUER)
    .setAudience(DEV_CLIENT_ID)
    .setSubject(`dev-${email.toLowerCase()}`)
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(key);
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { exportJWK, generateKeyPair } from 'jose';
import { defineProject } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A fresh RS256 key pair per run: its public JWK set and its private JWK, as JSON. */
async function keyPair(kid: string): Promise<{ jwks: string; privateJwk: string }> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const pub = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const priv = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' };
  return { jwks: JSON.stringify({ keys: [pub] }), privateJwk: JSON.stringify(priv) };
}

export default defineProject(async () => {
  const migrations = await readD1Migrations(path.join(root, 'worker/migrations'));
  const dev = await keyPair('test-dev-key');
  const google = await keyPair('test-google-key');
  const stranger = await keyPair('test-dev-key'); // same kid, different key: a forger's
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: path.join(root, 'wrangler.toml') },
        miniflare: {
          bindings: {
            GOOGLE_CLIENT_IDS:
              'test-client.apps.googleusercontent.com, second-client.apps.googleusercontent.com',
            ADMIN_EMAILS: 'admin@example.org',
            DEV_JWKS: dev.jwks,
            // Tests make many requests as the same user; limits.test.ts checks the limit itself.
            RATE_LIMIT_PER_MINUTE: '1000000',
            TEST_MIGRATIONS: migrations,
            TEST_DEV_PRIVATE_JWK: dev.privateJwk,
            TEST_GOOGLE_JWKS: google.jwks,
            TEST_GOOGLE_PRIVATE_JWK: google.privateJwk,
            TEST_STRANGER_PRIVATE_JWK: stranger.privateJwk,
          },
        },
      }),
    ],
    test: {
      name: 'worker',
      root,
      include: ['tests/worker/**/*.test.ts'],
      setupFiles: ['tests/worker/setup.ts'],
      testTimeout: 30_000,
    },
  };
});

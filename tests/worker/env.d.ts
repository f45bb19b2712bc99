import type { D1Migration } from 'cloudflare:test';

declare global {
  namespace Cloudflare {
    interface Env {
      DEV_JWKS?: string;
      TEST_MIGRATIONS: D1Migration[];
      TEST_DEV_PRIVATE_JWK: string;
      TEST_GOOGLE_JWKS: string;
      TEST_GOOGLE_PRIVATE_JWK: string;
      TEST_STRANGER_PRIVATE_JWK: string;
    }
  }
}

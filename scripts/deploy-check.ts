/**
 * Run by `npm run deploy` before anything is deployed: refuses a configuration that would deploy
 * the placeholder database, accept no audience, or trust the development keys.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './dev-keys.ts';

const toml = await readFile(path.join(ROOT, 'wrangler.toml'), 'utf8');
const problems: string[] = [];
if (/database_id\s*=\s*"0{8}-0{4}-0{4}-0{4}-0{12}"/.test(toml)) {
  problems.push(
    'wrangler.toml: database_id is still the placeholder; run `wrangler d1 create ptdv` and paste its id.',
  );
}
if (/^\s*GOOGLE_CLIENT_IDS\s*=\s*"\s*"/m.test(toml)) {
  problems.push("wrangler.toml: GOOGLE_CLIENT_IDS is empty; set the add-on's OAuth client id(s).");
}
if (/^\s*DEV_JWKS\s*=/m.test(toml)) {
  problems.push('wrangler.toml: DEV_JWKS must never be deployed.');
}
if (/^\s*ADMIN_EMAILS\s*=/m.test(toml)) {
  problems.push(
    'wrangler.toml: ADMIN_EMAILS belongs in a secret (`wrangler secret put ADMIN_EMAILS`), not in [vars].',
  );
}
if (problems.length > 0) {
  console.error(`Not deploying:\n- ${problems.join('\n- ')}\nSee docs/deploy.md.`);
  process.exit(1);
}

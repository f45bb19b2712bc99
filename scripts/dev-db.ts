/**
 * Prepares the local D1 database of `wrangler dev` (.wrangler/state, or $PERSIST_TO): applies the
 * migrations in worker/migrations, then the demo seed (worker/seed/demo.sql, which only adds what
 * is missing). `npm run dev:db` runs it on its own.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './dev-keys.ts';
import { runWrangler } from './dev-wrangler.ts';

export const SEED_FILE = path.join(ROOT, 'worker/seed/demo.sql');

/** `--persist-to DIR` when PERSIST_TO is set (a separate local state, e.g. for the HTTP benchmark). */
export function persistArgs(): string[] {
  return process.env.PERSIST_TO ? ['--persist-to', process.env.PERSIST_TO] : [];
}

export async function prepareLocalDb(): Promise<void> {
  await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persistArgs()]);
  await runWrangler(['d1', 'execute', 'DB', '--local', ...persistArgs(), '--file', SEED_FILE]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await prepareLocalDb();
  console.log('Local D1 migrated and seeded.');
}

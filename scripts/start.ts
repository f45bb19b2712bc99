/**
 * `npm start`: the local stack, offline and without any Cloudflare or Google login.
 *  1. the development key pair (.dev-keys/, created on first run);
 *  2. the local D1 migrated and seeded with the demo hierarchy;
 *  3. `wrangler dev` on 127.0.0.1:${PORT:-8787}, trusting the dev key, ADMIN_EMAILS=admin@example.org.
 * Optional: PERSIST_TO (another local state directory), RATE_LIMIT_PER_MINUTE, ADMIN_EMAILS,
 * GOOGLE_CLIENT_IDS (added to the development audience).
 * Each long-running process is a "service"; beside the worker runs the add-on preview on
 * ${PREVIEW_PORT:-PORT+1} (scripts/preview.ts). Ctrl-C stops them all; when one exits, the others are stopped too.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { persistArgs, prepareLocalDb } from './dev-db.ts';
import { DEV_CLIENT_ID, ensureDevKeys, ROOT } from './dev-keys.ts';
import { SKIPPED_LINE, spawnWrangler } from './dev-wrangler.ts';

const PORT = process.env.PORT ?? '8787';
const HOST = '127.0.0.1';

interface Service {
  name: string;
  start: () => Promise<ChildProcess>;
}

const worker: Service = {
  name: 'worker',
  async start() {
    const { jwks } = await ensureDevKeys();
    await prepareLocalDb();
    const clientIds = [DEV_CLIENT_ID, ...(process.env.GOOGLE_CLIENT_IDS ?? '').split(',').filter(Boolean)];
    const rateLimit = process.env.RATE_LIMIT_PER_MINUTE;
    return spawnWrangler([
      'dev',
      '--local',
      '--ip',
      HOST,
      '--port',
      PORT,
      '--show-interactive-dev-session=false',
      '--var',
      `GOOGLE_CLIENT_IDS:${clientIds.join(',')}`,
      '--var',
      `ADMIN_EMAILS:${process.env.ADMIN_EMAILS ?? 'admin@example.org'}`,
      '--var',
      `DEV_JWKS:${JSON.stringify(jwks)}`,
      ...(rateLimit ? ['--var', `RATE_LIMIT_PER_MINUTE:${rateLimit}`] : []),
      ...persistArgs(),
    ]);
  },
};

// --- Add-on preview (owned by the add-on; see scripts/preview.ts) --------------------------------
// The Sheets add-on with demo data, on its own loopback port, forwarding /v1/* to the worker above.
const PREVIEW_PORT = process.env.PREVIEW_PORT ?? String(Number(PORT) + 1);
const preview: Service = {
  name: 'preview',
  async start() {
    return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/preview.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT, PREVIEW_PORT, PTDV_WORKER_URL: `http://${HOST}:${PORT}` },
      stdio: 'inherit',
    });
  },
};
// --------------------------------------------------------------------------------------------------

const services: Service[] = [worker, preview];
const running: ChildProcess[] = [];
let stopping = false;

function stopAll(signal: NodeJS.Signals = 'SIGTERM'): void {
  if (stopping) return;
  stopping = true;
  for (const child of running) if (child.exitCode === null) child.kill(signal);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => stopAll(signal));
}

for (const service of services) {
  const child = await service.start();
  running.push(child);
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`[start] ${service.name} exited (${signal ?? code}); stopping the others.`);
    stopAll();
    if (running.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
}
console.log(
  `[start] worker: http://${HOST}:${PORT}/v1/health — token: npm run -s dev:token -- admin@example.org`,
);
console.log(`[start] add-on preview (demo data): http://${HOST}:${PREVIEW_PORT}/preview/`);
console.log(SKIPPED_LINE);

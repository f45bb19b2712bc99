/**
 * `npm start`: the local stack, offline and without any Cloudflare or Google login.
 *  1. the development key pair (.dev-keys/, created on first run);
 *  2. the local D1 migrated and seeded with the demo hierarchy;
 *  3. `wrangler dev` on 127.0.0.1:${PORT:-8787}, trusting the dev key, ADMIN_EMAILS=admin@example.org.
 * Optional: PERSIST_TO (another local state directory), RATE_LIMIT_PER_MINUTE, ADMIN_EMAILS,
 * GOOGLE_CLIENT_IDS (added to the development audience).
 * Each long-running process is a "service"; more can be added beside the worker (e.g. the add-on
 * preview). Ctrl-C stops them all; when one exits, the others are stopped too.
 */
import type { ChildProcess } from 'node:child_process';
import { persistArgs, prepareLocalDb } from './dev-db.ts';
import { DEV_CLIENT_ID, ensureDevKeys } from './dev-keys.ts';
import { spawnWrangler } from './dev-wrangler.ts';

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

const services: Service[] = [worker];
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

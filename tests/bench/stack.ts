/**
 * The benchmarks' local stack: `npm start` (scripts/start.ts) on its own port with its own state
 * directory, started detached so that it stops as a whole.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../scripts/dev-keys.ts';

export interface StackOptions {
  port: number;
  /** the local state directory (D1 and the rest), passed as PERSIST_TO */
  stateDir: string;
  /** how long to wait for /v1/health */
  timeoutMs?: number;
}

export async function startServer(options: StackOptions): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/start.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(options.port),
        PREVIEW_PORT: String(options.port + 1),
        PERSIST_TO: options.stateDir,
        RATE_LIMIT_PER_MINUTE: '100000000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so that it can be stopped as a whole
    },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${log}`);
    try {
      if ((await fetch(`${base}/v1/health`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stopServer(child);
  throw new Error(`npm start did not answer on ${base} in time:\n${log}`);
}

export function stopServer(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/**
 * Global setup of the browser project: starts `npm start`'s script once for every browser test
 * file — the worker on a free loopback port with its local D1 state in a temp dir, the preview
 * beside it — and stops it after the last file. The files run one after another (vitest.config.ts:
 * fileParallelism false), each with its own Chromium (harness.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumAvailable } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the preview's address, e.g. http://127.0.0.1:PORT/preview/ ('' when Chromium is missing) */
    previewUrl: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Whether nothing listens on `port` of the loopback now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A free loopback port below Linux's ephemeral range (32768–60999). A port the OS hands out with
 * `listen(0)` is ephemeral: between our probe and wrangler's bind, the worker tests running beside
 * this project (workerd, vitest's pool) can be given the same one, and wrangler then fails with
 * "Address already in use".
 */
async function freePort(taken: readonly number[] = []): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (!taken.includes(port) && (await isFree(port))) return port;
  }
  throw new Error('no free loopback port between 20000 and 32000');
}

async function waitFor(url: string, ms: number, stack: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (stack.exitCode !== null) throw new Error(`npm start exited (${stack.exitCode}):\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer in ${ms} ms:\n${log()}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!chromiumAvailable()) {
    project.provide('previewUrl', '');
    return async () => undefined;
  }
  const temp = await mkdtemp(path.join(tmpdir(), 'ptdv-browser-'));
  const port = await freePort();
  const previewPort = await freePort([port]);
  let output = '';
  const stack = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/start.ts')], {
    cwd: ROOT,
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      PREVIEW_PORT: String(previewPort),
      PERSIST_TO: path.join(temp, 'state'),
      PREVIEW_OUT_DIR: path.join(temp, 'dist'),
      WRANGLER_SEND_METRICS: 'false',
      NO_UPDATE_NOTIFIER: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  stack.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  stack.stderr?.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const stop = async () => {
    if (stack.pid !== undefined && stack.exitCode === null) {
      const exited = new Promise((r) => stack.once('exit', r));
      process.kill(-stack.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (stack.exitCode === null) process.kill(-stack.pid, 'SIGKILL');
    }
    await rm(temp, { recursive: true, force: true });
  };
  const previewUrl = `http://127.0.0.1:${previewPort}/preview/`;
  try {
    await waitFor(`http://127.0.0.1:${previewPort}/v1/health`, 90_000, stack, () => output);
    await waitFor(previewUrl, 30_000, stack, () => output);
  } catch (e) {
    await stop();
    throw e;
  }
  project.provide('previewUrl', previewUrl);
  return stop;
}

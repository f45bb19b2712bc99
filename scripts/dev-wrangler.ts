/** Runs the project's wrangler with the Node that runs this script (Node 22), offline-friendly. */
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './dev-keys.ts';

const WRANGLER = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

/**
 * No metrics, no update check, and no download of Cloudflare's sample `Request.cf` object
 * (workers.cloudflare.com/cf.json): the worker never reads `request.cf`, and offline that
 * download printed two DNS stack traces at every start.
 */
export function wranglerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    NO_UPDATE_NOTIFIER: '1',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  };
}

/** The one line `npm start` prints about what it leaves out. */
export const SKIPPED_LINE =
  "[start] skipped (offline-safe): wrangler's download of Cloudflare's sample Request.cf object — the worker does not read request.cf";

export function spawnWrangler(args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    env: wranglerEnv(),
    stdio: 'inherit',
    ...options,
  });
}

/** Runs a wrangler command to completion; rejects with its output when it fails. */
export function runWrangler(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnWrangler(args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`wrangler ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

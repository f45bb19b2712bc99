/**
 * `npm run bench:http`: the worker over HTTP, as `npm start` serves it on loopback.
 *
 * Starts `npm start` on its own port (BENCH_PORT, default 8797) with a fresh local state in a
 * temporary directory and the rate limit raised out of the way (its D1 write still happens on
 * every request), seeds a subtree of 200 units through the API, then prints:
 *  - the worker's CPU time per evaluate of 1,000 rows, from the worker's Server-Timing (total
 *    minus the D1 wait, mean of sequential requests), split into body parse, evaluate,
 *    serialisation and the rest, for the default answer and the compact one (`?form=compact`,
 *    what the add-on asks for), interleaved — the compact path must stay under the free plan's 10 ms;
 *  - requests/s, p50 and p99 for evaluate (50 rows) and the aggregate of 200 units, with
 *    autocannon for BENCH_SECONDS (default 10) each; any error or non-2xx fails the run.
 * With `--cpu-only` (how `npm run bench` ends) it prints the CPU time alone: no subtree, no load.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { signDevToken } from '../../scripts/dev-keys.ts';
import { evaluate } from '../../shared/index.ts';
import { generateRequest } from '../fixtures/generate.ts';
import { startServer, stopServer } from './stack.ts';

const PORT = Number(process.env.BENCH_PORT ?? 8797);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const CPU_BUDGET_MS = 10;
const ADMIN = 'admin@example.org';
const BENCH_ROOT = 'bench-tinh';
const CPU_ONLY = process.argv.includes('--cpu-only');

// ---------------------------------------------------------------------------------------------
// The server

/** The pids of every process under `root` (Linux /proc). */
async function descendants(root: number): Promise<Array<{ pid: number; comm: string }>> {
  const parents = new Map<number, { ppid: number; comm: string }>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), { ppid: Number(fields[1]), comm });
    } catch {
      // the process ended meanwhile
    }
  }
  const out: Array<{ pid: number; comm: string }> = [];
  const walk = (pid: number) => {
    for (const [child, info] of parents) {
      if (info.ppid === pid) {
        out.push({ pid: child, comm: info.comm });
        walk(child);
      }
    }
  };
  walk(root);
  return out;
}

/** User + system CPU seconds of the given processes. */
async function cpuSeconds(pids: number[]): Promise<number> {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let ticks = 0;
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
  }
  return ticks / ticksPerSecond;
}

// ---------------------------------------------------------------------------------------------
// Requests

async function api(method: string, urlPath: string, token: string, body?: unknown): Promise<Response> {
  const res = await fetch(`${BASE}${urlPath}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${urlPath}: ${res.status} ${await res.text()}`);
  return res;
}

/** The mean: workerd's clock has millisecond steps, which averaging over many requests smooths out. */
function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

async function inParallel<T>(items: T[], limit: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++] as T);
    }),
  );
}

/** A province with 9 communes and 190 cells under them: 200 units, most with targets and a report. */
async function seedSubtree(admin: string, year: number): Promise<void> {
  const units: Array<[string, string, string | null]> = [[BENCH_ROOT, 'Tỉnh ủy (bench)', null]];
  for (let c = 0; c < 9; c++) units.push([`${BENCH_ROOT}-xa-${c}`, `Đảng ủy xã ${c + 1}`, BENCH_ROOT]);
  for (let k = 0; k < 190; k++)
    units.push([`${BENCH_ROOT}-cb-${k}`, `Chi bộ ${k + 1}`, `${BENCH_ROOT}-xa-${k % 9}`]);
  for (const [id, name, parentId] of units) await api('PUT', `/v1/units/${id}`, admin, { name, parentId });
  const cells = units.slice(10).map(([id]) => id);
  await inParallel(cells, 8, async (id) => {
    const k = Number(id.split('-').pop());
    await api('PUT', `/v1/units/${id}/targets/${year}`, admin, {
      admitted: 2,
      students: 1,
      women: 1,
      awarenessClass: 6,
    });
    if (k % 4 === 3) return; // a quarter has not reported yet
    const outcome = evaluate({ ...generateRequest(20, 1000 + k), asOf: `${year}-06-30` });
    if (!outcome.ok) throw new Error('generated unit rejected');
    await api('PUT', `/v1/units/${id}/reports/${year}`, admin, { summary: outcome.summary });
  });
}

function line(label: string, r: Result): string {
  return `${label.padEnd(28)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   (${r.requests.total} requests, ${r.errors} errors, ${r.non2xx} non-2xx)`;
}

async function load(label: string, options: { method: string; path: string; token: string; body?: string }) {
  const result = await autocannon({
    url: `${BASE}${options.path}`,
    method: options.method,
    headers: {
      Authorization: `Bearer ${options.token}`,
      ...(options.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: options.body,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
  });
  console.log(line(label, result));
  return result;
}

// ---------------------------------------------------------------------------------------------

const stateDir = await mkdtemp(path.join(tmpdir(), 'ptdv-bench-'));
let server: ChildProcess | undefined;
let failed = false;
try {
  console.log(`PTĐV HTTP benchmark — npm start on ${BASE} (fresh state in ${stateDir})`);
  server = await startServer({ port: PORT, stateDir });
  const admin = await signDevToken(ADMIN);
  const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();

  // CPU time per evaluate of 1,000 rows. The worker's own Server-Timing (local only) splits each
  // request; its total minus the D1 wait is the time the isolate computed. The workerd processes'
  // CPU counters give a looser upper bound (HTTP, the dev proxy and the D1 simulator included).
  const workerd = (await descendants(server.pid as number))
    .filter((p) => p.comm.startsWith('workerd'))
    .map((p) => p.pid);
  if (workerd.length === 0) throw new Error('no workerd process found under npm start');
  const big = JSON.stringify(generateRequest(1000));
  // Both forms, interleaved request by request: the default answer and the compact one (the path
  // the add-on uses), each with the same yardstick taken at the same moments.
  const FORMS = [
    { name: 'default', path: '/v1/evaluate' },
    { name: 'compact', path: '/v1/evaluate?form=compact' },
  ] as const;
  const timings = new Map<string, Array<Record<string, number>>>(FORMS.map((f) => [f.name, []]));
  const evaluateOnce = async (form: (typeof FORMS)[number], body: string) => {
    const res = await fetch(`${BASE}${form.path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${admin}`, 'Content-Type': 'application/json' },
      body,
    });
    if (res.status !== 200) throw new Error(`evaluate: ${res.status} ${(await res.text()).slice(0, 300)}`);
    const bytes = (await res.arrayBuffer()).byteLength;
    const metrics: Record<string, number> = { bytes };
    for (const m of (res.headers.get('Server-Timing') ?? '').matchAll(/([\w-]+);dur=([\d.]+)/g)) {
      metrics[m[1] as string] = Number(m[2]);
    }
    timings.get(form.name)?.push(metrics);
  };
  for (let i = 0; i < 10; i++) {
    for (const form of FORMS) await evaluateOnce(form, big); // warm-up (JIT), here too
    JSON.parse(big);
  }
  for (const list of timings.values()) list.length = 0;
  const runs = 60;
  const cpu0 = await cpuSeconds(workerd);
  const wall0 = performance.now();
  // A yardstick for this machine's speed at the same moments: the same body parsed here, in
  // Node, after each request. The ratio travels between machines; the absolute figure moves with
  // them (on a shared VM, by up to half between runs).
  let yardstickMs = 0;
  for (let i = 0; i < runs; i++) {
    // the order alternates, so neither form always follows the other
    for (const form of i % 2 === 0 ? FORMS : [...FORMS].reverse()) await evaluateOnce(form, big);
    const p0 = performance.now();
    JSON.parse(big);
    yardstickMs += (performance.now() - p0) / runs;
  }
  const wall = (performance.now() - wall0) / runs / FORMS.length;
  const processCpuMs = (((await cpuSeconds(workerd)) - cpu0) * 1000) / runs / FORMS.length;
  console.log(
    `evaluate, 1,000 rows (${(big.length / 1024).toFixed(0)} KiB in), ${runs} requests of each form, interleaved; ` +
      `yardstick: JSON.parse of the same body in Node after each pair, ${yardstickMs.toFixed(2)} ms`,
  );
  for (const form of FORMS) {
    const list = timings.get(form.name) ?? [];
    const med = (name: string) => mean(list.map((t) => t[name] ?? 0));
    const workerMs = mean(list.map((t) => (t.total ?? 0) - (t.d1 ?? 0)));
    console.log(
      `  ${form.name.padEnd(7)} (${(med('bytes') / 1024).toFixed(0)} KiB out): worker CPU ${workerMs.toFixed(1)} ms per request ` +
        `(budget ${CPU_BUDGET_MS} ms) = body ${med('body').toFixed(1)} + evaluate ${med('evaluate').toFixed(1)} + ` +
        `serialize ${med('serialize').toFixed(1)} + auth/routing ${(workerMs - med('body') - med('evaluate') - med('serialize')).toFixed(1)} ms; ` +
        `D1 wait ${med('d1').toFixed(1)} ms; = ${(workerMs / yardstickMs).toFixed(1)}× the yardstick`,
    );
    if (workerMs >= CPU_BUDGET_MS) {
      console.log(`  ✗ ${form.name}: over the free plan's ${CPU_BUDGET_MS} ms of CPU`);
      if (form.name === 'compact') failed = true; // the path the add-on uses
    }
  }
  console.log(
    `  both forms: wall ${wall.toFixed(1)} ms per request; workerd processes ${processCpuMs.toFixed(1)} ms CPU per request (an upper bound: HTTP, the dev proxy and D1 included)`,
  );

  if (!CPU_ONLY) await underLoad(admin, year);
} catch (e) {
  console.error(e);
  failed = true;
} finally {
  if (server) stopServer(server);
  await new Promise((r) => setTimeout(r, 1000));
  await rm(stateDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** Requests/s, p50 and p99 for a small evaluate and for the aggregate of a seeded subtree. */
async function underLoad(admin: string, year: number): Promise<void> {
  const t0 = Date.now();
  await seedSubtree(admin, year);
  const aggregatePath = `/v1/units/${BENCH_ROOT}/aggregate?year=${year}`;
  const agg = (await (await api('GET', aggregatePath, admin)).json()) as {
    totals: { units: number; reported: number };
  };
  console.log(
    `seeded ${agg.totals.units} units (${agg.totals.reported} reports) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  const results = [
    await load('evaluate (50 rows)', {
      method: 'POST',
      path: '/v1/evaluate',
      token: admin,
      body: JSON.stringify(generateRequest(50)),
    }),
    await load(`aggregate (${agg.totals.units} units)`, { method: 'GET', path: aggregatePath, token: admin }),
  ];
  if (results.some((r) => r.errors > 0 || r.non2xx > 0 || r.timeouts > 0)) {
    console.log('  ✗ errors or non-2xx answers under load');
    failed = true;
  }
}

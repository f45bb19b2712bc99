/**
 * `npm run bench:aggregate`: what one aggregate costs at national scale.
 *
 * For trees of about 1,000, 10,000 and 100,000 units (BENCH_SIZES), seeds a fresh local D1 with
 * SQL through wrangler (aggregateSeed.ts: a few INSERT … SELECT statements; the rollup triggers
 * fill the sums), starts `npm start` on it (BENCH_PORT, default 8795), and prints for the root
 * and for one commune (about 30 children each): D1's own count of rows read, the worker's time
 * (Server-Timing total, loopback only) and the answer's bytes — medians over interleaved rounds.
 * The whole run stops after BENCH_TIME_LIMIT seconds (default 900) and fails then.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { signDevToken } from '../../scripts/dev-keys.ts';
import { runWrangler } from '../../scripts/dev-wrangler.ts';
import { BENCH_ROOT, seedSql, unitCount } from './aggregateSeed.ts';
import { startServer, stopServer } from './stack.ts';

const PORT = Number(process.env.BENCH_PORT ?? 8795);
const BASE = `http://127.0.0.1:${PORT}`;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const TIME_LIMIT_S = Number(process.env.BENCH_TIME_LIMIT ?? 900);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);

/** Fan-outs per level below the root: a commune has 30 cells, the root about 30 children. */
const SHAPES: Record<number, number[]> = {
  1000: [32, 30],
  10000: [10, 32, 30],
  100000: [34, 98, 30],
};

interface Sample {
  rowsRead: number;
  workerMs: number;
  bytes: number;
  units: number;
  listed: number;
}

async function measure(urlPath: string, token: string): Promise<Sample> {
  const res = await fetch(`${BASE}${urlPath}`, { headers: { Authorization: `Bearer ${token}` } });
  const body = await res.arrayBuffer();
  if (res.status !== 200)
    throw new Error(`${urlPath}: ${res.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
  const timing = res.headers.get('Server-Timing') ?? '';
  const metric = (name: string) =>
    Number(new RegExp(`${name};dur=([\\d.]+)`).exec(timing)?.[1] ?? Number.NaN);
  const json = JSON.parse(new TextDecoder().decode(body)) as { units: unknown[]; totals: { units: number } };
  return {
    rowsRead: metric('d1-rows-read'),
    workerMs: metric('total'),
    bytes: body.byteLength,
    units: json.totals.units,
    listed: json.units.length,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function summarize(label: string, samples: Sample[]): Sample {
  const s = samples[0] as Sample;
  const m: Sample = {
    rowsRead: median(samples.map((x) => x.rowsRead)),
    workerMs: median(samples.map((x) => x.workerMs)),
    bytes: median(samples.map((x) => x.bytes)),
    units: s.units,
    listed: s.listed,
  };
  console.log(
    `  ${label.padEnd(8)} ${String(m.units).padStart(7)} units below, ${String(m.listed).padStart(3)} rows listed: ` +
      `${String(m.rowsRead).padStart(5)} rows read   ${m.workerMs.toFixed(1).padStart(6)} ms worker   ` +
      `${(m.bytes / 1024).toFixed(1).padStart(6)} KiB`,
  );
  return m;
}

async function runSize(size: number, year: number): Promise<boolean> {
  const shape = SHAPES[size];
  if (!shape) throw new Error(`no tree shape for ${size} units (known: ${Object.keys(SHAPES).join(', ')})`);
  const units = unitCount(shape);
  const stateDir = await mkdtemp(path.join(tmpdir(), 'ptdv-bench-agg-'));
  let server: ChildProcess | undefined;
  try {
    const seedFile = path.join(stateDir, 'seed.sql');
    await writeFile(seedFile, seedSql(shape, year));
    await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', stateDir]);
    const t0 = performance.now();
    await runWrangler(['d1', 'execute', 'DB', '--local', '--persist-to', stateDir, '--file', seedFile]);
    const seedS = (performance.now() - t0) / 1000;
    console.log(
      `${units.toLocaleString('en')} units (fan-outs ${shape.join(' × ')}), seeded in ${seedS.toFixed(1)} s`,
    );
    server = await startServer({ port: PORT, stateDir });
    const token = await signDevToken('admin@example.org');
    const commune = `${BENCH_ROOT}${'-1'.repeat(shape.length - 1)}`;
    const paths = {
      root: `/v1/units/${BENCH_ROOT}/aggregate?year=${year}`,
      commune: `/v1/units/${commune}/aggregate?year=${year}`,
    };
    for (let i = 0; i < 3; i++) for (const p of Object.values(paths)) await measure(p, token); // warm-up
    const samples: Record<keyof typeof paths, Sample[]> = { root: [], commune: [] };
    for (let i = 0; i < ROUNDS; i++) {
      // interleaved, so that a drift of the shared machine hits both alike
      samples.root.push(await measure(paths.root, token));
      samples.commune.push(await measure(paths.commune, token));
    }
    const root = summarize('root', samples.root);
    const one = summarize('commune', samples.commune);
    console.log(
      `  root / commune: rows read ${(root.rowsRead / one.rowsRead).toFixed(2)}×, worker time ` +
        `${(root.workerMs / one.workerMs).toFixed(2)}×, bytes ${(root.bytes / one.bytes).toFixed(2)}×`,
    );
    if (root.units !== units) {
      console.log(`  ✗ the root's totals count ${root.units} units, the tree has ${units}`);
      return false;
    }
    return true;
  } finally {
    if (server) stopServer(server);
    await new Promise((r) => setTimeout(r, 1000));
    await rm(stateDir, { recursive: true, force: true });
  }
}

const limit = setTimeout(() => {
  console.error(`✗ bench:aggregate stopped after ${TIME_LIMIT_S} s`);
  process.exit(1);
}, TIME_LIMIT_S * 1000);
let ok = true;
try {
  console.log(`PTĐV aggregate benchmark — npm start on ${BASE}, ${ROUNDS} interleaved rounds, medians`);
  const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
  for (const size of SIZES) ok = (await runSize(size, year)) && ok;
} catch (e) {
  console.error(e);
  ok = false;
}
clearTimeout(limit);
process.exit(ok ? 0 : 1);

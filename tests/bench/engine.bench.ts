/**
 * `npm run bench`: how the engine scales, for 1,000, 10,000 and 100,000 generated candidates.
 *
 * The ratio is (JSON.parse + validate + evaluate) / JSON.parse of the same request text — what the
 * worker computes for one request before it serialises the answer — for the default answer and for
 * the compact one (`?form=compact`, the path the add-on uses). Target: ≤ 3× on the compact path at
 * 10,000 rows. A second pair of columns adds JSON.stringify of the answer, which the worker pays too.
 *
 * Interleaved rounds: each round times JSON.parse and every variant once, one after the other, in
 * an order that rotates from round to round, and each ratio is taken within its round. A slower
 * moment of a shared machine then slows both sides of a ratio alike, instead of widening its spread
 * as separate blocks of runs did. Times are this process's CPU time (process.cpuUsage: every
 * thread, so V8's background GC work counts), not wall time: other processes on a busy machine
 * then do not show up in them. With --expose-gc (as `npm run bench` runs it) an emptied young
 * generation (two minor GCs) and a short pause precede every timing, so no timing pays for the
 * garbage of the one before; each still pays for its own. (A full GC there made the next evaluate several times slower, a cost no
 * real request has.) Printed: the median of the rounds, and the middle half of the per-round ratios.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { evaluate as Evaluate } from '../../shared/index.ts';
import { generateRequest } from '../fixtures/generate.ts';

/**
 * The engine as the worker runs it: shared/ bundled by esbuild with wrangler's defaults (ES
 * modules, names kept), not through tsx, whose module getters and name wrappers the deployed code
 * does not have.
 */
async function bundledEngine(): Promise<typeof Evaluate> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const out = await build({
    entryPoints: [path.join(root, 'shared/index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    keepNames: true,
    write: false,
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'ptdv-bench-engine-'));
  const file = path.join(dir, 'engine.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  try {
    return ((await import(pathToFileURL(file).href)) as { evaluate: typeof Evaluate }).evaluate;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const evaluate = await bundledEngine();

const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

interface Variant {
  name: string;
  run: (text: string) => unknown;
}

const evaluateCompact = (text: string) => evaluate(JSON.parse(text), { form: 'compact' });
const VARIANTS: Variant[] = [
  { name: 'parse', run: (text) => JSON.parse(text) },
  { name: 'default', run: (text) => evaluate(JSON.parse(text)) },
  { name: 'compact', run: evaluateCompact },
  { name: 'default+json', run: (text) => JSON.stringify(evaluate(JSON.parse(text))) },
  { name: 'compact+json', run: (text) => JSON.stringify(evaluateCompact(text)) },
];

const settle = () => new Promise((resolve) => setTimeout(resolve, 25));

/**
 * One timing, after an emptied young generation and a pause in which V8's background threads
 * finish sweeping. Two minor GCs, because one is not enough: an object that survives its first
 * scavenge stays in the young generation and is promoted only at its second. After a default
 * round, one minor GC left 6.5–7.8 MB there (traced with --trace-gc and the heap space
 * statistics), and the next timing then paid for a scavenge of the previous one's leftovers —
 * its ratio swung with the rotation, not with its own work.
 */
async function time(variant: Variant, text: string): Promise<number> {
  if (gc !== undefined) {
    gc({ type: 'minor' });
    gc({ type: 'minor' });
    await settle();
  }
  const t0 = process.cpuUsage();
  const out = variant.run(text);
  const used = process.cpuUsage(t0);
  const ms = (used.user + used.system) / 1000;
  if (out === undefined) throw new Error('no answer');
  return ms;
}

/** Interleaved rounds: per variant, its times and its per-round ratios to JSON.parse. */
async function measure(text: string, rounds: number) {
  const times = new Map<string, number[]>(VARIANTS.map((v) => [v.name, []]));
  const ratios = new Map<string, number[]>(VARIANTS.map((v) => [v.name, []]));
  for (let r = 0; r < rounds; r++) {
    const round = new Map<string, number>();
    for (let k = 0; k < VARIANTS.length; k++) {
      const v = VARIANTS[(r + k) % VARIANTS.length]!;
      round.set(v.name, await time(v, text));
    }
    const parse = round.get('parse')!;
    for (const [name, ms] of round) {
      times.get(name)!.push(ms);
      ratios.get(name)!.push(ms / parse);
    }
  }
  return { times, ratios };
}

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
console.log(
  `PTĐV engine benchmark: interleaved rounds in one process${gc ? ', CPU time, an emptied young generation and a pause before each timing' : ' (no --expose-gc: run it with npm run bench)'}`,
);
console.log(
  'ratio = (JSON.parse + validate + evaluate) / JSON.parse of the same text; "+ json" adds JSON.stringify of the answer',
);
console.log(
  'rows    | request  | JSON.parse | default: time, ratio     | compact: time, ratio     | + json: default, compact | answer: default, compact',
);
const at10k: { compact?: number; spread?: string } = {};
for (const n of sizes) {
  const text = JSON.stringify(generateRequest(n));
  const check = evaluate(JSON.parse(text));
  if (!check.ok) throw new Error(`generated request rejected: ${JSON.stringify(check.problems.slice(0, 3))}`);
  const answerBytes = Buffer.byteLength(JSON.stringify(check));
  const compactBytes = Buffer.byteLength(JSON.stringify(evaluateCompact(text)));
  const rounds = n >= 100_000 ? 5 : n >= 10_000 ? 15 : 41;
  await measure(text, n >= 100_000 ? 1 : 3); // warm-up: let the JIT see every path
  const { times, ratios } = await measure(text, rounds);
  const med = (name: string) => quantile(times.get(name)!, 0.5);
  const ratio = (name: string) => quantile(ratios.get(name)!, 0.5);
  const spread = (name: string) =>
    `${quantile(ratios.get(name)!, 0.25).toFixed(2)}–${quantile(ratios.get(name)!, 0.75).toFixed(2)}`;
  const cell = (name: string) =>
    `${`${med(name).toFixed(1)} ms`.padStart(9)}, ${ratio(name).toFixed(2)}× (${spread(name)})`.padEnd(24);
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  console.log(
    `${String(n).padEnd(7)} | ${mib(text.length).padEnd(8)} | ${`${med('parse').toFixed(1)} ms`.padEnd(10)} | ${cell('default')} | ${cell('compact')} | ` +
      `${ratio('default+json').toFixed(2)}×, ${ratio('compact+json').toFixed(2)}×`.padEnd(24) +
      ` | ${mib(answerBytes)}, ${mib(compactBytes)}`,
  );
  if (n === 10_000) {
    at10k.compact = ratio('compact');
    at10k.spread = spread('compact');
  }
}
const r = at10k.compact;
if (r !== undefined) {
  console.log(
    `\ncompact path at 10,000 rows: ${r.toFixed(2)}× JSON.parse (middle half of the rounds ${at10k.spread}; target ≤ 3×) — ${r <= 3 ? 'within target' : 'ABOVE TARGET'}`,
  );
}

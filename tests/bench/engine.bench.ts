/**
 * `npm run bench`: how the engine scales. For 1,000, 10,000 and 100,000 generated candidates it
 * prints the time per row and the ratio of (JSON.parse + validate + evaluate) to JSON.parse alone
 * of the same request text, both measured in this run. Target: ≤ 3× at 10,000 rows, linear growth.
 */
import { performance } from 'node:perf_hooks';
import { evaluate } from '../../shared/index.ts';
import { generateRequest } from '../fixtures/generate.ts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const sizes = [1_000, 10_000, 100_000];
console.log('PTĐV engine benchmark (median of runs, same process, same input text)');
console.log('rows     | request size | JSON.parse | parse+evaluate | per row   | ratio');
let previousPerRow: number | undefined;
const rows: Array<{ n: number; ratio: number; perRowUs: number }> = [];
for (const n of sizes) {
  const text = JSON.stringify(generateRequest(n));
  const runs = n >= 100_000 ? 5 : n >= 10_000 ? 15 : 40;
  // warm-up: let the JIT see both paths
  for (let i = 0; i < 3; i++) {
    const r = evaluate(JSON.parse(text));
    if (!r.ok) throw new Error(`generated request rejected: ${JSON.stringify(r.problems.slice(0, 3))}`);
  }
  const parseOnly = measure(() => JSON.parse(text), runs);
  const full = measure(() => evaluate(JSON.parse(text)), runs);
  const perRowUs = (full / n) * 1000;
  const ratio = full / parseOnly;
  rows.push({ n, ratio, perRowUs });
  console.log(
    `${String(n).padEnd(8)} | ${`${(text.length / 1024 / 1024).toFixed(1)} MiB`.padEnd(12)} | ${`${parseOnly.toFixed(1)} ms`.padEnd(10)} | ${`${full.toFixed(1)} ms`.padEnd(14)} | ${`${perRowUs.toFixed(2)} µs`.padEnd(9)} | ${ratio.toFixed(2)}×`,
  );
  previousPerRow = perRowUs;
}
void previousPerRow;
const growth = rows[2]!.perRowUs / rows[0]!.perRowUs;
console.log(`\nper-row time at 100,000 rows / at 1,000 rows: ${growth.toFixed(2)} (1.00 = perfectly linear)`);
const at10k = rows[1]!.ratio;
console.log(
  `ratio at 10,000 rows: ${at10k.toFixed(2)}× JSON.parse (target ≤ 3×) — ${at10k <= 3 ? 'within target' : 'ABOVE TARGET'}`,
);

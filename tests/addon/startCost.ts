/**
 * What loading Code.js costs, measured the way Apps Script pays it on every execution: V8 compiles
 * the script (`new vm.Script`, no cached data; each round's source differs by a comment, so V8's
 * own compilation cache never answers) and then runs its top level (`runInContext`). Rounds
 * interleave the two, so a busy machine slows both alike, and the medians drop the outliers.
 */
import vm from 'node:vm';

export interface StartCost {
  /** median milliseconds of one compile, and of one top-level run */
  compileMs: number;
  runMs: number;
  /** runMs / compileMs */
  ratio: number;
  compile: number[];
  run: number[];
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const ms = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e6;

export function measureStart(
  code: string,
  options: { rounds?: number; warmup?: number; context?: () => vm.Context } = {},
): StartCost {
  const rounds = options.rounds ?? 21;
  const warmup = options.warmup ?? 3;
  const context = options.context ?? (() => vm.createContext({}));
  const compile: number[] = [];
  const run: number[] = [];
  const nonce = `${process.pid}-${Date.now()}`;
  for (let i = 0; i < warmup + rounds; i++) {
    const source = `${code}\n// round ${i} ${nonce}\n`;
    const ctx = context();
    let t = process.hrtime.bigint();
    const script = new vm.Script(source, { filename: 'Code.js' });
    const c = ms(t);
    t = process.hrtime.bigint();
    script.runInContext(ctx);
    const r = ms(t);
    if (i >= warmup) {
      compile.push(c);
      run.push(r);
    }
  }
  const compileMs = median(compile);
  const runMs = median(run);
  return { compileMs, runMs, ratio: runMs / compileMs, compile, run };
}

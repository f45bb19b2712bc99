/**
 * `npm run bench:memory`: what one evaluate request holds in memory at its peak in the worker —
 * the body's bytes and text, the parsed request, the answer, its JSON text and UTF-8 bytes, all
 * alive at once just before the response is sent — for the kinds of rows that matter: generated
 * units (a school cell's mix), rows with every field filled (the most bytes per row) and rows with
 * only a key and a birth date (the largest answer per byte of request). Measured with
 * process.memoryUsage() after a full GC (run with --expose-gc), so only what is still reachable
 * counts. The evaluate caps in worker/src/config.ts come from these figures.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../shared/index.ts';
import { generateRequest } from '../fixtures/generate.ts';
import { maximalCandidate, maximalMember } from '../worker/fixtures.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc (npm run bench:memory does)');

const MiB = 1024 * 1024;
const used = (): number => {
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external + m.arrayBuffers;
};

type Kind = 'generated' | 'maximal' | 'minimal' | 'dense';

/** Every date of the pipeline set after `asOf` and out of order: the most findings a row can get. */
function denseCandidate(i: number) {
  const c: Record<string, unknown> = { key: `q${i}`, birthDate: '2001-04-05', votesFor: 2 };
  const fields = [
    'joinedUnitDate',
    'sympathizerListDate',
    'youthUnionResolutionDate',
    'tradeUnionResolutionDate',
    'awarenessCertificateDate',
    'applicationDate',
    'backgroundDeclaredDate',
    'backgroundVerifiedDate',
    'feedbackSummaryDate',
    'officialDecisionDate',
    'officialResolutionDate',
    'ceremonyDate',
    'decisionReceivedDate',
    'decisionDate',
    'cellResolutionDate',
  ];
  fields.forEach((f, k) => {
    c[f] = `2027-${String(12 - (k % 12)).padStart(2, '0')}-${String(28 - k).padStart(2, '0')}`;
  });
  c.introducers = [{ letterDate: '2027-01-02' }, { letterDate: '2027-01-03' }];
  return c;
}

function request(kind: Kind, rows: number): unknown {
  if (kind === 'generated') return generateRequest(rows, 7);
  if (kind === 'maximal') {
    return {
      asOf: '2025-06-01',
      unit: { hasYouthUnion: true, hasTradeUnion: true },
      members: Array.from({ length: 100 }, (_, i) => maximalMember(i)),
      candidates: Array.from({ length: rows }, (_, i) => maximalCandidate(i, 100)),
    };
  }
  return {
    asOf: '2026-03-15',
    unit: { hasYouthUnion: true, hasTradeUnion: true },
    candidates: Array.from({ length: rows }, (_, i) =>
      kind === 'dense' ? denseCandidate(i) : { key: `q${i}`, birthDate: '2001-04-05' },
    ),
  };
}

/** Bytes held at the peak of one request, relative to before it arrived. */
function peak(kind: Kind, rows: number, form: 'default' | 'compact') {
  const base = used();
  const bodyBytes = new TextEncoder().encode(JSON.stringify(request(kind, rows)));
  // What the worker holds at the end: the body (bytes, text, parsed), the answer, its text and bytes.
  const text = new TextDecoder().decode(bodyBytes);
  const parsed: unknown = JSON.parse(text);
  const answer = evaluate(parsed, { form });
  if (!answer.ok) throw new Error(`${kind} rejected`);
  const json = JSON.stringify(answer);
  const out = new TextEncoder().encode(json);
  const held = used() - base;
  // keep everything alive until measured
  if (text.length + out.length + json.length === 0 || answer.results.length !== rows) throw new Error();
  return { bodyBytes: bodyBytes.length, held, answerBytes: out.length };
}

function measureInChild(kind: Kind, rows: number, form: 'default' | 'compact') {
  const out = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), kind, String(rows), form],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as ReturnType<typeof peak>;
}

const [kindArg, rowsArg, formArg] = process.argv.slice(2);
if (kindArg !== undefined) {
  // One measurement, in a fresh process: nothing left over from another.
  console.log(JSON.stringify(peak(kindArg as Kind, Number(rowsArg), formArg as 'default' | 'compact')));
} else {
  const cases: Array<[Kind, number[]]> = [
    ['generated', [5_000, 10_000]],
    ['maximal', [5_000, 10_000]],
    ['minimal', [5_000, 10_000]],
    ['dense', [5_000, 10_000]],
  ];
  console.log('PTĐV evaluate memory: what one request holds at its peak (after GC, Node, one process each)');
  console.log(
    'rows    kind       body       | default: held / answer | compact: held / answer | default per row',
  );
  for (const [kind, sizes] of cases) {
    for (const rows of sizes) {
      const d = measureInChild(kind, rows, 'default');
      const c = measureInChild(kind, rows, 'compact');
      const mib = (n: number) => `${(n / MiB).toFixed(1)} MiB`;
      console.log(
        `${String(rows).padEnd(7)} ${kind.padEnd(10)} ${mib(d.bodyBytes).padEnd(10)} | ` +
          `${mib(d.held).padStart(9)} / ${mib(d.answerBytes).padEnd(9)}  | ` +
          `${mib(c.held).padStart(9)} / ${mib(c.answerBytes).padEnd(9)}  | ` +
          `${(d.held / rows / 1024).toFixed(1)} KiB (compact ${(c.held / rows / 1024).toFixed(1)} KiB)`,
      );
    }
  }
}

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_EVALUATE_BODY_BYTES, MAX_EVALUATE_ROWS } from '../../worker/src/config.ts';
import { generateRequest } from '../fixtures/generate.ts';
import { summary } from './fixtures.ts';
import { ADMIN, call, grant, insertUnits, type Reply, uid } from './helpers.ts';

const MARKER = 'SECRET-ROW';
const unit = uid('fz');
const cell = `${unit}-cb`;
const secretary = `${unit}-bt@example.org`;
const logs: unknown[][] = [];

beforeAll(async () => {
  await insertUnits([
    [unit, 'Xã', null],
    [cell, 'Chi bộ', unit],
  ]);
  await grant(secretary, cell, 'secretary');
});

/** Every console line written while fuzzing, to check that no candidate data reaches the logs. */
function captureLogs(): void {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logs.push(args);
    });
  }
}

afterAll(() => {
  const text = JSON.stringify(logs);
  expect(text).not.toContain(MARKER);
  expect(logs.filter((l) => JSON.stringify(l).includes('"level":"error"'))).toEqual([]);
});

type Body = unknown;
const seeds: Record<string, () => Body> = {
  unit: () => ({ name: 'Chi bộ mới', parentId: unit }),
  member: () => ({ role: 'secretary' }),
  targets: () => ({ admitted: 3, students: 1, women: 1, awarenessClass: 5 }),
  report: () => ({ summary: summary(2025, 2), note: 'ghi chú' }),
  evaluate: () => {
    const r = generateRequest(3);
    r.candidates.forEach((c, i) => {
      c.key = `${MARKER}-${i}`;
    });
    return r;
  },
};

const routes: Array<{ seed: keyof typeof seeds; method: string; path: () => string }> = [
  { seed: 'unit', method: 'PUT', path: () => `/v1/units/${uid('fu')}` },
  { seed: 'unit', method: 'PUT', path: () => `/v1/units/${cell}` },
  { seed: 'member', method: 'PUT', path: () => `/v1/units/${cell}/members/${uid('x')}@example.org` },
  { seed: 'targets', method: 'PUT', path: () => `/v1/units/${cell}/targets/2025` },
  { seed: 'report', method: 'PUT', path: () => `/v1/units/${cell}/reports/2025` },
  { seed: 'evaluate', method: 'POST', path: () => '/v1/evaluate' },
];

/** One mutation at a random place of a JSON value: replace, delete, add a key, or wrap. */
const mutation = fc.tuple(
  fc.nat(),
  fc.constantFrom('replace', 'delete', 'add', 'wrap', 'stringify'),
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(
      -1,
      1.5,
      1e308,
      -0,
      Number.MAX_SAFE_INTEGER + 2,
      '',
      ' ',
      '\u0000',
      '\ud800',
      'x'.repeat(5000),
      '2025-02-30',
      '__proto__',
      null,
      [],
      {},
      true,
    ),
  ),
  fc.string(),
);

function locations(
  value: unknown,
  path: Array<string | number> = [],
  out: Array<Array<string | number>> = [],
) {
  out.push(path);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) locations(v, [...path, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) locations(v, [...path, k], out);
  return out;
}

function mutate(body: unknown, [at, op, shared, key]: [number, string, unknown, string]): unknown {
  // fc.constantFrom hands out the same {} and [] every time: a copy, or two mutations of one run
  // can put an object inside itself (a cycle no JSON body can have).
  const value = structuredClone(shared);
  const all = locations(body);
  const path = all[at % all.length] ?? [];
  if (path.length === 0) return op === 'wrap' ? [body] : op === 'replace' ? value : body;
  let parent = body as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (op === 'replace') parent[last] = value;
  else if (op === 'delete') delete parent[last];
  else if (op === 'wrap') parent[last] = { value: parent[last] };
  else if (op === 'stringify') parent[last] = JSON.stringify(parent[last]);
  else if (op === 'add' && parent[last] && typeof parent[last] === 'object') {
    (parent[last] as Record<string, unknown>)[key] = value;
  }
  return body;
}

function expectClientOutcome(res: Reply, context: unknown): void {
  expect([context, res.status < 500]).toEqual([context, true]);
  if (res.status >= 400) {
    expect(typeof res.body?.error?.code).toBe('string');
    expect(res.body.error.message.length).toBeGreaterThan(0);
  }
}

describe('fuzz: no input produces a 5xx', () => {
  it('mutated JSON bodies on every writing route', async () => {
    captureLogs();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(ADMIN, secretary),
        async (route, mutations, who) => {
          let body = seeds[route.seed]?.();
          for (const m of mutations) body = mutate(body, m);
          const res = await call(route.method, route.path(), { as: who, body });
          expectClientOutcome(res, { route: route.path(), body: JSON.stringify(body)?.slice(0, 300) });
        },
      ),
      { numRuns: 250 },
    );
  });

  it('raw bytes, broken JSON and odd content types', async () => {
    captureLogs();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
          fc.constant('{"a":'.repeat(5000)),
          fc.constant(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
        ),
        fc.constantFrom(
          'application/json',
          'application/json; charset=latin1',
          'text/plain',
          'application/merge-patch+json',
          '',
        ),
        async (route, raw, contentType) => {
          const headers: Record<string, string> = contentType ? { 'Content-Type': contentType } : {};
          const res = await call(route.method, route.path(), { as: ADMIN, raw, headers });
          expectClientOutcome(res, { route: route.path(), raw: raw.slice(0, 80), contentType });
        },
      ),
      { numRuns: 120 },
    );
  });

  it('odd path parameters, queries and headers', async () => {
    captureLogs();
    const segment = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('..', '%00', '%ZZ', '%2F', 'a'.repeat(300), '2025', '0000', '9999', 'x@y', '%40'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          (a: string, b: string) => ['GET', `/v1/units/${a}/aggregate?year=${b}`],
          (a: string, b: string) => ['GET', `/v1/units/${a}/reports/${b}?revision=${b}`],
          (a: string, b: string) => ['PUT', `/v1/units/${cell}/members/${a}${b}`],
          (a: string, b: string) => ['DELETE', `/v1/units/${a}/members/${b}`],
          (a: string, b: string) => ['GET', `/v1/units/${a}/targets/${b}`],
          (a: string) => ['GET', `/v1/units/${a}`],
        ),
        segment,
        segment,
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        async (build, a, b, ifMatch) => {
          const [method, rawPath] = build(encodeURIComponent(a).replace(/%25/g, '%'), encodeURIComponent(b));
          let path = rawPath as string;
          try {
            new URL(`http://127.0.0.1${path}`);
          } catch {
            path = `/v1/units/${encodeURIComponent(a)}`;
          }
          const headers: Record<string, string> = {};
          if (ifMatch !== undefined && /^[\x20-\x7e]*$/.test(ifMatch)) headers['If-Match'] = ifMatch;
          const res = await call(method as string, path, {
            as: ADMIN,
            headers,
            body: method === 'PUT' ? { role: 'secretary' } : undefined,
          });
          expectClientOutcome(res, { method, path, ifMatch });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('fuzz: huge and broken bodies', () => {
  /** A broken candidate or member of one of the shapes that cost zod the most issues. */
  const brokenItem = fc.constantFrom<unknown>(
    {},
    null,
    [],
    'x',
    { key: 7, birthDate: 8, gender: 'x', votesFor: -1, introducers: [{}, {}, {}] },
    { key: 'k', birthDate: '2005-02-30' },
  );
  const asOf = '2025-09-15';

  it('answers /v1/evaluate and /v1/plan with at most 100 problems and how many more, never a 5xx', async () => {
    captureLogs();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/v1/evaluate', '/v1/plan'),
        fc.constantFrom('candidates', 'members', 'holidays'),
        fc.integer({ min: 20_000, max: 70_000 }),
        brokenItem,
        async (path, list, count, item) => {
          const body: Record<string, unknown> = { asOf, unit: { hasYouthUnion: true }, candidates: [] };
          // Past MAX_EVALUATE_ROWS candidates the worker answers 413 before validating (the next test),
          // and past MAX_EVALUATE_BODY_BYTES too: the list stays under the byte cap, so it is read.
          const itemBytes = JSON.stringify(item).length + 1;
          const n =
            list === 'candidates'
              ? MAX_EVALUATE_ROWS
              : Math.min(count, Math.floor((MAX_EVALUATE_BODY_BYTES - 1024) / itemBytes));
          body[list] = Array.from({ length: n }, () => item);
          if (path === '/v1/plan') body.document = { year: 2026 };
          const res = await call('POST', path, { as: secretary, body });
          const context = { path, list, count, item };
          expect([context, res.status]).toEqual([context, 400]);
          const details = res.body.error.details as Array<{ path: string; message: string }>;
          expect(details.length).toBeLessThanOrEqual(110);
          // The list ends with how many more there are, or is the one line saying the list is too long.
          expect(details.at(-1)?.message).toMatch(
            /^(Còn (ít nhất )?[\d.]+ lỗi khác|Nhiều nhất [\d.]+ phần tử)/,
          );
          expect(JSON.stringify(res.body).length).toBeLessThan(40_000);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('answers the two bodies of the attack report (70,000 and 30,000 empty candidates) 413, and the largest allowed 400', async () => {
    for (const path of ['/v1/evaluate', '/v1/plan']) {
      for (const count of [70_000, 30_000, MAX_EVALUATE_ROWS]) {
        const body: Record<string, unknown> = {
          asOf,
          unit: { hasYouthUnion: true },
          candidates: Array.from({ length: count }, () => ({})),
        };
        if (path === '/v1/plan') body.document = {};
        const res = await call('POST', path, { as: secretary, body });
        if (count > MAX_EVALUATE_ROWS) {
          // Past the row cap: refused before anything is validated (worker/src/config.ts).
          expect([path, count, res.status, res.body.error.code]).toEqual([
            path,
            count,
            413,
            'payload_too_large',
          ]);
          continue;
        }
        expect([path, count, res.status]).toEqual([path, count, 400]);
        const details = res.body.error.details as Array<{ path: string; message: string }>;
        expect(details.filter((d) => d.path.startsWith('candidates['))).toHaveLength(100);
        // 50 empty candidates give the first 100 problems; the others are counted, each at least once.
        expect(details.at(-1)?.message).toContain(`ít nhất ${(count - 50).toLocaleString('vi-VN')} lỗi khác`);
      }
    }
  });

  it('caps the duplicate-key problems of a request whose every row is well-formed', async () => {
    const candidates = Array.from({ length: MAX_EVALUATE_ROWS }, () => ({
      key: 'K',
      birthDate: '2000-01-01',
    }));
    const res = await call('POST', '/v1/evaluate', {
      as: secretary,
      body: { asOf, unit: { hasYouthUnion: true }, candidates },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toHaveLength(101);
    expect(res.body.error.details[100].message).toContain((MAX_EVALUATE_ROWS - 101).toLocaleString('vi-VN'));
  });
});

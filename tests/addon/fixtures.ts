/** Shared set-ups for the add-on tests: the demo cell in the fake, a working backend, big sheets. */

import {
  createFake,
  type Fake,
  type FakeHttp,
  type FakeOptions,
  type FakeSheet,
} from '../../addon/fake/index.ts';
import { loadWorkbook } from '../../addon/fake/workbook.ts';
import { type DemoCell, type DemoTab, demoWorkbook } from '../../addon/preview/demo.ts';
import type { CheckResult } from '../../addon/src/common/model.ts';
import { createAddon } from '../../addon/src/server/app.ts';
import type { CheckOptions } from '../../addon/src/server/features/check/check.ts';
import { CompactEvaluateAnswerSchema, EvaluateAnswerSchema } from '../../shared/contract/engine.ts';
import { RulesCatalogueSchema } from '../../shared/contract/public.ts';
import { toDay } from '../../shared/dates/day.ts';
import { evaluate } from '../../shared/engine/evaluate.ts';
import { rulesCatalogue } from '../../shared/rules/catalogue.ts';
import { answer, error } from './contract.ts';

/** A fixed clock: 21/11/2026 10:00 in Hanoi. */
export const TODAY = toDay('2026-11-21');
export const NOW = new Date('2026-11-21T03:00:00Z');
export const BACKEND = 'https://ptdv.example.workers.dev';

/** No waiting in tests: the backoff is recorded by the fake's Utilities.sleep, never slept. */
export const CHECK_OPTIONS: CheckOptions = { now: () => NOW, remote: { random: () => 0 } };

/**
 * A backend that answers like the worker: the shared engine behind `POST /v1/evaluate` (the
 * compact form with `?form=compact`, as the add-on asks) and the rule catalogue at `GET /v1/rules`,
 * its answers held to the API contract (contract.ts). `bodies` collects the evaluate requests.
 */
export function engineBackend(bodies: string[] = []) {
  return (url: string, params: { payload?: string | number[] }): FakeHttp => {
    if (url.endsWith('/v1/rules')) return answer(RulesCatalogueSchema, 200, rulesCatalogue(), 'GET /rules');
    const compact = url.endsWith('/v1/evaluate?form=compact');
    if (!compact && !url.endsWith('/v1/evaluate')) return error(404, 'not_found', 'Không có');
    bodies.push(String(params.payload ?? ''));
    const out = evaluate(JSON.parse(String(params.payload ?? 'null')), {
      form: compact ? 'compact' : 'default',
    });
    if (!out.ok) return error(400, 'invalid_request', 'Yêu cầu kiểm tra không hợp lệ.', out.problems);
    return compact
      ? answer(CompactEvaluateAnswerSchema, 200, out, 'POST /evaluate?form=compact')
      : answer(EvaluateAnswerSchema, 200, out, 'POST /evaluate');
  };
}

export interface DemoSetup {
  fake: Fake;
  addon: ReturnType<typeof createAddon>;
  tabs: DemoTab[];
  bodies: string[];
}

/** The demo cell in a fresh fake; with a backend URL, a working backend behind it. */
export function demo(options: { backendUrl?: string; tabs?: DemoTab[]; fake?: FakeOptions } = {}): DemoSetup {
  const bodies: string[] = [];
  const backendUrl = options.backendUrl ?? '';
  const fake = createFake({ fetch: engineBackend(bodies), ...options.fake });
  const tabs = options.tabs ?? demoWorkbook(TODAY, backendUrl);
  loadWorkbook(fake.spreadsheet, tabs);
  const addon = createAddon(() => fake.services, CHECK_OPTIONS);
  return { fake, addon, tabs, bodies };
}

/** The demo with its candidate list repeated to `n` rows (same mix of cases at every size). */
export function bigWorkbook(n: number, backendUrl = ''): DemoTab[] {
  const tabs = demoWorkbook(TODAY, backendUrl);
  const candidates = tabs.find((t) => t.name === 'Quần chúng')!;
  const [header, ...rows] = candidates.rows;
  const out: DemoCell[][] = [header!];
  for (let i = 0; i < n; i++) {
    const row = [...rows[i % rows.length]!];
    row[1] = `Người thứ ${i + 1}`;
    out.push(row);
  }
  candidates.rows = out;
  return tabs;
}

/** Every value in the sheet, as stored (for before/after comparisons). */
export function values(sheet: FakeSheet): unknown[][] {
  return sheet.dump().map((row) => row.map((v) => (v instanceof Date ? `Date(${v.getTime()})` : v)));
}

/** A check's result that must have succeeded (the failure, in full, otherwise). */
export function ok(r: unknown): CheckResult {
  const result = r as CheckResult;
  if (!result.ok) throw new Error(`check failed: ${JSON.stringify(r)}`);
  return result;
}

/** The 1-based column of a header in the sheet's first row. */
export function col(sheet: FakeSheet, header: string): number {
  const i = (sheet.dump()[0] as string[]).indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i + 1;
}

/** The 1-based row of a person, by the name in column B. */
export function rowOf(sheet: FakeSheet, name: string): number {
  const i = sheet.dump().findIndex((r) => r[1] === name);
  if (i < 0) throw new Error(`no row ${name}`);
  return i + 1;
}

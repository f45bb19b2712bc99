import type { FakeSheet } from '../../addon/fake/index.ts';
import { DEMO_UNIT } from '../../addon/preview/demo.ts';
import type { Failure } from '../../addon/src/common/model.ts';
import type { Summary } from '../../shared/schemas/response.ts';
import { FakeBackend } from './backend.ts';
import { BACKEND, demo } from './fixtures.ts';

export const SUPERIOR = 'bantochuc@example.org';
export const COMMUNE = 'xa-dinh-van';

export function summary(year: number, admitted: number, extra: Partial<Summary> = {}): Summary {
  const zero = { total: 0, women: 0, ethnicMinority: 0, religion: 0, youthUnion: 0, students: 0 };
  const bands = { under18: 0, '18-30': 0, '31-40': 0, '41-50': 0, '51-60': 0, over60: 0 };
  return {
    year,
    byStage: {
      source: 2,
      trained: 1,
      dossier: 1,
      ready: 1,
      proposed: 0,
      admitted: 0,
      probationary: admitted,
      official: 0,
      removed: 0,
    },
    admittedThisYear: admitted,
    admittedByMonth: [0, 0, 0, 0, 0, admitted, 0, 0, 0, 0, 0, 0],
    awarenessClassThisYear: 3,
    recognizedThisYear: 1,
    probationEndsThisYear: 0,
    sympathizers: 4,
    forecast: { admissible: 1, blockedByLeaving: 0, blockedByAge: 1 },
    breakdown: {
      admitted: {
        ...zero,
        total: admitted,
        students: admitted,
        women: Math.floor(admitted / 2),
        religion: admitted > 1 ? 1 : 0,
        youthUnion: admitted,
        ageBands: bands,
      },
      pipeline: { ...zero, total: 5, ageBands: bands },
    },
    ...extra,
  };
}

/** A commune with `n` cells: two thirds reported, every cell with a target of 2. */
export function commune(n: number): FakeBackend {
  const b = new FakeBackend().unit(COMMUNE, 'Đảng bộ xã Đinh Văn').grant(SUPERIOR, COMMUNE, 'superior');
  for (let i = 0; i < n; i++) {
    const id = `chi-bo-${String(i + 1).padStart(3, '0')}`;
    b.unit(id, `Chi bộ ${i + 1}`, COMMUNE).setTargets(id, 2026, {
      admitted: 2,
      students: 1,
      awarenessClass: 5,
    });
    if (i % 3 !== 2)
      b.submit(
        id,
        summary(2026, i % 3),
        `bt${i}@example.org`,
        `2026-11-${String(10 + (i % 9)).padStart(2, '0')}T02:00:00.000Z`,
      );
  }
  return b.grant(DEMO_UNIT.email, 'chi-bo-001', 'secretary');
}

export function setup(backend: FakeBackend, email = SUPERIOR, backendUrl = BACKEND) {
  const s = demo({ backendUrl, fake: { fetch: backend.handler(), token: `token:${email}` } });
  return { ...s, backend };
}

export function ok<T extends { ok: true }>(r: T | Failure): T {
  if (!r.ok) throw new Error(`expected success: ${JSON.stringify(r)}`);
  return r;
}

export function tab(s: ReturnType<typeof setup>): FakeSheet {
  return s.fake.spreadsheet.sheet('Tổng hợp');
}

import { describe, expect, it } from 'vitest';
import { generateRequest } from '../fixtures/generate.ts';
import { summary } from './fixtures.ts';
import { ADMIN, call, grant, insertUnits, uid } from './helpers.ts';

/**
 * Every role against every route, on one tree:
 *   P (province) → C (commune) → K1, K2 (cells);  P → O (other commune) → K3.
 */
const p = uid('roles');
const U = { P: p, C: `${p}-c`, K1: `${p}-c-k1`, K2: `${p}-c-k2`, O: `${p}-o`, K3: `${p}-o-k3` };
const who = {
  admin: ADMIN,
  supP: `${p}-sup-p@example.org`,
  supC: `${p}-sup-c@example.org`,
  supK1: `${p}-sup-k1@example.org`,
  supO: `${p}-sup-o@example.org`,
  secK1: `${p}-sec-k1@example.org`,
  secK2: `${p}-sec-k2@example.org`,
  stranger: `${p}-nobody@example.org`,
};
type Who = keyof typeof who;
const everyone = Object.keys(who) as Who[];

let ready: Promise<void> | undefined;
function setup(): Promise<void> {
  ready ??= (async () => {
    await insertUnits([
      [U.P, 'Tỉnh', null],
      [U.C, 'Xã', U.P],
      [U.K1, 'Chi bộ 1', U.C],
      [U.K2, 'Chi bộ 2', U.C],
      [U.O, 'Xã khác', U.P],
      [U.K3, 'Chi bộ 3', U.O],
    ]);
    await grant(who.supP, U.P, 'superior');
    await grant(who.supC, U.C, 'superior');
    await grant(who.supK1, U.K1, 'superior');
    await grant(who.supO, U.O, 'superior');
    await grant(who.secK1, U.K1, 'secretary');
    await grant(who.secK2, U.K2, 'secretary');
    await call('PUT', `/v1/units/${U.K1}/targets/2025`, { as: ADMIN, body: { admitted: 1 } });
    await call('PUT', `/v1/units/${U.K1}/reports/2025`, { as: ADMIN, body: { summary: summary(2025) } });
  })();
  return ready;
}

let n = 0;
interface Case {
  name: string;
  allowed: Who[];
  /** the request, made fresh for each caller (so that writes do not depend on one another) */
  request: (as: Who) => Promise<{ method: string; path: string; body?: unknown }>;
}

const managers: Who[] = ['admin', 'supP', 'supC', 'supK1'];
const cases: Case[] = [
  {
    name: 'POST /v1/evaluate',
    allowed: everyone,
    request: async () => ({ method: 'POST', path: '/v1/evaluate', body: generateRequest(2) }),
  },
  { name: 'GET /v1/me', allowed: everyone, request: async () => ({ method: 'GET', path: '/v1/me' }) },
  {
    name: 'GET unit K1',
    allowed: [...managers, 'secK1'],
    request: async () => ({ method: 'GET', path: `/v1/units/${U.K1}` }),
  },
  {
    name: 'PUT unit K1 (rename in place)',
    allowed: managers,
    request: async () => ({
      method: 'PUT',
      path: `/v1/units/${U.K1}`,
      body: { name: 'Chi bộ 1', parentId: U.C },
    }),
  },
  {
    name: 'PUT a new unit under K1',
    allowed: managers,
    request: async () => ({
      method: 'PUT',
      path: `/v1/units/${U.K1}-n${++n}`,
      body: { name: 'Tổ', parentId: U.K1 },
    }),
  },
  {
    name: 'PUT a new unit under C',
    allowed: ['admin', 'supP', 'supC'],
    request: async () => ({
      method: 'PUT',
      path: `/v1/units/${U.C}-n${++n}`,
      body: { name: 'Chi bộ', parentId: U.C },
    }),
  },
  {
    name: 'PUT a new top-level unit',
    allowed: ['admin'],
    request: async () => ({ method: 'PUT', path: `/v1/units/${p}-top${++n}`, body: { name: 'Tỉnh khác' } }),
  },
  {
    name: 'GET members of K1',
    allowed: managers,
    request: async () => ({ method: 'GET', path: `/v1/units/${U.K1}/members` }),
  },
  {
    name: 'PUT member of K1 (secretary)',
    allowed: managers,
    request: async () => ({
      method: 'PUT',
      path: `/v1/units/${U.K1}/members/x${++n}@example.org`,
      body: { role: 'secretary' },
    }),
  },
  {
    name: 'PUT member of K1 (superior)',
    allowed: managers,
    request: async () => ({
      method: 'PUT',
      path: `/v1/units/${U.K1}/members/y${++n}@example.org`,
      body: { role: 'superior' },
    }),
  },
  {
    name: 'PUT member of C (superior)',
    allowed: ['admin', 'supP', 'supC'],
    request: async () => ({
      method: 'PUT',
      path: `/v1/units/${U.C}/members/z${++n}@example.org`,
      body: { role: 'superior' },
    }),
  },
  {
    name: 'DELETE member of K1',
    allowed: managers,
    request: async () => {
      const email = `d${++n}@example.org`;
      await grant(email, U.K1, 'secretary');
      return { method: 'DELETE', path: `/v1/units/${U.K1}/members/${email}` };
    },
  },
  {
    name: 'PUT targets of K1',
    allowed: managers,
    request: async () => ({ method: 'PUT', path: `/v1/units/${U.K1}/targets/2025`, body: { admitted: 1 } }),
  },
  {
    name: 'GET targets of K1',
    allowed: [...managers, 'secK1'],
    request: async () => ({ method: 'GET', path: `/v1/units/${U.K1}/targets/2025` }),
  },
  {
    name: 'PUT report of K1',
    allowed: [...managers, 'secK1'],
    request: async () => ({
      method: 'PUT',
      path: `/v1/units/${U.K1}/reports/2025`,
      body: { summary: summary(2025) },
    }),
  },
  {
    name: 'GET report of K1',
    allowed: [...managers, 'secK1'],
    request: async () => ({ method: 'GET', path: `/v1/units/${U.K1}/reports/2025` }),
  },
  {
    name: 'GET aggregate of K1',
    allowed: managers,
    request: async () => ({ method: 'GET', path: `/v1/units/${U.K1}/aggregate?year=2025` }),
  },
  {
    name: 'GET aggregate of C',
    allowed: ['admin', 'supP', 'supC'],
    request: async () => ({ method: 'GET', path: `/v1/units/${U.C}/aggregate?year=2025` }),
  },
  {
    name: 'GET aggregate of P',
    allowed: ['admin', 'supP'],
    request: async () => ({ method: 'GET', path: `/v1/units/${U.P}/aggregate?year=2025` }),
  },
];

describe('role boundaries: every role against every route', () => {
  for (const c of cases) {
    it(c.name, async () => {
      await setup();
      const outcome: Record<string, number> = {};
      const expected: Record<string, string> = {};
      const actual: Record<string, string> = {};
      for (const role of everyone) {
        const { method, path, body } = await c.request(role);
        const res = await call(method, path, { as: who[role], body });
        outcome[role] = res.status;
        expected[role] = c.allowed.includes(role) ? 'allowed' : 'forbidden';
        actual[role] =
          res.status < 300 ? 'allowed' : res.status === 403 ? 'forbidden' : `status ${res.status}`;
      }
      expect(actual, JSON.stringify(outcome)).toEqual(expected);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/index.ts';
import { generateRequest } from '../../fixtures/generate.ts';

/** Paths of every own property holding `undefined`, and of every array slot that is a hole. */
function gaps(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) out.push(`${path}[${i}] (hole)`);
      else gaps(value[i], `${path}[${i}]`, out);
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) out.push(`${path}.${k}`);
      else gaps(v, `${path}.${k}`, out);
    }
  }
}

describe('the evaluate answer is plain data', () => {
  // JSON leaves undefined out anyway, but V8's fast JSON.stringify path (workerd) does not take
  // objects that hold it: the answer carries only the fields each finding and result has.
  it('holds no undefined values and no holes, at any depth', () => {
    for (const seed of [1, 2, 3]) {
      const outcome = evaluate({ ...generateRequest(300, seed), targets: { admitted: 3, women: 1 } });
      expect(outcome.ok).toBe(true);
      const found: string[] = [];
      gaps(outcome, '$', found);
      expect(found.slice(0, 5)).toEqual([]);
    }
  });

  it('writes the fields of a finding in the schema order', () => {
    const outcome = evaluate(generateRequest(200, 7));
    if (!outcome.ok) throw new Error('rejected');
    const order = ['rule', 'severity', 'field', 'message', 'citation', 'date'];
    let seen = 0;
    for (const r of outcome.results) {
      for (const f of r.findings) {
        const keys = Object.keys(f);
        expect(keys).toEqual(order.filter((k) => keys.includes(k)));
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(100);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../../shared/engine/keyTable.ts';

describe('KeyTable', () => {
  it('finds a key used twice exactly where a Set would', () => {
    // Few distinct short keys: many repeats, and many keys in the same slot (linear probing).
    const key = fc.stringMatching(/^[a-c0-9]{0,3}$/);
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const table = new KeyTable(keys.length, (i) => keys[i]!);
        const seen = new Set<string>();
        for (let i = 0; i < keys.length; i++) {
          expect(table.add(keys[i]!, i)).toBe(!seen.has(keys[i]!));
          seen.add(keys[i]!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses more keys than it was made for, rather than probing for ever', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    const table = new KeyTable(1, (i) => keys[i]!);
    expect(() => {
      for (let i = 0; i < keys.length; i++) table.add(keys[i]!, i);
    }).toThrow(/capacity/);
  });
});

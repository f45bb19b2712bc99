/**
 * Which keys a request's candidates have used so far, to find a key used twice.
 *
 * Not a Set: a Set grows by doubling as keys arrive, each time allocating a larger table on the
 * young heap (0.66 MB for 10,000 keys), garbage that brings on the collection which copies the
 * whole parsed request (issue 15). This table is sized once for the request's candidates, and its
 * slots live in a typed array's buffer, which V8 keeps outside the collected heap. A slot holds
 * a candidate's number; the key itself is read from that candidate when two keys' slots meet.
 */
export class KeyTable {
  /** candidate number + 1 per slot, 0 for an empty slot (open addressing, linear probing) */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private free: number;

  /** `keyOf(i)`: the key of candidate i, for any i already added */
  constructor(
    capacity: number,
    private readonly keyOf: (index: number) => string,
  ) {
    // At most half full, so a probe ends soon.
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.free = size - 1;
  }

  /** Records candidate `index`'s `key`; false when an earlier candidate has the same key. */
  add(key: string, index: number): boolean {
    const slots = this.slots;
    const mask = this.mask;
    let at = hash(key) & mask;
    for (;;) {
      const slot = slots[at]!;
      if (slot === 0) {
        // a caller adding more keys than it said would otherwise end in a probe that never ends
        if (--this.free < 0) throw new Error('KeyTable: more keys than its capacity');
        slots[at] = index + 1;
        return true;
      }
      if (this.keyOf(slot - 1) === key) return false;
      at = (at + 1) & mask;
    }
  }
}

/** FNV-1a over the key's UTF-16 code units. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * zip.ts, the add-on's .docx rewriter without a deflater: whatever fflate zips, readZip reads back
 * (names, methods, CRCs, sizes, the compressed bytes untouched), writeZip writes an archive fflate
 * and Node's zlib agree on (every entry's content and CRC-32, the central directory where the end
 * record says it is), and a stored entry's CRC is zlib's.
 */
import { inflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, readZip, storedEntry, writeZip } from '../../addon/src/server/documents/zip.ts';

const files = fc.dictionary(
  fc.stringMatching(/^[a-z][a-z0-9_/]{0,20}\.(xml|rels|png)$/),
  fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc.string({ maxLength: 3000 }).map((s) => new TextEncoder().encode(s)),
  ),
  { minKeys: 1, maxKeys: 8 },
);

function endRecord(zip: Uint8Array) {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  return {
    signature: v.getUint32(end, true),
    count: v.getUint16(end + 10, true),
    size: v.getUint32(end + 12, true),
    offset: v.getUint32(end + 16, true),
    end,
  };
}

describe('the .docx zip rewriter', () => {
  it('reads what fflate zips, and writes what fflate and zlib read back', () => {
    fc.assert(
      fc.property(files, fc.constantFrom(0, 1, 6, 9), (entries, level) => {
        const original = zipSync(entries, { level: level as 0 | 1 | 6 | 9 });
        const read = readZip(original)!;
        expect(read.map((e) => e.name).sort()).toEqual(Object.keys(entries).sort());
        for (const e of read) {
          const content = e.method === 8 ? new Uint8Array(inflateRawSync(e.data)) : e.data;
          expect(content).toEqual(entries[e.name]);
          expect(e.size).toBe(content.length);
          expect(e.crc).toBe(zlibCrc32(content));
        }
        // one part rewritten and stored, the others copied as they were
        const [first, ...rest] = read;
        const changed = new TextEncoder().encode('<w:t>Nguyễn Thị Hương</w:t>');
        const written = writeZip([storedEntry(first!.name, changed), ...rest]);
        const back = unzipSync(written);
        expect(back[first!.name]).toEqual(changed);
        for (const e of rest) expect(back[e.name]).toEqual(entries[e.name]);
        const again = readZip(written)!;
        expect(again.map((e) => [e.name, e.crc, e.size])).toEqual([
          [first!.name, zlibCrc32(changed), changed.length],
          ...rest.map((e) => [e.name, e.crc, e.size]),
        ]);
        const end = endRecord(written);
        expect(end.signature).toBe(0x06054b50);
        expect(end.count).toBe(read.length);
        expect(end.offset + end.size).toBe(end.end);
      }),
      { numRuns: 150 },
    );
  });

  it('computes zlib’s CRC-32', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(crc32(bytes)).toBe(zlibCrc32(bytes));
      }),
    );
  });

  it('refuses what is not a zip it can read', () => {
    expect(readZip(new Uint8Array(10))).toBeUndefined();
    expect(
      readZip(new TextEncoder().encode('PK not really a zip archive, just text that is long enough')),
    ).toBeUndefined();
    const zip = zipSync({ 'a.xml': new Uint8Array([1, 2, 3]) });
    expect(readZip(zip.subarray(0, zip.length - 30))).toBeUndefined();
  });
});

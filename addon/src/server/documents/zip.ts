/**
 * The little of the ZIP format a .docx needs rewritten (APPNOTE 6.3): read the central directory,
 * keep every entry's compressed bytes as they are, and store the few parts whose text changed
 * without compression. So the add-on carries an inflater (fflate's, loaded on first use) but no
 * deflater — Code.js is parsed on every call — and never recompresses what it did not touch.
 * Zip64 and multi-disk archives are refused (a .docx from the backend is neither).
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  crc: number;
  /** uncompressed size */
  size: number;
  /** the entry's bytes as stored in the archive (compressed unless `method` is 0) */
  data: Uint8Array;
  /** general purpose flags, the data-descriptor bit cleared (sizes go in the headers) */
  flags: number;
}

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** The entries of a ZIP archive in central-directory order, or undefined when it is not one this reads. */
export function readZip(bytes: Uint8Array): ZipEntry[] | undefined {
  let end = bytes.length - 22;
  const stop = Math.max(0, end - 0xffff);
  while (end >= stop && u32(bytes, end) !== 0x06054b50) end--;
  if (end < stop) return undefined;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return undefined;
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const crc = u32(bytes, at + 16);
    const compressed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const local = u32(bytes, at + 42);
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) return undefined;
    if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) return undefined;
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressed > bytes.length || (method !== 0 && method !== 8)) return undefined;
    const name = latin1OrUtf8(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method,
      crc,
      size,
      data: bytes.subarray(start, start + compressed),
      flags: flags & ~8,
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Part names are ASCII in a .docx; anything else is read as UTF-8 (the bytes are kept as they are). */
function latin1OrUtf8(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  try {
    return decodeURIComponent(escape(s));
  } catch {
    return s;
  }
}

function nameBytes(name: string): Uint8Array {
  const s = unescape(encodeURIComponent(name));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE), its table built on first use. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An entry for `bytes`, stored without compression. */
export function storedEntry(name: string, bytes: Uint8Array, flags = 0): ZipEntry {
  return { name, method: 0, crc: crc32(bytes), size: bytes.length, data: bytes, flags };
}

/** A ZIP archive of `entries`, in their order (no data descriptors, no comment). */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const names = entries.map((e) => nameBytes(e.name));
  let length = 22;
  entries.forEach((e, i) => {
    length += 30 + 46 + 2 * names[i]!.length + e.data.length;
  });
  const out = new Uint8Array(length);
  let at = 0;
  const put16 = (v: number) => {
    out[at++] = v & 0xff;
    out[at++] = (v >>> 8) & 0xff;
  };
  const put32 = (v: number) => {
    put16(v & 0xffff);
    put16(v >>> 16);
  };
  const common = (e: ZipEntry, name: Uint8Array) => {
    put16(20); // version needed: 2.0
    put16(e.flags);
    put16(e.method);
    put32(0x00210000); // 1980-01-01 00:00, as the backend's .docx
    put32(e.crc);
    put32(e.data.length);
    put32(e.size);
    put16(name.length);
    put16(0); // no extra field
  };
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(at);
    put32(0x04034b50);
    common(e, names[i]!);
    out.set(names[i]!, at);
    at += names[i]!.length;
    out.set(e.data, at);
    at += e.data.length;
  });
  const central = at;
  entries.forEach((e, i) => {
    put32(0x02014b50);
    put16(20); // made by: 2.0, MS-DOS attributes
    common(e, names[i]!);
    put16(0); // comment
    put16(0); // disk
    put16(0); // internal attributes
    put32(0); // external attributes
    put32(offsets[i]!);
    out.set(names[i]!, at);
    at += names[i]!.length;
  });
  const centralSize = at - central;
  put32(0x06054b50);
  put16(0);
  put16(0);
  put16(entries.length);
  put16(entries.length);
  put32(centralSize);
  put32(central);
  put16(0);
  return out;
}

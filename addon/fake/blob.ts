/** Blobs: Utilities.newBlob, zip, unzip; HTTPResponse.getBlob. */
import type { BlobLike } from '../src/server/adapters/services.ts';
import type { CallCounter } from './calls.ts';

export function utf8Encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function utf8Decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

/** Java bytes (-128…127), as Apps Script's getBytes() gives them. */
export function toJavaBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i]! > 127 ? bytes[i]! - 256 : bytes[i]!;
  return out;
}

export function fromJavaBytes(bytes: readonly number[]): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (!Number.isInteger(b) || b < -128 || b > 255) throw new Error(`Invalid byte ${b} at ${i}`);
    out[i] = b & 0xff;
  }
  return out;
}

export class FakeBlob implements BlobLike {
  constructor(
    private readonly calls: CallCounter,
    readonly bytes: Uint8Array,
    public contentType: string | null,
    public name: string | null,
  ) {}
  getBytes(): number[] {
    this.calls.hit('Blob.getBytes');
    return toJavaBytes(this.bytes);
  }
  getDataAsString(charset: string): string {
    this.calls.hit('Blob.getDataAsString');
    if (!/^utf-?8$/i.test(charset)) throw new Error(`Unsupported charset in the fake: ${charset}`);
    return utf8Decode(this.bytes);
  }
  getName(): string | null {
    this.calls.hit('Blob.getName');
    return this.name;
  }
  setName(name: string): BlobLike {
    this.calls.hit('Blob.setName');
    this.name = name;
    return this;
  }
  getContentType(): string | null {
    this.calls.hit('Blob.getContentType');
    return this.contentType;
  }
  setContentType(contentType: string | null): BlobLike {
    this.calls.hit('Blob.setContentType');
    this.contentType = contentType;
    return this;
  }
  getBlob(): BlobLike {
    this.calls.hit('Blob.getBlob');
    return this;
  }
}

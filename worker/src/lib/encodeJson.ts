const encoder = new TextEncoder();

/**
 * JSON as UTF-8 bytes, for large answers: workerd builds a response from encoded bytes several
 * times faster than from a long string (measured on a 1 MB evaluate answer: ~0.5 ms against ~1.5 ms).
 */
export function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(JSON.stringify(value)) as Uint8Array<ArrayBuffer>;
}

export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=UTF-8' } as const;

/** Properties, Lock and Cache. */
import type { CacheLike, LockLike, PropertiesLike } from '../src/server/adapters/services.ts';
import type { CallCounter } from './calls.ts';

export class FakeProperties implements PropertiesLike {
  readonly store = new Map<string, string>();
  constructor(private readonly calls: CallCounter) {}
  getProperty(key: string): string | null {
    this.calls.hit('Properties.getProperty');
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string): PropertiesLike {
    this.calls.hit('Properties.setProperty');
    if (value.length > 9 * 1024) throw new Error('Argument too large: value');
    this.store.set(key, value);
    return this;
  }
}

export class FakeLock implements LockLike {
  held = false;
  /** another execution holds the lock: tryLock fails */
  busy = false;
  acquisitions = 0;
  constructor(private readonly calls: CallCounter) {}
  tryLock(_timeoutInMillis: number): boolean {
    this.calls.hit('Lock.tryLock');
    if (this.busy || this.held) return false;
    this.held = true;
    this.acquisitions++;
    return true;
  }
  releaseLock(): void {
    this.calls.hit('Lock.releaseLock');
    this.held = false;
  }
}

export class FakeCache implements CacheLike {
  readonly store = new Map<string, string>();
  /** every value put, in order (the progress lines of a check) */
  readonly puts: Array<{ key: string; value: string }> = [];
  onPut: ((key: string, value: string) => void) | undefined;
  constructor(private readonly calls: CallCounter) {}
  get(key: string): string | null {
    this.calls.hit('Cache.get');
    return this.store.get(key) ?? null;
  }
  put(key: string, value: string, _expirationInSeconds: number): void {
    this.calls.hit('Cache.put');
    this.store.set(key, value);
    this.puts.push({ key, value });
    this.onPut?.(key, value);
  }
  remove(key: string): void {
    this.calls.hit('Cache.remove');
    this.store.delete(key);
  }
}

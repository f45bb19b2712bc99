/** Every service call counted by name; the error Apps Script throws in AuthMode.NONE. */
export class CallCounter {
  total = 0;
  readonly byName = new Map<string, number>();

  hit(name: string): void {
    this.total++;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.byName.clear();
  }

  /** name → count, sorted by name: for reports and equality checks */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.byName].sort((a, b) => a[0].localeCompare(b[0])));
  }
}

export class AuthModeError extends Error {
  constructor(what: string) {
    super(`You do not have permission to call ${what} in AuthMode.NONE`);
    this.name = 'AuthModeError';
  }
}

/** Debian's Chromium (never a downloaded browser): where it is, and whether the tests can run. */
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  const available = existsSync(CHROMIUM);
  if (!available && process.env.CI)
    throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
  return available;
}

/**
 * Golden files: expected document models stored as JSON under tests/fixtures/documents/.
 *
 * To update them after an intended change of wording or layout, run
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/documents
 *   npx biome format --write tests/fixtures/documents
 * (the comparison is of parsed JSON; the second line only keeps `npm run lint` quiet), then read the diff (`git diff tests/fixtures/documents`) as you would a letter going out under
 * the committee's name, and commit it with the change.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/documents');

export function expectGolden(name: string, actual: unknown): void {
  const file = path.join(DIR, `${name}.json`);
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.CI && !existsSync(file)) throw new Error(`golden file missing: ${file}`);
    writeFileSync(file, json);
    return;
  }
  expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

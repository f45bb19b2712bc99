/**
 * The product writes in its own words: no run of nine words (longer than any set term such as "lớp bồi dưỡng nhận thức về Đảng") from the seed documents
 * (../shared/seeds, beside the repository) appears in a generated plan or report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftPaper } from '../../../shared/documents/papers/build.ts';
import { renderText } from '../../../shared/documents/render/text.ts';
import { buildReport } from '../../../shared/documents/report/build.ts';
import {
  communeDocument,
  communePreviousRows,
  communeRows,
  teachersCell,
  teachersCellDocument,
  upperSecondaryCell,
  upperSecondaryCellDocument,
} from '../../fixtures/documents/units.ts';
import { meetingBody, PAPER_TARGETS } from '../../fixtures/meeting.ts';
import { plan } from './helpers.ts';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The seeds live in shared/seeds beside the repository (CI lays ../shared beside its clone); a
 * worktree deeper down finds them beside a folder above it. Never vendored into the repository.
 */
function findSeeds(): string | undefined {
  for (let dir = path.dirname(REPO); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'seeds');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
const SEEDS = findSeeds();
const N = 9;

function words(text: string): string[] {
  return text
    .toLocaleLowerCase('vi')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function grams(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + N <= w.length; i++) out.add(w.slice(i, i + N).join(' '));
  return out;
}

const seeds =
  SEEDS === undefined
    ? []
    : readdirSync(SEEDS)
        .filter((f) => /^\d+_.*\.txt$/.test(f))
        .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));

describe('wording', () => {
  it(`shares no ${N}-word run with the seeds`, () => {
    // Fails loudly rather than skipping: without the seeds this test would prove nothing.
    expect(
      seeds.length,
      `no seed documents (*.txt) in shared/seeds beside ${REPO} or any folder above it`,
    ).toBeGreaterThan(0);
    const seedGrams = new Set(seeds.flatMap((s) => [...grams(s)]));
    const documents = [
      plan({ ...teachersCell, document: teachersCellDocument }),
      plan({ ...upperSecondaryCell, document: upperSecondaryCellDocument }),
      buildReport({ rows: communeRows, previousRows: communePreviousRows, document: communeDocument }),
      ...Object.entries(PAPER_TARGETS).map(([kind, target]) => {
        const out = draftPaper(kind, meetingBody(target));
        if (!out.ok) throw new Error(`${kind} refused`);
        return out.model;
      }),
    ];
    for (const doc of documents) {
      const copied = [...grams(renderText(doc))].filter((g) => seedGrams.has(g));
      expect(copied).toEqual([]);
    }
  });
});

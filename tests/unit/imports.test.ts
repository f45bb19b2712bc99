/**
 * The import graph keeps its shape: the add-on's features are siblings over shared layers and never
 * import each other; product code never imports tests/; no import cycle anywhere; and the add-on's
 * server code stays shallow enough to read (its deepest import chain is at most 8 files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SERVER = 'addon/src/server/';
const FEATURES = `${SERVER}features/`;
/** The server's entry points: they wire every feature into createAddon. */
const ENTRY_POINTS = new Set([`${SERVER}index.ts`, `${SERVER}app.ts`]);
const MAX_CHAIN = 8;
const CYCLE_FREE = ['addon/src/', 'shared/', 'worker/src/'];

function tsFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : tsFiles(rel);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Relative imports (static, type-only and dynamic alike), as repository paths. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) =>
      path
        .relative(ROOT, path.resolve(ROOT, path.dirname(file), spec))
        .split(path.sep)
        .join('/'),
    );
}

const PRODUCT = ['addon/src', 'addon/preview', 'addon/fake', 'shared', 'worker/src', 'scripts'];
const graph = new Map<string, string[]>();
for (const dir of PRODUCT) for (const file of tsFiles(dir)) graph.set(file, importsOf(file));

/** "superior/aggregate" for features/superior/aggregate/summaryTab.ts; undefined for a layer. */
function featureOf(file: string): string | undefined {
  if (!file.startsWith(FEATURES)) return undefined;
  return path.posix.dirname(file.slice(FEATURES.length));
}

describe('import boundaries', () => {
  it('reads a graph of the product code', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(`${SERVER}index.ts`)).toContain(`${SERVER}app.ts`);
    expect([...graph.keys()].filter((f) => featureOf(f) !== undefined).length).toBeGreaterThanOrEqual(7);
  });

  it('features never import another feature, and layers never import a feature', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      if (!file.startsWith(SERVER) || ENTRY_POINTS.has(file)) continue;
      const own = featureOf(file);
      for (const target of imports) {
        const theirs = featureOf(target);
        if (theirs !== undefined && theirs !== own) wrong.push(`${file} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // scripts/ are developer tools (npm run docs:print prints the test fixtures); product code never
  // reads tests/.
  it('product code never imports tests/', () => {
    const wrong = [...graph]
      .filter(([file]) => !file.startsWith('scripts/'))
      .flatMap(([file, imports]) =>
        imports.filter((t) => t.startsWith('tests/')).map((t) => `${file} → ${t}`),
      );
    expect(wrong).toEqual([]);
  });

  it('has no import cycle in addon/src/, shared/, worker/src/', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const t of graph.get(file) ?? []) if (graph.has(t)) visit(t, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (CYCLE_FREE.some((dir) => file.startsWith(dir))) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('shared/rules depends on nothing in shared/engine', () => {
    const wrong = [...graph]
      .filter(([file]) => file.startsWith('shared/rules/'))
      .flatMap(([file, imports]) =>
        imports.filter((t) => t.startsWith('shared/engine/')).map((t) => `${file} → ${t}`),
      );
    expect(wrong).toEqual([]);
  });

  it(`the add-on's server code imports at most ${MAX_CHAIN} files deep`, () => {
    const depth = new Map<string, string[]>();
    const chain = (file: string): string[] => {
      const known = depth.get(file);
      if (known) return known;
      let longest: string[] = [];
      for (const t of graph.get(file) ?? []) {
        if (!t.startsWith(SERVER)) continue;
        const c = chain(t);
        if (c.length > longest.length) longest = c;
      }
      const mine = [file, ...longest];
      depth.set(file, mine);
      return mine;
    };
    const deepest = chain(`${SERVER}index.ts`);
    expect(deepest.length, deepest.join(' → ')).toBeLessThanOrEqual(MAX_CHAIN);
  });
});

/**
 * The built bundle (what `clasp push` uploads) in a Node `vm` context holding only ECMAScript and
 * Apps Script-like globals: no `process`, `require`, `URL`, `setTimeout`, `fetch`… If the bundle
 * leaned on any of them, it would fail here as it would in Apps Script.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuthModeError, createFake, type Fake } from '../../addon/fake/index.ts';
import { loadWorkbook } from '../../addon/fake/workbook.ts';
import { DEMO_UNIT, demoWorkbook } from '../../addon/preview/demo.ts';
import { ENTRY_POINTS } from '../../addon/src/server/entrypoints.ts';
import { MENU_ITEMS } from '../../addon/src/server/menu.ts';
import { type BuildResult, buildAddon } from '../../scripts/build-addon.ts';
import { toDay } from '../../shared/dates/day.ts';
import { FakeBackend, withDocx } from './backend.ts';
import { measureStart } from './startCost.ts';

let dir: string;
let built: BuildResult;
let code: string;
let sidebar: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ptdv-addon-'));
  built = await buildAddon({
    outDir: dir,
    preview: false,
    quiet: true,
    backendUrl: 'https://ptdv.example.workers.dev/',
  });
  code = await readFile(path.join(dir, 'Code.js'), 'utf8');
  sidebar = await readFile(path.join(dir, 'Sidebar.html'), 'utf8');
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * Recent built-ins that Apps Script's V8 may lack: removed from the context, so that the bundle
 * (transpiled to ES2020, but esbuild does not polyfill APIs) fails here if it relies on one.
 */
const TOO_NEW = `
  delete Array.prototype.at; delete String.prototype.at; delete Array.prototype.findLast;
  delete Array.prototype.findLastIndex; delete Array.prototype.toSorted; delete Array.prototype.toReversed;
  delete String.prototype.replaceAll; delete Object.hasOwn; delete Object.groupBy;
  delete globalThis.structuredClone;`;

/** A fresh context with the fake's services as globals, the bundle loaded. */
function load(fake: Fake): vm.Context {
  const context = vm.createContext({ ...fake.services });
  vm.runInContext(TOO_NEW, context);
  vm.runInContext(code, context, { filename: 'Code.js', timeout: 10_000 });
  return context;
}

describe('the built bundle', () => {
  test('declares every entry point as a top-level function, and nothing else at the top', () => {
    const topLevel = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]);
    expect(topLevel.sort()).toEqual([...ENTRY_POINTS].sort());
    const context = load(createFake());
    for (const name of ENTRY_POINTS) {
      expect(typeof context[name], name).toBe('function');
      expect(typeof context.Addon[name], `Addon.${name}`).toBe('function');
    }
    // every export of the bundle has its stub
    expect(Object.keys(context.Addon).sort()).toEqual([...ENTRY_POINTS].sort());
  });

  test('every menu item calls an entry point', () => {
    for (const item of MENU_ITEMS) if (item !== null) expect(ENTRY_POINTS).toContain(item[1]);
  });

  test('onOpen in AuthMode.NONE only builds the menu', () => {
    const fake = createFake({ authMode: 'NONE' });
    const context = load(fake);
    fake.calls.reset();
    vm.runInContext('onOpen({ authMode: ScriptApp.AuthMode.NONE })', context);
    expect(fake.ui.menus).toHaveLength(1);
    const items = fake.ui.menus[0]!.items.filter((i) => i !== 'separator');
    expect(items.map((i) => i.caption)).toEqual([
      'Mở bảng điều khiển',
      'Kiểm tra danh sách',
      'Soạn kế hoạch',
      'Văn bản cuộc họp',
      'Gửi báo cáo lên cấp trên',
      'Tổng hợp các chi bộ',
      'Giao chỉ tiêu',
      'Soạn báo cáo (cấp trên)',
      'Tạo bảng mẫu',
    ]);
    // nothing but the UI was touched (data services throw in NONE; none was called)
    expect(Object.keys(fake.calls.snapshot()).sort()).toEqual(
      [
        'Menu.addItem',
        'Menu.addSeparator',
        'Menu.addToUi',
        'SpreadsheetApp.getUi',
        'Ui.createAddonMenu',
      ].sort(),
    );
    // and a data call in that mode does throw, so the check above means something
    expect(() => vm.runInContext('sidebarState()', context)).not.toThrow();
    expect(vm.runInContext('sidebarState()', context).ok).toBe(false);
    expect(() => fake.services.SpreadsheetApp.getActive()).toThrow(AuthModeError);
  });

  test('onInstall and onOpen in FULL mode build the same menu', () => {
    const fake = createFake();
    const context = load(fake);
    vm.runInContext(
      'onInstall({ authMode: ScriptApp.AuthMode.FULL }); onOpen({ authMode: ScriptApp.AuthMode.LIMITED })',
      context,
    );
    expect(fake.ui.menus).toHaveLength(2);
  });

  test('a whole check runs inside the bundle, results cross as plain JSON (no Date)', () => {
    const fake = createFake({ files: { Sidebar: sidebar } });
    loadWorkbook(fake.spreadsheet, demoWorkbook(toDay('2026-11-21')));
    const context = load(fake);
    const result = vm.runInContext('sidebarCheck()', context) as {
      ok: boolean;
      counts: Record<string, number>;
    };
    expect(result.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.counts.ready).toBeGreaterThanOrEqual(1);
    vm.runInContext('showSidebar()', context);
    expect(fake.ui.sidebars[0]?.content).toBe(sidebar);
    expect(fake.ui.sidebars[0]?.title).toContain('PTĐV');
  });

  test('a plan, a report and the superior’s tab run inside the bundle too (zip, Drive, charts)', async () => {
    const backend = new FakeBackend()
      .unit('xa-dinh-van', 'Đảng bộ xã Đinh Văn')
      .unit(DEMO_UNIT.id, DEMO_UNIT.name, 'xa-dinh-van')
      .grant(DEMO_UNIT.email, DEMO_UNIT.id, 'secretary')
      .grant('bantochuc@example.org', 'xa-dinh-van', 'superior');
    const fake = createFake({ fetch: backend.handler(), token: `token:${DEMO_UNIT.email}` });
    loadWorkbook(fake.spreadsheet, demoWorkbook(toDay('2026-11-21'), 'https://ptdv.example.workers.dev'));
    const context = load(fake);
    const input = "({ year: 2026, number: '05', date: '20/11/2026', signer: 'Nguyễn Thị Hương' })";
    vm.runInContext(`sidebarPlan(${input})`, context); // the .docx is rendered after this first call
    await backend.renderPending();
    const plan = vm.runInContext(`sidebarPlan(${input})`, context);
    expect(plan).toMatchObject({ ok: true, doc: { version: 1, converted: true }, notices: [] });
    expect(plan.html).toContain('Nguyễn Minh Anh');
    expect(fake.drive.files).toHaveLength(1);
    const report = vm.runInContext('sidebarReport({ year: 2026 })', context);
    expect(report).toMatchObject({ ok: true, revision: 1, created: true });
    fake.setToken('token:bantochuc@example.org');
    const aggregate = vm.runInContext('sidebarAggregate({ year: 2026 })', context);
    expect(aggregate).toMatchObject({ ok: true, lines: 1, reported: 1, chart: true });
    expect(fake.spreadsheet.sheet('Tổng hợp').charts).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(aggregate))).toEqual(aggregate);
  });

  test('the meeting papers run inside the bundle: fflate, loaded on first use, zips without TextDecoder', async () => {
    const backend = new FakeBackend().unit(DEMO_UNIT.id, DEMO_UNIT.name);
    const fake = createFake({ fetch: backend.handler(), token: `token:${DEMO_UNIT.email}` });
    loadWorkbook(fake.spreadsheet, demoWorkbook(toDay('2026-11-21'), 'https://ptdv.example.workers.dev'));
    const context = load(fake);
    expect(vm.runInContext('typeof TextDecoder', context)).toBe('undefined');
    const result = await withDocx(
      backend,
      () => vm.runInContext("sidebarPapers({ row: 3, signer: 'Nguyễn Thị Hương' })", context),
      () => {},
    );
    expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ ok: true });
    expect(result.docs.map((d: { kind: string }) => d.kind)).toEqual([
      'recognition-resolution',
      'minutes-extract',
    ]);
    expect(fake.drive.files.at(-1)!.media.length).toBeGreaterThan(1000);
  });

  test('the sidebar is one small self-contained HTML file', () => {
    expect(sidebar).not.toMatch(/<script[^>]+src=/i);
    expect(sidebar).not.toMatch(/<link[^>]+href=/i);
    expect(sidebar).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(sidebar).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(built.sidebar.bytes).toBeLessThan(40 * 1024);
    // (13 KB since the meeting pack's form; it was 12; 13.25 KB since a failed check marks the
    // figures left on screen as the previous check's)
    expect(built.sidebar.gzipBytes).toBeLessThan(13.25 * 1024);
    console.log(
      `Sidebar.html: ${built.sidebar.bytes} bytes (${built.sidebar.gzipBytes} gzip); Code.js: ${built.code.bytes} bytes`,
    );
  });

  test('the manifest: V8, Asia/Ho_Chi_Minh, least-privilege scopes, the backend allowlisted', async () => {
    const manifest = JSON.parse(await readFile(path.join(dir, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/script.external_request',
        'openid',
        'https://www.googleapis.com/auth/userinfo.email',
        'https://www.googleapis.com/auth/drive.file',
      ].sort(),
    );
    for (const scope of manifest.oauthScopes as string[]) {
      expect(scope).not.toMatch(/\/auth\/(drive|documents|spreadsheets)$/);
    }
    // the backend, and the Drive upload of the documents (drive.file scope)
    expect(manifest.urlFetchWhitelist).toEqual([
      'https://ptdv.example.workers.dev/',
      'https://www.googleapis.com/upload/drive/',
    ]);
    expect(await readFile(path.join(dir, '.claspignore'), 'utf8')).toContain('!Code.js');
  });
});

/**
 * Apps Script parses all of Code.js on every call. Issue 15's goal: under 300 KB. It is about
 * 258 KB since the worker alone drafts the plan and the meeting papers (the add-on renders the
 * worker's model): the bound is the goal, with room for the next features.
 */
const MAX_CODE_BYTES = 300 * 1024;

describe('the add-on’s start', () => {
  test('Code.js is small and carries no zod', () => {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const inputs = Object.entries(built.code.inputs).sort((a, b) => b[1] - a[1]);
    console.log(
      `Code.js ${kb(built.code.bytes)}; largest inputs: ${inputs
        .slice(0, 5)
        .map(([f, n]) => `${f} ${kb(n)}`)
        .join(', ')}`,
    );
    expect(built.code.bytes).toBe(Buffer.byteLength(code));
    expect(built.code.bytes).toBeLessThan(MAX_CODE_BYTES);
    // what esbuild bundled, and what its output shows: zod's classes and its issue codes
    expect(inputs.filter(([f]) => /node_modules\/zod\//.test(f))).toEqual([]);
    for (const marker of ['ZodError', '$ZodType', '_zod', 'invalid_type']) expect(code).not.toContain(marker);
    // no class field (ES2022), which Apps Script's parser refuses (see the target in build-addon.ts):
    // esbuild lowers them to assignments, so no `static x =` / `#x` remains in a class body
    expect(code).not.toMatch(/[{};]static [\w$]+(=|;)/);
    expect(code).not.toMatch(/[{};]#[\w$]+(=|;|\()/);
    // and nothing else the worker only needs: its packages, and the making of the compact answer
    // (the add-on only makes the default one: evaluateRequest)
    expect(inputs.filter(([f]) => /node_modules\/(hono|@hono|docx|jose)\//.test(f))).toEqual([]);
    expect(inputs.map(([f]) => f)).not.toContain('shared/engine/kinds.ts');
    // nor the drafting of the plan and the papers: the worker writes the documents, the add-on
    // checks the request, lists a meeting's papers and renders the worker's model
    const drafting = /^shared\/documents\/(plan\/(?!read\.ts)|papers\/(?!read\.ts|plans\.ts))/;
    expect(inputs.map(([f]) => f).filter((f) => drafting.test(f))).toEqual([]);
  });

  test('its top level runs in a fraction of its compile time and calls no service', () => {
    const fake = createFake({ authMode: 'NONE' });
    const cost = measureStart(code, { context: () => vm.createContext({ ...fake.services }) });
    console.log(
      `Code.js start: compile ${cost.compileMs.toFixed(1)} ms, top-level run ${cost.runMs.toFixed(1)} ms (×${cost.ratio.toFixed(2)}; medians of ${cost.run.length} interleaved rounds)`,
    );
    // The bundle of the start of issue 15's work ran its top level in about three times its
    // compile time (zod building its schemas, fflate its tables and a TextDecoder probe that
    // throws); now it builds nothing an entry point does not need.
    expect(cost.ratio).toBeLessThan(0.5);
    expect(fake.calls.snapshot()).toEqual({});
  });
});

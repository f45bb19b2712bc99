/**
 * What every browser test file shares: its own Chromium (playwright-core + Debian's chromium) on the
 * preview that the global setup started (stack.ts), the sidebar's frame, screenshots into
 * test-output/browser/, and the text of a downloaded .docx as the wording rules read it.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM, chromiumAvailable } from './chromium.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = path.join(ROOT, 'test-output/browser');

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const available = chromiumAvailable();
if (!available)
  console.warn(`[browser] ${CHROMIUM} not found: browser tests skipped (apt-get install chromium)`);

export interface Browser {
  context: BrowserContext;
  page: Page;
  previewUrl: string;
  close(): Promise<void>;
}

/** A fresh Chromium profile with one page at 1440×900, not yet on the preview. */
export async function openBrowser(): Promise<Browser> {
  await mkdir(OUT, { recursive: true });
  const profile = await mkdtemp(path.join(tmpdir(), 'ptdv-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    previewUrl: inject('previewUrl'),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface BrowserSession {
  readonly browser: Browser;
  /** The session's page (1440×900), where the preview is opened. */
  readonly page: Page;
  sidebar(p?: Page): Promise<Frame>;
  shot(name: string, p?: Page): Promise<void>;
}

/**
 * One Chromium for the enclosing `describe`: opened before its first test, closed after its last.
 * @example
 *   const session = useBrowser();
 *   test('…', async () => { await session.page.goto(session.browser.previewUrl); });
 */
export function useBrowser(): BrowserSession {
  let opened: Browser | undefined;
  beforeAll(async () => {
    opened = await openBrowser();
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
  }, 30_000);
  const session: BrowserSession = {
    get browser() {
      if (!opened) throw new Error('the browser opens in beforeAll');
      return opened;
    },
    get page() {
      return session.browser.page;
    },
    sidebar: (p) => sidebar(p ?? session.page),
    shot: (name, p) => shot(p ?? session.page, name),
  };
  return session;
}

export async function sidebar(p: Page): Promise<Frame> {
  const handle = await p.waitForSelector('#sidebar');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

export async function shot(p: Page, name: string): Promise<void> {
  await p.screenshot({ path: path.join(OUT, `${name}.png`) });
}

/** The text of each paragraph of a .docx (word/document.xml), as the wording rules read it. */
export function docxParagraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    m[0]
      .replace(/<w:noBreakHyphen\/>/g, '-')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );
}

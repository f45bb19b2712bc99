/**
 * The sidebar alone in Chromium, after a check that failed: the last good result stays, but it is
 * said to be the previous check's (with its time) and dimmed, never shown as if it were current.
 * The result is a real one (the add-on's check on the demo cell in the fake); only the transport
 * (google.script.run) is stubbed, so the second check can fail on demand.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CheckResult, Failure } from '../../addon/src/common/model.ts';
import { buildSidebarHtml } from '../../scripts/build-addon.ts';
import { demo } from '../addon/fixtures.ts';
import { available, type Browser, openBrowser, shot } from './harness.ts';

const STUB = `
  window.google = { script: { run: (function make(h) { return new Proxy({}, { get(_, fn) {
    if (fn === 'withSuccessHandler') return (f) => make({ ...h, ok: f });
    if (fn === 'withFailureHandler') return (f) => make({ ...h, fail: f });
    return () => setTimeout(() => h.ok(window.answers[fn] ?? null), 30);
  } }); })({}) } };`;

describe.skipIf(!available)('the sidebar after a failed check, in Chromium', () => {
  let browser: Browser | undefined;
  let p: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    p = await browser.context.newPage();
    await p.setViewportSize({ width: 300, height: 900 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  }, 30_000);

  test('the previous result is marked as the previous check, with its time, and dimmed', async () => {
    const result = demo().addon.sidebarCheck() as CheckResult;
    expect(result.ok).toBe(true);
    const failure: Failure = {
      ok: false,
      kind: 'backend',
      title: 'Không kết nối được máy chủ',
      text: 'Kiểm tra kết nối mạng rồi bấm “Kiểm tra danh sách” lại.',
    };
    const answers = {
      sidebarState: {
        ok: true,
        unitName: result.unitName,
        hasList: true,
        backendConfigured: true,
        lastCheck: null,
        autorun: false,
        version: '0.1.0',
      },
      sidebarCheck: result,
    };
    const html = await buildSidebarHtml();
    await p.setContent(
      html.replace(
        '<script>',
        `<script>${STUB}; window.answers = ${JSON.stringify(answers)};</script><script>`,
      ),
    );
    await p.click('#check');
    await p.waitForSelector('section.people');
    await p.waitForFunction(() => !document.querySelector('.progress'));
    // a good check: the counts are current, nothing says otherwise
    await expect(p.locator('.stale').count()).resolves.toBe(0);
    await expect(p.locator('.summary-line').count()).resolves.toBe(1);

    await p.evaluate((f) => {
      (window as unknown as { answers: Record<string, unknown> }).answers.sidebarCheck = f;
    }, failure);
    await p.click('#check');
    await p.waitForSelector('.notice.error');
    await p.waitForFunction(() => !document.querySelector('.progress'));
    await expect(p.textContent('.notice.error strong')).resolves.toBe(failure.title);
    // every figure left on screen sits in the block that says it is the previous check's
    const note = await p.textContent('.stale > p');
    expect(note).toBe(`Kết quả lần kiểm tra trước (lúc ${result.checkedAtText}), chưa tính thay đổi sau đó:`);
    await expect(p.locator('.pipeline:not(.stale .pipeline)').count()).resolves.toBe(0);
    await expect(p.locator('section.people:not(.stale section.people)').count()).resolves.toBe(0);
    await expect(p.locator('.stale .pipeline').count()).resolves.toBe(1);
    // no summary line reading as this check's outcome
    await expect(p.locator('.summary-line').count()).resolves.toBe(0);
    // dimmed: the tiles are drawn at reduced opacity
    const opacity = await p.$eval('.stale .pipeline', (el) => Number(getComputedStyle(el).opacity));
    expect(opacity).toBeLessThan(1);
    await shot(p, '13-sidebar-failed-check-stale');

    // the next good check: current again
    await p.evaluate((r) => {
      (window as unknown as { answers: Record<string, unknown> }).answers.sidebarCheck = r;
    }, result);
    await p.click('#check');
    await p.waitForFunction(
      () => !document.querySelector('.notice.error') && !document.querySelector('.progress'),
    );
    await expect(p.locator('.stale').count()).resolves.toBe(0);
    await expect(p.locator('.summary-line').count()).resolves.toBe(1);
  });
});

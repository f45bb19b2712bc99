/**
 * Every failure path: what the secretary reads (Vietnamese, what happened and what to do), that
 * the check still completes locally, retries and their backoff, the lock, malformed cells.
 */
import { describe, expect, test } from 'vitest';
import { createFake, type FakeHttp } from '../../addon/fake/index.ts';
import { demoWorkbook } from '../../addon/preview/demo.ts';
import type { CheckResult, Failure } from '../../addon/src/common/model.ts';
import { createAddon } from '../../addon/src/server/app.ts';
import { classifyException, endpoint, isAllowedBaseUrl } from '../../addon/src/server/backend/client.ts';
import { evaluateRemote } from '../../addon/src/server/backend/evaluate.ts';
import { toDay } from '../../shared/dates/day.ts';
import { BACKEND, CHECK_OPTIONS, demo, engineBackend, TODAY } from './fixtures.ts';

function check(
  handler?: (url: string, params: { payload?: string | number[] }) => FakeHttp,
  backendUrl = BACKEND,
) {
  // No unit id: the check sends the evaluate call alone (with one, the superior's targets ride
  // along in a fetchAll — tests/addon/targetsCompare.test.ts), so each failure is the evaluate's.
  const tabs = demoWorkbook(TODAY, backendUrl);
  const config = tabs.find((t) => t.name === 'Cấu hình')!;
  config.rows = config.rows.filter((r) => r[0] !== 'Mã đơn vị');
  const setup = demo({ backendUrl, tabs });
  if (handler) setup.fake.setFetch(handler);
  const result = setup.addon.sidebarCheck() as CheckResult | Failure;
  return { ...setup, result };
}

function done(r: CheckResult | Failure): CheckResult {
  if (!r.ok) throw new Error(`expected a result: ${JSON.stringify(r)}`);
  return r;
}

const THROW = (message: string) => () => {
  throw new Error(message);
};

/** Still checked (locally) and written back: the counts are there, the summary column filled. */
function checkedLocally(setup: ReturnType<typeof check>) {
  const r = done(setup.result);
  expect(r.mode).toBe('local');
  expect(r.counts.ready).toBe(1);
  const sheet = setup.fake.spreadsheet.sheet('Quần chúng');
  const header = sheet.dump()[0] as string[];
  expect(sheet.cell(5, header.indexOf('Kết quả kiểm tra') + 1)).toBe(
    '✓ Đủ điều kiện — có thể đưa ra chi bộ xét.',
  );
  return r;
}

describe('the backend', () => {
  test('not configured: checked on the spot, and the sidebar says so', () => {
    const s = check(undefined, '');
    const r = checkedLocally(s);
    expect(s.fake.fetches).toHaveLength(0);
    expect(r.notices).toEqual([expect.objectContaining({ level: 'info', title: 'Đang kiểm tra tại chỗ' })]);
    expect(r.notices[0]?.text).toMatch(/chưa có “Địa chỉ máy chủ”/);
  });

  test('an address that is not https: said plainly, nothing sent', () => {
    const s = check(undefined, 'ptdv.example.org');
    const r = checkedLocally(s);
    expect(s.fake.fetches).toHaveLength(0);
    expect(r.notices[0]).toMatchObject({ level: 'warning', title: 'Địa chỉ máy chủ chưa đúng' });
  });

  test('unreachable: retried with backoff, then checked locally — the format checks still run', () => {
    const s = check(THROW('Address unavailable: https://ptdv.example.workers.dev/v1/evaluate'));
    const r = checkedLocally(s);
    expect(s.fake.fetches).toHaveLength(4);
    expect(s.fake.sleeps).toEqual([1000, 2000, 4000]);
    expect(r.notices[0]).toMatchObject({ level: 'warning', title: 'Không kết nối được máy chủ PTĐV' });
    expect(r.notices[0]?.text).toMatch(/Đã thử 4 lần .* kiểm tra định dạng các ô vẫn chạy bình thường/);
    // the cell problems are still reported
    expect(r.people.flatMap((p) => p.items).some((i) => i.text.includes('“Cóo” không phải Có/Không'))).toBe(
      true,
    );
    const lines = s.fake.cache.puts.map((p) => JSON.parse(p.value).text as string);
    expect(lines).toContain('Máy chủ chưa trả lời, thử lại lần 2 sau 1 giây…');
  });

  test('a transient failure then success: one good answer, mode backend', () => {
    let n = 0;
    const good = engineBackend();
    const s = check((url, params) => {
      n++;
      if (n === 1) throw new Error('Timeout: https://ptdv.example.workers.dev/v1/evaluate');
      if (n === 2)
        return {
          status: 503,
          body: '{"error":{"code":"auth_unavailable","message":"Tạm thời…"}}',
          headers: { 'Retry-After': '2' },
        };
      return good(url, params);
    });
    const r = done(s.result);
    expect(r.mode).toBe('backend');
    expect(r.notices).toEqual([]);
    expect(s.fake.sleeps).toEqual([1000, 2000]);
  });

  test('401: what happened and what to ask the superior', () => {
    const s = check(() => ({
      status: 401,
      body: JSON.stringify({ error: { code: 'unauthorized', message: 'Mã xác thực không hợp lệ.' } }),
    }));
    const r = checkedLocally(s);
    expect(s.fake.fetches).toHaveLength(1);
    expect(r.notices[0]).toMatchObject({ level: 'error', title: 'Máy chủ chưa xác nhận được tài khoản' });
    expect(r.notices[0]?.text).toMatch(/“Mã xác thực không hợp lệ\.”.*đề nghị cấp ủy cấp trên/);
  });

  test('403: ask the superior for the secretary role', () => {
    const s = check(() => ({
      status: 403,
      body: JSON.stringify({
        error: { code: 'forbidden', message: 'Bạn không có quyền thực hiện thao tác này.' },
      }),
    }));
    const r = checkedLocally(s);
    expect(r.notices[0]).toMatchObject({ level: 'error', title: 'Tài khoản chưa được cấp quyền' });
    expect(r.notices[0]?.text).toMatch(
      /ban tổ chức cấp ủy cấp trên thêm địa chỉ email của bạn với vai trò bí thư chi bộ/,
    );
  });

  test('429: waits as asked and retries; told to retry later when it persists', () => {
    const good = engineBackend();
    let n = 0;
    const once = check((url, params) =>
      ++n === 1 ? { status: 429, body: '{}', headers: { 'retry-after': '3' } } : good(url, params),
    );
    expect(done(once.result).mode).toBe('backend');
    expect(once.fake.sleeps).toEqual([3000]);

    const always = check(() => ({ status: 429, body: '{}', headers: { 'Retry-After': '2' } }));
    const r = checkedLocally(always);
    expect(always.fake.fetches).toHaveLength(4);
    expect(always.fake.sleeps).toEqual([2000, 2000, 2000]);
    expect(r.notices[0]).toMatchObject({ level: 'warning', title: 'Máy chủ đang bận' });
    expect(r.notices[0]?.text).toMatch(/chờ 2 giây\. Hãy thử lại sau ít phút/);

    const long = check(() => ({ status: 429, body: '{}', headers: { 'Retry-After': '45' } }));
    expect(long.fake.fetches).toHaveLength(1);
    expect(long.fake.sleeps).toEqual([]);
    expect(done(long.result).notices[0]?.text).toMatch(/chờ 45 giây/);
  });

  test('the daily UrlFetch quota: no retry, come back tomorrow', () => {
    const s = check(THROW('Service invoked too many times for one day: urlfetch.'));
    const r = checkedLocally(s);
    expect(s.fake.fetches).toHaveLength(1);
    expect(r.notices[0]).toMatchObject({ title: 'Hôm nay đã hết hạn mức kết nối' });
  });

  test('an address outside the manifest allowlist', () => {
    const s = check(
      THROW('Exception: Request to https://evil.example/v1/evaluate is not allowed by the urlFetchWhitelist'),
    );
    expect(checkedLocally(s).notices[0]).toMatchObject({
      level: 'error',
      title: 'Địa chỉ máy chủ không được phép',
    });
  });

  test('5xx every time: retried, then said plainly', () => {
    const s = check(() => ({ status: 500, body: '{"error":{"code":"internal","message":"Lỗi máy chủ"}}' }));
    const r = checkedLocally(s);
    expect(s.fake.fetches).toHaveLength(4);
    expect(r.notices[0]).toMatchObject({ title: 'Máy chủ PTĐV đang gặp sự cố' });
  });

  test('no notice shows an HTTP code alone, whatever the backend answers (ux.md)', () => {
    for (const status of [400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503]) {
      const r = done(check(() => ({ status, body: '{}' })).result);
      for (const n of r.notices) expect(`${n.title} ${n.text}`, String(status)).not.toMatch(/\b[1-5]\d\d\b/);
    }
  });

  test('a 400 names the problems; a 404 says the address is wrong; a garbled answer is not trusted', () => {
    const bad = check(() => ({
      status: 400,
      body: JSON.stringify({
        error: {
          code: 'invalid_request',
          message: 'Yêu cầu kiểm tra không hợp lệ.',
          details: [{ path: 'candidates[0].birthDate', message: 'Thiếu ngày sinh.' }],
        },
      }),
    }));
    expect(checkedLocally(bad).notices[0]?.text).toMatch(
      /Yêu cầu kiểm tra không hợp lệ\. Chi tiết: candidates\[0\]\.birthDate: Thiếu ngày sinh\./,
    );
    const missing = check(() => ({ status: 404, body: '<html>' }));
    expect(checkedLocally(missing).notices[0]?.text).toMatch(/không có máy chủ PTĐV\. Kiểm tra/);
    const garbled = check(() => ({ status: 200, body: '<html>captive portal</html>' }));
    expect(checkedLocally(garbled).notices[0]).toMatchObject({ title: 'Máy chủ trả lời không đúng dạng' });
  });

  test('no ID token (scope not granted yet)', () => {
    const s = demo({ backendUrl: BACKEND });
    s.fake.setToken(() => {
      throw new Error('Authorization is required to perform that action.');
    });
    const r = done(s.addon.sidebarCheck() as CheckResult | Failure);
    expect(s.fake.fetches).toHaveLength(0);
    expect(r.notices[0]).toMatchObject({ level: 'error', title: 'Chưa lấy được mã xác thực Google' });
  });

  test('helpers', () => {
    expect(endpoint('https://x.workers.dev/', 'evaluate')).toBe('https://x.workers.dev/v1/evaluate');
    expect(endpoint('https://x.workers.dev/v1', 'evaluate')).toBe('https://x.workers.dev/v1/evaluate');
    expect(isAllowedBaseUrl('http://127.0.0.1:8788')).toBe(true);
    expect(isAllowedBaseUrl('http://ptdv.example.org')).toBe(false);
    expect(classifyException(new Error('Bandwidth quota exceeded'))).toBe('quota');
    expect(classifyException(new Error('DNS error'))).toBe('unreachable');
  });

  test('evaluateRemote never throws', () => {
    const fake = createFake({ fetch: THROW('boom') });
    const out = evaluateRemote(
      fake.services,
      BACKEND,
      { asOf: toDay('2026-11-21'), unit: { hasYouthUnion: true }, candidates: [] },
      { retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 }, random: () => 0 },
    );
    expect(out.ok).toBe(false);
    expect(fake.sleeps).toEqual([10]);
  });
});

describe('the spreadsheet side', () => {
  test('another check is running: the lock is busy, nothing is written', () => {
    const s = demo({ backendUrl: BACKEND });
    s.fake.lock.busy = true;
    const before = s.fake.spreadsheet.sheet('Quần chúng').dump();
    const r = s.addon.sidebarCheck();
    expect(r).toMatchObject({ ok: false, kind: 'busy', title: 'Đang có một lần kiểm tra khác' });
    expect(s.fake.spreadsheet.sheet('Quần chúng').dump()).toEqual(before);
    expect(s.fake.fetches).toHaveLength(0);
  });

  test('the lock is released after a check, also when the check fails', () => {
    const s = demo({ backendUrl: BACKEND });
    s.addon.sidebarCheck();
    expect(s.fake.lock.held).toBe(false);
    s.fake.spreadsheet.timeZone = 'Invalid/Zone';
    const r = s.addon.sidebarCheck();
    expect(r.ok).toBe(false);
    expect(s.fake.lock.held).toBe(false);
  });

  test('an unexpected error becomes a Vietnamese message that says no value was changed', () => {
    const fake = createFake();
    fake.spreadsheet.addSheet('Quần chúng', [
      ['Họ và tên', 'Ngày sinh'],
      ['A', '01/01/2000'],
    ]);
    const addon = createAddon(() => {
      throw new Error('Service Spreadsheets timed out while accessing document');
    }, CHECK_OPTIONS);
    const r = addon.sidebarCheck();
    expect(r).toMatchObject({ ok: false, kind: 'unexpected', title: 'Có lỗi không mong muốn' });
    expect(!r.ok && r.text).toMatch(/Các giá trị bạn đã nhập không bị thay đổi/);
    expect(addon.sidebarProgress()).toBeNull();
  });

  test('no candidate list yet: the empty state', () => {
    const fake = createFake();
    fake.spreadsheet.addSheet('Trang tính1');
    const addon = createAddon(() => fake.services, CHECK_OPTIONS);
    expect(addon.sidebarCheck()).toMatchObject({
      ok: false,
      kind: 'noList',
      text: 'Chưa có bảng “Quần chúng” — bấm “Tạo bảng mẫu” để bắt đầu.',
    });
    expect(addon.sidebarState()).toMatchObject({ ok: true, hasList: false, unitName: null, lastCheck: null });
  });

  test('a list without a recognisable header row: said once, nothing written', () => {
    const fake = createFake();
    const rows = [
      ['A', '01/01/2000'],
      ['B', '02/02/2000'],
    ];
    const sheet = fake.spreadsheet.addSheet('Quần chúng', rows);
    const addon = createAddon(() => fake.services, CHECK_OPTIONS);
    const r = done(addon.sidebarCheck() as CheckResult | Failure);
    expect(r.total).toBe(0);
    expect(r.info.filter((l) => l.includes('chưa có dòng tiêu đề quen thuộc'))).toHaveLength(1);
    expect(sheet.dump()).toEqual(rows);
    expect(sheet.note(1, 1)).toBe('');
  });

  test('malformed cells never block the sheet: every other row is checked', () => {
    const fake = createFake();
    fake.spreadsheet.addSheet('Quần chúng', [
      ['Họ và tên', 'Ngày sinh', 'Đoàn viên', 'Đối tượng', 'Ngày viết đơn', 'Số phiếu tán thành'],
      ['A', 'mười hai', 'Cóo', 'Bác sĩ', '2026-13-01', 'năm'],
      ['B', '15/07/2006', 'Có', 'Học sinh', '01/02/2026', ''],
      ['C', 1990, '', '', '', ''],
    ]);
    const addon = createAddon(() => fake.services, CHECK_OPTIONS);
    const r = done(addon.sidebarCheck() as CheckResult | Failure);
    expect(r.total).toBe(3);
    expect(r.checked).toBe(1);
    const a = r.people.find((p) => p.name === 'A')!;
    expect(a.excluded).toBe('ngày sinh không đọc được');
    expect(a.items.map((i) => i.where)).toEqual([
      'dòng 2, cột “Ngày sinh” (B2)',
      'dòng 2, cột “Đoàn viên” (C2)',
      'dòng 2, cột “Đối tượng” (D2)',
      'dòng 2, cột “Ngày viết đơn” (E2)',
      'dòng 2, cột “Số phiếu tán thành” (F2)',
    ]);
    const c = r.people.find((p) => p.name === 'C')!;
    expect(c.items[0]?.text).toMatch(/mới có năm: hãy ghi đủ ngày\/tháng\/năm/);
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    // the add-on's own columns were added at the right; the summary says why A was not checked
    const header = sheet.dump()[0] as string[];
    expect(header.slice(0, 6)).toEqual([
      'Họ và tên',
      'Ngày sinh',
      'Đoàn viên',
      'Đối tượng',
      'Ngày viết đơn',
      'Số phiếu tán thành',
    ]);
    expect(header.slice(6)).toEqual([
      'Mã',
      'Giai đoạn',
      'Sớm nhất đủ điều kiện về thời gian',
      'Hạn tiếp theo',
      'Kết quả kiểm tra',
    ]);
    expect(sheet.cell(2, header.indexOf('Kết quả kiểm tra') + 1)).toBe(
      '✖ Chưa kiểm tra: ngày sinh không đọc được.',
    );
    expect(r.info[0]).toBe('Đã cấp mã cho 3 dòng mới (cột “Mã”).');
    expect(r.info[1]).toMatch(/^Đã thêm cột “Mã”, “Giai đoạn”.* vào bảng “Quần chúng”/);
  });

  test('columns added to both tabs are said per tab: "Mã" is not listed twice in one sentence', () => {
    const fake = createFake();
    fake.spreadsheet.addSheet('Quần chúng', [
      ['Họ và tên', 'Ngày sinh'],
      ['A', '15/07/2006'],
    ]);
    fake.spreadsheet.addSheet('Đảng viên', [
      ['Họ và tên', 'Ngày chính thức'],
      ['B', '01/01/2005'],
    ]);
    const addon = createAddon(() => fake.services, CHECK_OPTIONS);
    const r = done(addon.sidebarCheck() as CheckResult | Failure);
    const line = r.info.find((l) => l.startsWith('Đã thêm'))!;
    expect(line).toMatch(
      /^Đã thêm cột “Mã”, “Giai đoạn”, .* vào bảng “Quần chúng”; cột “Mã” vào bảng “Đảng viên” \(/,
    );
    expect(fake.spreadsheet.sheet('Đảng viên').dump()[0]).toContain('Mã');
  });
});

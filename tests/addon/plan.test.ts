/**
 * "Soạn kế hoạch": POST /v1/plan for the model (the HTML) and for the .docx in one fetchAll, the
 * names filled in inside the document (XML-escaped, diacritics kept), the upload to Drive as a
 * Google Doc, a new version on every run — and every way it can fail. The worker writes the plan:
 * the add-on checks the request on the spot, and without the backend says drafting needs it.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, test } from 'vitest';
import { GOOGLE_DOC, parseMultipart, utf8Decode } from '../../addon/fake/index.ts';
import { DEMO_UNIT, demoNames, demoWorkbook } from '../../addon/preview/demo.ts';
import type { DocumentResult, Failure, PlanForm } from '../../addon/src/common/model.ts';
import { BLANK_NAME } from '../../addon/src/server/documents/docx.ts';
import { DRIVE_UPLOAD_URL, GOOGLE_DOC_TYPE } from '../../addon/src/server/documents/drive.ts';
import { nameTokensIn } from '../../shared/documents/names.ts';
import { DOCX, FakeBackend, withDocx } from './backend.ts';
import { BACKEND, demo, TODAY } from './fixtures.ts';

const INPUT = { year: 2026, number: '05-KH/CB', date: '20/11/2026', signer: 'Nguyễn Thị Hương' };

function setup(options: { backendUrl?: string; tabs?: ReturnType<typeof demoWorkbook> } = {}) {
  const backend = new FakeBackend()
    .unit('xa-dinh-van', 'Đảng bộ xã Đinh Văn')
    .unit(DEMO_UNIT.id, DEMO_UNIT.name, 'xa-dinh-van');
  const s = demo({
    backendUrl: options.backendUrl ?? BACKEND,
    ...(options.tabs ? { tabs: options.tabs } : {}),
    fake: { fetch: backend.handler(), token: `token:${DEMO_UNIT.email}` },
  });
  const draft = (input: unknown = INPUT) =>
    withDocx(
      backend,
      () => s.addon.sidebarPlan(input) as DocumentResult | Failure,
      () => {
        s.fake.fetches.length = 0;
        s.fake.calls.reset();
        s.fake.sleeps.length = 0;
      },
    );
  return { ...s, backend, draft };
}

function ok(r: DocumentResult | Failure): DocumentResult {
  if (!r.ok) throw new Error(`expected a document: ${JSON.stringify(r)}`);
  return r;
}

/** The uploaded .docx's parts, from the fake Drive's record of the multipart body. */
function uploaded(fake: ReturnType<typeof setup>['fake'], i = -1) {
  const file = fake.drive.files.at(i)!;
  const parts = unzipSync(file.media);
  return { file, parts, xml: strFromU8(parts['word/document.xml']!) };
}

describe('Soạn kế hoạch on the demo cell', () => {
  test('the form is prefilled from "Cấu hình" and today (late November: next year’s plan)', () => {
    const { addon } = setup();
    const form = addon.sidebarPlanForm() as PlanForm;
    expect(form).toMatchObject({
      ok: true,
      year: 2027,
      years: [2026, 2027],
      date: '21/11/2026',
      signer: DEMO_UNIT.secretary,
      unitName: DEMO_UNIT.name,
      superiorName: DEMO_UNIT.superior,
      place: DEMO_UNIT.place,
      missing: [],
      backendConfigured: true,
      versions: {},
    });
  });

  test('the menu items open the sidebar on their form, once', () => {
    const { addon, fake } = setup();
    addon.menuPlan();
    expect(fake.ui.sidebars).toHaveLength(1);
    expect(addon.sidebarState()).toMatchObject({ ok: true, autorun: false, open: 'plan' });
    expect(addon.sidebarState()).toMatchObject({ autorun: false, open: null });
    for (const [item, open] of [
      [addon.menuReport, 'report'],
      [addon.menuAggregate, 'aggregate'],
      [addon.menuTargets, 'targets'],
      [addon.menuSuperiorReport, 'superiorReport'],
    ] as const) {
      item();
      expect(addon.sidebarState()).toMatchObject({ open });
    }
    addon.menuCheck();
    expect(addon.sidebarState()).toMatchObject({ autorun: true, open: null });
  });

  test('a deputy signs: the title travels as document.signerTitle, the name stays in Google', async () => {
    const s = setup();
    ok(await s.draft({ ...INPUT, signerTitle: 'Phó Bí thư', signer: 'Trần Văn Bình' }));
    const request = s.fake.fetches.find((f) => f.url === `${BACKEND}/v1/plan`)!;
    const body = String(request.params.payload);
    expect(JSON.parse(body).document.signerTitle).toBe('Phó Bí thư');
    expect(body).not.toContain('Trần Văn Bình');
    const { xml } = uploaded(s.fake);
    expect(xml).toContain('PHÓ BÍ THƯ');
    expect(xml).toContain('Trần Văn Bình');
  });

  test('one fetchAll: the model and the .docx, no name in them; one upload; the link and the HTML', async () => {
    const s = setup();
    const r = ok(await s.draft());
    const requests = s.fake.fetches.filter((f) => f.url.startsWith(BACKEND));
    // the superior's targets ride along in the same fetchAll (tests/addon/targetsCompare.test.ts)
    expect(requests.map((f) => `${f.params.method} ${f.url}`)).toEqual([
      `post ${BACKEND}/v1/plan`,
      `post ${BACKEND}/v1/plan`,
      `get ${BACKEND}/v1/units/${DEMO_UNIT.id}/targets/2026`,
    ]);
    expect(s.fake.calls.snapshot()['UrlFetchApp.fetchAll']).toBe(1);
    expect(requests[0]!.params.headers?.Accept).toBe('application/json');
    expect(requests[1]!.params.headers?.Accept).toBe(DOCX);
    expect(requests[1]!.params.payload).toBe(requests[0]!.params.payload);
    const body = String(requests[0]!.params.payload);
    for (const name of demoNames(demoWorkbook(TODAY, BACKEND))) expect(body, name).not.toContain(name);
    expect(body).not.toContain(DEMO_UNIT.secretary);
    const parsed = JSON.parse(body);
    expect(parsed.document).toEqual({
      unitName: DEMO_UNIT.name,
      superiorName: DEMO_UNIT.superior,
      place: DEMO_UNIT.place,
      number: '05-KH/CB',
      date: '2026-11-20',
      year: 2026,
    });
    // the upload: Drive v3 multipart, the OAuth token, converted to a Google Doc
    const uploads = s.fake.fetches.filter((f) => f.url.startsWith('https://www.googleapis.com/'));
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.url).toBe(DRIVE_UPLOAD_URL);
    expect(uploads[0]!.url).toContain('uploadType=multipart&supportsAllDrives=true');
    expect(uploads[0]!.params.headers?.Authorization).toBe('Bearer fake-oauth-token');
    const { file, xml } = uploaded(s.fake);
    expect(file.metadata).toEqual({
      name: `Kế hoạch phát triển đảng viên năm 2026 — ${DEMO_UNIT.name}`,
      mimeType: GOOGLE_DOC_TYPE,
    });
    expect(file.mediaType).toBe(DOCX);
    expect(file.mimeType).toBe(GOOGLE_DOC);
    // the names are in the document, no token is left
    expect(nameTokensIn(xml)).toEqual([]);
    for (const name of ['Nguyễn Minh Anh', 'Phạm Thu Hà', 'Trần Quốc Khánh', DEMO_UNIT.secretary])
      expect(xml, name).toContain(name);
    expect(r).toMatchObject({
      kind: 'plan',
      year: 2026,
      doc: { version: 1, url: file.url, converted: true, name: file.name },
      previous: [],
      versionText: null,
      notices: [],
      unnamed: [],
    });
    expect(r.namesFilled).toBeGreaterThan(5);
    expect(r.html).toContain('<article class="ptdv-doc">');
    expect(r.html).toContain('KẾ HOẠCH');
    expect(r.html).toContain('Nguyễn Minh Anh');
    expect(r.html).not.toContain('{{ten:');
  });

  test('re-running the same year makes bản 2 and keeps bản 1; another year starts at bản 1', async () => {
    const s = setup();
    const first = ok(await s.draft());
    const second = ok(await s.draft({ ...INPUT, number: '06-KH/CB' }));
    expect(second.doc?.version).toBe(2);
    expect(second.doc?.name).toBe(`Kế hoạch phát triển đảng viên năm 2026 — ${DEMO_UNIT.name} (bản 2)`);
    expect(second.versionText).toBe('Đã tạo bản 2; bản 1 vẫn giữ nguyên.');
    expect(second.previous.map((v) => v.version)).toEqual([1]);
    expect(s.fake.drive.files).toHaveLength(2);
    expect(s.fake.drive.files[0]!.url).toBe(first.doc?.url);
    expect(s.fake.drive.files[1]!.metadata.name).toMatch(/\(bản 2\)$/);
    const third = ok(await s.draft({ ...INPUT, number: '07-KH/CB' }));
    expect(third.versionText).toBe('Đã tạo bản 3; các bản 1–2 vẫn giữ nguyên.');
    const next = ok(await s.draft({ ...INPUT, year: 2027, date: '20/12/2026' }));
    expect(next.doc?.version).toBe(1);
    const form = s.addon.sidebarPlanForm() as PlanForm;
    expect(form.versions['2026']?.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(form.versions['2027']?.map((v) => v.version)).toEqual([1]);
  });

  test('“Số văn bản” is never repeated on a new year’s plan: only a new version of a plan keeps its number', async () => {
    const tabs = demoWorkbook(TODAY, BACKEND);
    const config = tabs.find((t) => t.name === 'Cấu hình')!;
    // a sheet made before "Số văn bản" left "Cấu hình" still has the row, with last year's plan's number
    config.rows.push(['Số văn bản', '05-KH/CB']);
    const s = setup({ tabs });
    const form = () => s.addon.sidebarPlanForm() as PlanForm;
    // late November: next year's plan, which has no number yet
    expect(form().year).toBe(2027);
    expect(form().number).toBe('');
    ok(await s.draft({ ...INPUT, number: '05-KH/CB' }));
    expect(form().versions['2026']?.[0]?.number).toBe('05-KH/CB');
    expect(form().number).toBe('');
    ok(await s.draft({ ...INPUT, year: 2027, number: '01-KH/CB', date: '21/11/2026' }));
    // bản 2 of the 2027 plan is the same document: the same number
    expect(form().number).toBe('01-KH/CB');
  });

  test('names with diacritics, quotes, ampersands and angle brackets are escaped in the XML', async () => {
    const tabs = demoWorkbook(TODAY, BACKEND);
    const members = tabs.find((t) => t.name === 'Đảng viên')!;
    const candidates = tabs.find((t) => t.name === 'Quần chúng')!;
    const odd = 'Đinh Thị "Út" Mai & K’Thương <Ka Bông>';
    // a member who introduces someone: rename them everywhere they appear
    const old = members.rows[1]![1] as string;
    members.rows[1]![1] = odd;
    for (const row of candidates.rows) for (let c = 0; c < row.length; c++) if (row[c] === old) row[c] = odd;
    candidates.rows[1]![1] = "Nguyễn Văn O'Neil & Cộng";
    const s = setup({ tabs });
    const r = ok(await s.draft({ ...INPUT, signer: 'Lê Văn "Hùng" & Co' }));
    const { xml } = uploaded(s.fake);
    expect(xml).toContain('Đinh Thị &quot;Út&quot; Mai &amp; K’Thương &lt;Ka Bông&gt;');
    expect(xml).toContain('Nguyễn Văn O&apos;Neil &amp; Cộng');
    expect(xml).toContain('Lê Văn &quot;Hùng&quot; &amp; Co');
    // well-formed: every & starts an entity, no stray < inside text
    expect(xml.match(/&(?!(amp|lt|gt|quot|apos|#\d+);)/g)).toBeNull();
    expect(xml).not.toContain('<Ka Bông>');
    expect(r.html).toContain('Đinh Thị &quot;Út&quot; Mai &amp; K’Thương &lt;Ka Bông&gt;');
    expect(nameTokensIn(xml)).toEqual([]);
  });

  test('"Xem cỡ lớn": the document in a dialog over the spreadsheet; anything else refused', async () => {
    const s = setup();
    const r = ok(await s.draft());
    expect(s.addon.sidebarShowDocument(r.title, r.html)).toEqual({ ok: true });
    expect(s.fake.ui.dialogs).toHaveLength(1);
    expect(s.fake.ui.dialogs[0]).toMatchObject({ title: r.title, width: 900, height: 640 });
    expect(s.fake.ui.dialogs[0]?.html).toContain('Nguyễn Minh Anh');
    expect(s.addon.sidebarShowDocument('x', '<script>alert(1)</script>')).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    expect(s.fake.ui.dialogs).toHaveLength(1);
  });

  test('the other parts of the .docx travel unchanged, under their own paths', async () => {
    const s = setup();
    await s.draft();
    const { parts } = uploaded(s.fake);
    const names = Object.keys(parts).sort();
    expect(names).toContain('[Content_Types].xml');
    expect(names).toContain('word/styles.xml');
    expect(names).toContain('_rels/.rels');
    expect(utf8Decode(parts['[Content_Types].xml']!)).toContain('wordprocessingml');
  });

  test('a row without a name: a blank line to write on, and a notice', async () => {
    const tabs = demoWorkbook(TODAY, BACKEND);
    const candidates = tabs.find((t) => t.name === 'Quần chúng')!;
    candidates.rows[4]![1] = ''; // Phạm Thu Hà, ready: named in the plan
    const s = setup({ tabs });
    const r = ok(await s.draft());
    expect(r.unnamed).toHaveLength(1);
    expect(uploaded(s.fake).xml).toContain(BLANK_NAME);
    expect(r.notices).toEqual([
      expect.objectContaining({ level: 'warning', title: 'Còn chỗ chưa có họ tên' }),
    ]);
  });
});

describe('Soạn kế hoạch: every failure path', () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
  });

  test('no backend address: drafting needs the connection, said plainly; the check still runs on the spot', async () => {
    const local = setup({ backendUrl: '' });
    const r = (await local.draft()) as Failure;
    expect(local.fake.fetches).toHaveLength(0);
    expect(r).toMatchObject({
      ok: false,
      kind: 'backend',
      level: 'info',
      title: 'Soạn văn bản cần kết nối máy chủ PTĐV',
    });
    expect(r.text).toContain('chưa có “Địa chỉ máy chủ”');
    // the request's check is still said before anything would be sent
    const wrong = local.addon.sidebarPlan({ ...INPUT, date: '20/11/2024' }) as Failure;
    expect(wrong).toMatchObject({ ok: false, kind: 'invalid', title: 'Chưa soạn được kế hoạch' });
    expect(wrong.text).toMatch(/“Ngày ban hành”: Kế hoạch năm 2026 phải được ban hành/);
    expect(local.fake.drive.files).toHaveLength(0);
  });

  test('the form: a wrong date, a wrong year, a missing "Cấu hình" item', () => {
    expect(s.addon.sidebarPlan({ ...INPUT, date: '31/02/2026' })).toMatchObject({
      ok: false,
      kind: 'invalid',
      title: 'Ngày ban hành chưa đúng',
    });
    expect(s.addon.sidebarPlan({ ...INPUT, year: 'năm nay' })).toMatchObject({ ok: false, kind: 'invalid' });
    const r = s.addon.sidebarPlan({ ...INPUT, date: '20/11/2024' }) as Failure;
    expect(r).toMatchObject({ ok: false, kind: 'invalid', title: 'Chưa soạn được kế hoạch' });
    expect(r.text).toMatch(/“Ngày ban hành”: Kế hoạch năm 2026 phải được ban hành/);
    const config = s.fake.spreadsheet.sheet('Cấu hình');
    config.values.set(3, 1, ''); // Địa danh
    const missing = s.addon.sidebarPlan(INPUT) as Failure;
    expect(missing).toMatchObject({ kind: 'invalid', title: 'Thiếu thông tin cho phần đầu văn bản' });
    expect(missing.text).toContain('“Địa danh”');
    expect((s.addon.sidebarPlanForm() as PlanForm).missing).toEqual(['Địa danh']);
    expect(s.fake.fetches).toHaveLength(0);
  });

  test('the backend refuses or fails: said plainly, nothing uploaded, no version is used', () => {
    const cases: Array<[number, string, RegExp]> = [
      [401, 'Máy chủ chưa xác nhận được tài khoản', /Kế hoạch do máy chủ PTĐV soạn nên cần kết nối/],
      [403, 'Tài khoản chưa được cấp quyền', /vai trò bí thư chi bộ/],
      [422, 'Máy chủ chưa nhận yêu cầu soạn kế hoạch', /Dữ liệu không thống nhất\. Chi tiết: asOf: sau năm/],
      [500, 'Máy chủ PTĐV đang gặp sự cố', /Đã thử 4 lần/],
    ];
    for (const [status, title, text] of cases) {
      const t = setup();
      t.fake.setFetch(() => ({
        status,
        body: JSON.stringify({
          error: {
            code: 'x',
            message: 'Dữ liệu không thống nhất.',
            details: [{ path: 'asOf', message: 'sau năm' }],
          },
        }),
      }));
      const r = t.addon.sidebarPlan(INPUT) as Failure;
      expect(r, String(status)).toMatchObject({ ok: false, kind: 'backend', title });
      expect(r.text, String(status)).toMatch(text);
      expect(r.text, String(status)).not.toMatch(/\b[1-5]\d\d\b/);
      expect(t.fake.drive.files).toHaveLength(0);
      expect(t.fake.properties.store.get('ptdv.docs.plan.2026') ?? '[]').toBe('[]');
    }
  });

  test('the server sends a page, not its answer: said, nothing uploaded', () => {
    s.fake.setFetch((url) =>
      url.endsWith('/v1/plan')
        ? { status: 200, body: '<html>captive portal</html>', headers: { 'Content-Type': 'text/html' } }
        : { status: 404 },
    );
    const r = s.addon.sidebarPlan(INPUT) as Failure;
    expect(r).toMatchObject({ ok: false, kind: 'backend', title: 'Máy chủ trả lời không đúng dạng' });
    expect(s.fake.drive.files).toHaveLength(0);
  });

  test('the model comes but the .docx is not one: the HTML is shown, no Google Doc', () => {
    const backend = s.backend.handler();
    s.fake.setFetch((url, params) =>
      params.headers?.Accept === DOCX
        ? { status: 200, body: '<html>captive portal</html>', headers: { 'Content-Type': 'text/html' } }
        : backend(url, params),
    );
    const r = ok(s.addon.sidebarPlan(INPUT) as DocumentResult | Failure);
    expect(r.doc).toBeNull();
    expect(r.html).toContain('KẾ HOẠCH');
    expect(r.notices.map((n) => n.title)).toContain('Máy chủ trả về tệp không phải văn bản Word');
    expect(s.fake.drive.files).toHaveLength(0);
  });

  test('the model comes but the .docx is refused: the HTML is shown, the reason said', () => {
    const backend = s.backend.handler();
    s.fake.setFetch((url, params) =>
      params.headers?.Accept === DOCX
        ? { status: 503, body: JSON.stringify({ error: { code: 'x', message: 'Máy chủ đang bảo trì.' } }) }
        : backend(url, params),
    );
    const r = ok(s.addon.sidebarPlan(INPUT) as DocumentResult | Failure);
    expect(r.doc).toBeNull();
    expect(r.html).toContain('KẾ HOẠCH');
    expect(r.notices.at(-1)).toMatchObject({ level: 'warning', title: 'Chưa tạo được Google Doc' });
    expect(r.notices.at(-1)?.text).toContain('Máy chủ đang bảo trì.');
    expect(s.fake.drive.files).toHaveLength(0);
  });

  const driveCases: Array<[string, () => void, string, number]> = [
    [
      '401',
      () =>
        (s.fake.drive.failWith = {
          status: 401,
          body: '{"error":{"code":401,"message":"Invalid Credentials","errors":[{"reason":"authError"}]}}',
        }),
      'Google chưa xác nhận quyền lưu tệp',
      1,
    ],
    [
      'Drive full',
      () =>
        (s.fake.drive.failWith = {
          status: 403,
          body: '{"error":{"code":403,"message":"The user\'s Drive storage quota has been exceeded.","errors":[{"reason":"storageQuotaExceeded"}]}}',
        }),
      'Google Drive đã đầy',
      1,
    ],
    [
      '403 other',
      () =>
        (s.fake.drive.failWith = {
          status: 403,
          body: '{"error":{"code":403,"message":"Insufficient Permission","errors":[{"reason":"insufficientPermissions"}]}}',
        }),
      'Google Drive từ chối lưu văn bản',
      1,
    ],
    [
      'rate limit',
      () =>
        (s.fake.drive.failWith = {
          status: 403,
          body: '{"error":{"code":403,"message":"Rate Limit Exceeded","errors":[{"reason":"userRateLimitExceeded"}]}}',
        }),
      'Google Drive đang bận',
      1,
    ],
    [
      '5xx',
      () => (s.fake.drive.failWith = { status: 503, body: 'Service Unavailable' }),
      'Google Drive đang gặp sự cố',
      3,
    ],
    [
      'another refusal (409)',
      () => (s.fake.drive.failWith = { status: 409, body: '{"error":{"code":409,"message":"Conflict"}}' }),
      'Google Drive chưa nhận văn bản',
      1,
    ],
    [
      'garbled 200',
      () => (s.fake.drive.failWith = { status: 200, body: '<html>' }),
      'Google Drive trả lời không đúng dạng',
      1,
    ],
    [
      'no OAuth token',
      () =>
        s.fake.setOAuthToken(() => {
          throw new Error('Authorization is required');
        }),
      'Chưa được phép tạo tệp trên Google Drive',
      0,
    ],
    [
      'network',
      () =>
        (s.fake.drive.failWith = () => {
          throw new Error('Timeout: https://www.googleapis.com/upload/drive/v3/files');
        }),
      'Không kết nối được Google Drive',
      1,
    ],
    [
      'not allowlisted',
      () =>
        (s.fake.drive.failWith = () => {
          throw new Error(
            'Exception: Request to https://www.googleapis.com/upload/drive/v3/files is not allowed by the urlFetchWhitelist',
          );
        }),
      'Bản cài đặt chưa cho phép lưu vào Google Drive',
      1,
    ],
    [
      'quota',
      () =>
        (s.fake.drive.failWith = () => {
          throw new Error('Service invoked too many times for one day: urlfetch.');
        }),
      'Hôm nay đã hết hạn mức kết nối',
      1,
    ],
  ];
  for (const [label, arrange, title, attempts] of driveCases) {
    test(`Drive: ${label} — said plainly, the version number released`, async () => {
      arrange();
      const r = ok(await s.draft());
      expect(r.doc).toBeNull();
      expect(r.notices[0]).toMatchObject({ level: 'error', title });
      // what happened in words, never a bare HTTP code (ux.md)
      expect(r.notices[0]?.text).not.toMatch(/\b[1-5]\d\d\b/);
      expect(r.html).toContain('KẾ HOẠCH');
      const uploads = s.fake.fetches.filter((f) => f.url.startsWith('https://www.googleapis.com/'));
      expect(uploads).toHaveLength(attempts);
      // the next run, with Drive back, is bản 1: nothing was kept of the failed one
      s.fake.drive.failWith = undefined;
      s.fake.setOAuthToken('fake-oauth-token');
      const again = ok(await s.draft());
      expect(again.doc?.version).toBe(1);
      expect(again.versionText).toBeNull();
    });
  }

  test('another run holds the lock: busy, nothing uploaded', async () => {
    await s.backend.renderPending();
    s.addon.sidebarPlan(INPUT); // primes the .docx
    await s.backend.renderPending();
    s.fake.lock.busy = true;
    const before = s.fake.drive.files.length;
    expect(s.addon.sidebarPlan(INPUT)).toMatchObject({ ok: false, kind: 'busy' });
    expect(s.fake.drive.files).toHaveLength(before);
  });

  test('no candidate list: the empty state', () => {
    const fake = setup();
    fake.fake.spreadsheet.sheets.splice(0, 1);
    expect(fake.addon.sidebarPlan(INPUT)).toMatchObject({ ok: false, kind: 'noList' });
    expect(fake.addon.sidebarPlanForm()).toMatchObject({ ok: false, kind: 'noList' });
  });

  test('the multipart body: JSON metadata, then the .docx, CRLF and a closing delimiter', async () => {
    await s.draft();
    const upload = s.fake.fetches.find((f) => f.url === DRIVE_UPLOAD_URL)!;
    const boundary = /boundary=(.+)$/.exec(upload.params.contentType ?? '')![1]!;
    const bytes = new Uint8Array((upload.params.payload as number[]).map((b) => b & 0xff));
    const parts = parseMultipart(bytes, boundary)!;
    expect(parts.map((p) => p.headers['content-type'])).toEqual(['application/json; charset=UTF-8', DOCX]);
    expect(utf8Decode(bytes.subarray(bytes.length - boundary.length - 4))).toBe(`--${boundary}--`);
  });
});

/**
 * "Văn bản cuộc họp" on the demo cell against the fake: the form lists each meeting's papers and
 * refusals before anything is drafted; one click asks the stand-in backend (the worker writes the
 * papers) for every paper's model (the HTML) and .docx in one fetchAll, fills the names in inside the .docx and makes one Google Doc per paper in one
 * Drive fetchAll, under one version; service calls do not grow with rows or papers.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { DEMO_UNIT, type DemoTab, demoNames, demoWorkbook } from '../../addon/preview/demo.ts';
import type { Failure, PapersForm, PapersResult } from '../../addon/src/common/model.ts';
import { DRIVE_UPLOAD_URL } from '../../addon/src/server/documents/drive.ts';
import { splitNames } from '../../addon/src/server/sheet/meetings.ts';
import { DOCX, FakeBackend, withDocx } from './backend.ts';
import { BACKEND, bigWorkbook, demo, TODAY } from './fixtures.ts';

function setup(tabs?: DemoTab[]) {
  const backend = new FakeBackend().unit(DEMO_UNIT.id, DEMO_UNIT.name);
  const s = demo({
    backendUrl: BACKEND,
    ...(tabs ? { tabs } : {}),
    fake: { fetch: backend.handler(), token: `token:${DEMO_UNIT.email}` },
  });
  const draft = (row: number) =>
    withDocx(
      backend,
      () => s.addon.sidebarPapers({ row, signer: 'Nguyễn Thị Hương' }) as PapersResult | Failure,
      () => {
        s.fake.fetches.length = 0;
        s.fake.calls.reset();
      },
    );
  return { ...s, backend, draft };
}

function form(addon: ReturnType<typeof setup>['addon']): PapersForm {
  const f = addon.sidebarPapersForm() as PapersForm | Failure;
  if (!f.ok) throw new Error(JSON.stringify(f));
  return f;
}

describe('Văn bản cuộc họp on the demo cell', () => {
  test('the form lists each meeting with its papers, by name, before drafting', () => {
    const { addon } = setup();
    const f = form(addon);
    expect(f.meetings.map((m) => m.row)).toEqual([2, 3]);
    const [first, second] = f.meetings;
    expect(first!.problems).toEqual([]);
    expect(first!.papers.map((p) => [p.kind, p.who, p.refusals.length])).toEqual([
      ['admission-resolution', 'Bùi Đức Minh', 0],
      ['minutes-extract', null, 0],
      ['sympathizer-list', null, 0],
      ['helper-assignment', null, 0],
    ]);
    expect(second!.papers.map((p) => [p.kind, p.who, p.refusals.length])).toEqual([
      ['recognition-resolution', 'Cao Thị Loan', 0],
      ['minutes-extract', null, 0],
    ]);
  });

  test('a refusal is shown before drafting, with the fact and the names filled in', () => {
    const tabs = demoWorkbook(TODAY, BACKEND);
    // The exempt member no longer voted: 6 yes votes now exceed the 5 full members who could.
    tabs.find((t) => t.name === 'Họp chi bộ')!.rows[1]![5] = '';
    const { addon } = setup(tabs);
    const paper = form(addon).meetings[0]!.papers[0]!;
    expect(paper.refusals).toHaveLength(1);
    expect(paper.refusals[0]).toContain('Số phiếu tán thành kết nạp quần chúng Bùi Đức Minh (06)');
    expect(paper.refusals[0]).toContain('(05)');
  });

  test('one click: one fetchAll to the backend, one to Drive, one Doc per paper with the names in it', async () => {
    const { draft, fake, backend } = setup();
    const r = await draft(2);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.docs.map((d) => d.kind)).toEqual([
      'admission-resolution',
      'minutes-extract',
      'sympathizer-list',
      'helper-assignment',
    ]);
    expect(r.refused).toEqual([]);
    for (const d of r.docs) {
      expect(d.doc, JSON.stringify(d.notices)).not.toBeNull();
      expect(d.html).toContain('ptdv-doc');
    }
    expect(fake.calls.byName.get('UrlFetchApp.fetchAll')).toBe(2);
    expect(fake.calls.byName.get('UrlFetchApp.fetch') ?? 0).toBe(0);
    // each paper's model (JSON, for the HTML), then each paper's .docx, in the one fetchAll
    const asked = fake.fetches.filter((f) => f.url.startsWith(BACKEND));
    const paths = r.docs.map((d) => `${BACKEND}/v1/papers/${d.kind}`);
    expect(asked.map((f) => f.url)).toEqual([...paths, ...paths]);
    expect(asked.map((f) => f.params.headers?.Accept)).toEqual([
      ...paths.map(() => 'application/json'),
      ...paths.map(() => DOCX),
    ]);
    expect(r.docs[0]!.html).toContain('Bùi Đức Minh');
    expect(r.docs[0]!.html).not.toContain('{{ten:');
    expect(fake.drive.files).toHaveLength(4);
    const xml = strFromU8(unzipSync(fake.drive.files[0]!.media)['word/document.xml']!);
    expect(xml).toContain('Bùi Đức Minh');
    expect(xml).toContain('Nguyễn Thị Hương');
    expect(xml).not.toContain('{{ten:');
    const minutes = strFromU8(unzipSync(fake.drive.files[1]!.media)['word/document.xml']!);
    expect(minutes).toContain('THƯ KÝ');
    expect(minutes).toContain('Trần Quốc Khánh');
    // no name from the sheet ever reached the backend
    const sent = JSON.stringify(backend.log.map((l) => l.body));
    for (const name of demoNames(demoWorkbook(TODAY, BACKEND))) expect(sent).not.toContain(name);
    expect(fake.drive.files.map((f) => f.metadata.name)[0]).toMatch(
      /^Nghị quyết đề nghị kết nạp đảng viên — Bùi Đức Minh — họp ngày/,
    );
  });

  test('the minutes name each guest with their post; a guest without one is pointed out before drafting', async () => {
    const { draft, fake } = setup();
    const r = await draft(3);
    if (!r.ok) throw new Error(JSON.stringify(r));
    const i = r.docs.findIndex((d) => d.kind === 'minutes-extract');
    const xml = strFromU8(unzipSync(fake.drive.files[i]!.media)['word/document.xml']!);
    expect(xml.replace(/<[^>]+>/g, '')).toContain(
      'Khách mời: đồng chí Đỗ Thị Thanh Hà, Phó Bí thư Đảng ủy xã Đinh Văn.',
    );
    const tabs = demoWorkbook(TODAY, BACKEND);
    tabs.find((t) => t.name === 'Họp chi bộ')!.rows[2]![6] = 'Đỗ Thị Thanh Hà';
    const problems = form(setup(tabs).addon).meetings[1]!.problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^dòng 3, cột “Khách mời” \(G3\): chưa ghi chức vụ của “Đỗ Thị Thanh Hà”/);
  });

  test('a second run makes a new version of every paper and overwrites nothing', async () => {
    const { draft, fake } = setup();
    await draft(3);
    const again = await draft(3);
    if (!again.ok) throw new Error('failed');
    expect(again.versionText).toBe('Đã tạo bản 2; bản 1 vẫn giữ nguyên.');
    expect(
      fake.drive.files.map((f) => f.metadata.name).filter((n) => String(n).includes('(bản 2)')),
    ).toHaveLength(2);
    expect(fake.drive.files).toHaveLength(4);
  });

  test('service calls do not grow with the rows or the papers', async () => {
    const counts: number[] = [];
    for (const extra of [0, 300]) {
      const tabs = extra === 0 ? demoWorkbook(TODAY, BACKEND) : bigWorkbook(extra, BACKEND);
      const { draft, fake } = setup(tabs);
      for (const row of [2, 3]) {
        await draft(row);
        const byService = Object.entries(fake.calls.snapshot())
          .filter(([name]) => !name.startsWith('HTTPResponse.') && !name.startsWith('Blob.'))
          .reduce((n, [, c]) => n + Number(c), 0);
        counts.push(byService);
      }
    }
    // meeting of row 2 gives four papers, row 3 two; 300 more candidates change nothing
    console.log(
      `Văn bản cuộc họp: service calls (4 papers, 2 papers; demo, then +300 rows): ${counts.join(', ')}`,
    );
    expect(new Set(counts).size, JSON.stringify(counts)).toBe(1);
  });
});

test('no backend address: the papers are listed, drafting needs the connection, said plainly', () => {
  const s = demo({ backendUrl: '', fake: { token: `token:${DEMO_UNIT.email}` } });
  const f = s.addon.sidebarPapersForm() as PapersForm;
  expect(f.meetings.flatMap((m) => m.papers).length).toBeGreaterThan(0);
  const r = s.addon.sidebarPapers({ row: 2, signer: 'Nguyễn Thị Hương' }) as Failure;
  expect(r).toMatchObject({
    ok: false,
    kind: 'backend',
    level: 'info',
    title: 'Soạn văn bản cần kết nối máy chủ PTĐV',
  });
  expect(r.text).toContain('Văn bản cuộc họp do máy chủ PTĐV soạn');
  expect(s.fake.fetches).toHaveLength(0);
});

test('a paper whose model the worker refuses: said on that paper, no HTML, no Doc; the others made', async () => {
  const { draft, fake, backend } = setup();
  const handler = backend.handler();
  fake.setFetch((url, params) =>
    url.endsWith('/papers/minutes-extract')
      ? {
          status: 422,
          body: JSON.stringify({ error: { code: 'paper_refused', message: 'Số phiếu không đủ.' } }),
        }
      : handler(url, params),
  );
  const r = await draft(2);
  if (!r.ok) throw new Error(JSON.stringify(r));
  const minutes = r.docs.find((d) => d.kind === 'minutes-extract')!;
  expect(minutes).toMatchObject({ doc: null, html: null });
  expect(minutes.notices[0]).toMatchObject({ level: 'error', text: 'Số phiếu không đủ.' });
  expect(r.docs.filter((d) => d.doc !== null)).toHaveLength(3);
  expect(fake.drive.files).toHaveLength(3);
});

test('the Drive upload goes to the multipart endpoint', async () => {
  const { draft, fake } = setup();
  await draft(3);
  expect(fake.fetches.filter((f) => f.url === DRIVE_UPLOAD_URL)).toHaveLength(2);
});

test('a reason for absence that names someone from the sheet is refused before anything is sent', async () => {
  const tabs = demoWorkbook(TODAY, BACKEND);
  const meetings = tabs.find((t) => t.name === 'Họp chi bộ')!;
  meetings.rows[2]![3] = 'Phạm Văn Dũng (đưa Bui Duc Minh đi khám)';
  const { draft, fake } = setup(tabs);
  const r = await draft(3);
  expect(r.ok).toBe(false);
  expect(JSON.stringify(r)).toContain('“Bùi Đức Minh”');
  expect(fake.fetches).toHaveLength(0);
});

test('the meeting row: names with reasons in brackets, an unknown name said with its cell', () => {
  expect(splitNames('Trần Thị Bình (ốm, nằm viện), Lê Văn C\nPhạm D; ')).toEqual([
    { name: 'Trần Thị Bình', reason: 'ốm, nằm viện' },
    { name: 'Lê Văn C' },
    { name: 'Phạm D' },
  ]);
  const tabs = demoWorkbook(TODAY, BACKEND);
  tabs.find((t) => t.name === 'Họp chi bộ')!.rows[2]![2] = 'Le Van Nam';
  const { addon } = setup(tabs);
  const second = form(addon).meetings[1]!;
  expect(second.problems).toEqual([
    'dòng 3, cột “Thư ký” (C3): không tìm thấy đảng viên “Le Van Nam” ở bảng “Đảng viên”. Có phải “Lê Văn Nam”?',
  ]);
  // the papers are still listed; the minutes then leave the note-taker to be written by hand
  expect(second.papers.map((p) => p.kind)).toEqual(['recognition-resolution', 'minutes-extract']);
});

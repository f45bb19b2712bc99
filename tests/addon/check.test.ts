import { describe, expect, test } from 'vitest';
import { DEMO_UNIT, demoNames } from '../../addon/preview/demo.ts';
import { SEVERITY_FILL, STAGE_STYLES } from '../../addon/src/common/palette.ts';
import { NOTE_MARK } from '../../addon/src/server/sheet/notes.ts';
import { draftPlan } from '../../shared/documents/plan/build.ts';
import { evaluateRequest } from '../../shared/engine/evaluate.ts';
import { checkPlan } from '../unit/documents/planConsistency.ts';
import { BACKEND, bigWorkbook, col, demo, ok, rowOf, values } from './fixtures.ts';

const COMPUTED = ['Giai đoạn', 'Sớm nhất đủ điều kiện về thời gian', 'Hạn tiếp theo', 'Kết quả kiểm tra'];

describe('Kiểm tra danh sách on the demo cell', () => {
  const { fake, addon, bodies, tabs } = demo({ backendUrl: BACKEND });
  const sheet = fake.spreadsheet.sheet('Quần chúng');
  const members = fake.spreadsheet.sheet('Đảng viên');
  // a note and a colour the user set themselves
  const userNoteRow = rowOf(sheet, 'Lê Thị Cúc');
  sheet.notes.set(
    userNoteRow - 1,
    col(sheet, 'Ngày NQ Đoàn giới thiệu') - 1,
    'Đoàn trường hẹn họp ngày 28/11',
  );
  sheet.backgrounds.set(rowOf(sheet, 'Nguyễn Minh Anh') - 1, col(sheet, 'Ngày khai lý lịch') - 1, '#00ff00');
  const before = values(sheet);
  const membersBefore = values(members);
  const others = ['Chỉ tiêu', 'Ngày nghỉ', 'Cấu hình'].map((n) => values(fake.spreadsheet.sheet(n)));
  const result = ok(addon.sidebarCheck());

  test('one request to POST /v1/evaluate?form=compact with the ID token, and the rules texts once', () => {
    // the superior's targets ride along in the evaluate's fetchAll (none assigned here: 404)
    expect(fake.fetches.map((f) => f.url)).toEqual([
      `${BACKEND}/v1/evaluate?form=compact`,
      `${BACKEND}/v1/units/${DEMO_UNIT.id}/targets/2026`,
      `${BACKEND}/v1/rules`,
    ]);
    expect(fake.fetches[0]?.params.headers?.Authorization).toBe('Bearer fake-id-token');
    expect(fake.fetches[0]?.params.muteHttpExceptions).toBe(true);
    expect(result.mode).toBe('backend');
    expect(result.notices).toEqual([]);
  });

  test('the compact answer reads as the default one: the same items, from texts cached for the next check', () => {
    const local = evaluateRequest(JSON.parse(bodies[0]!));
    const cited = local.results.flatMap((r) => r.findings.filter((f) => f.severity !== 'info'));
    const shown = result.people.flatMap((p) => p.items);
    for (const f of cited.slice(0, 20)) {
      expect(shown).toContainEqual(expect.objectContaining({ text: f.message, citation: f.citation }));
    }
    const again = demo({ backendUrl: BACKEND });
    ok(again.addon.sidebarCheck());
    ok(again.addon.sidebarCheck());
    // the second check reads the texts from the cache: one request only
    const targets = `/v1/units/${DEMO_UNIT.id}/targets/2026`;
    expect(again.fake.fetches.map((f) => f.url.replace(BACKEND, ''))).toEqual([
      '/v1/evaluate?form=compact',
      targets,
      '/v1/rules',
      '/v1/evaluate?form=compact',
      targets,
    ]);
  });

  test('the request carries keys, dates, flags and categories — no name from the sheet', () => {
    const body = bodies[0]!;
    for (const name of demoNames(tabs)) expect(body, name).not.toContain(name);
    expect(body).not.toContain('Lê');
    const request = JSON.parse(body);
    expect(request.candidates[0].key).toBe('QC-0001');
    expect(Object.keys(request).sort()).toEqual([
      'asOf',
      'candidates',
      'leadTimes',
      'members',
      'targets',
      'unit',
      'year',
    ]);
    // "Cấu hình": the regular meeting day; the helper column as a member key, the name left behind
    expect(request.leadTimes).toEqual({ meetingDay: 5 });
    const memberKeys = new Set(request.members.map((m: { key: string }) => m.key));
    const helped = request.candidates.filter((c: { helperKey?: string }) => c.helperKey !== undefined);
    expect(helped.length).toBeGreaterThan(3);
    for (const c of helped) expect(memberKeys.has(c.helperKey)).toBe(true);
    // the members tab's probationary member, with the decision date
    expect(
      request.members.some(
        (m: { decisionDate?: string; officialSince?: string }) => m.decisionDate && !m.officialSince,
      ),
    ).toBe(true);
  });

  test('"Dự kiến" opens to who is counted: the forecast rows, each with the next step and its latest day', () => {
    const request = JSON.parse(bodies[0]!);
    const answer = evaluateRequest(request);
    const keys = answer.summary.forecast.keys!;
    const t = result.target!;
    expect(t.counted.filter((p) => !p.atRisk).map((p) => p.key)).toEqual(keys.admissible);
    expect(t.counted.filter((p) => p.atRisk).map((p) => p.key)).toEqual(keys.atRisk);
    expect(t.expected).toBe(answer.summary.admittedThisYear + answer.summary.forecast.admissible);
    for (const p of t.counted) {
      const step = answer.results.find((r) => r.key === p.key)!.projection!.steps[0]!;
      expect(p.by).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(p.by.split('/').reverse().join('-')).toBe(step.by);
      expect(p.name).not.toMatch(/^QC-/);
    }
  });

  test('the plan drafted from the demo agrees with the projection, entry by entry', () => {
    const request = JSON.parse(bodies[0]!);
    for (const year of [request.year, request.year + 1]) {
      const document = {
        unitName: 'Chi bộ Trường THPT Lê Quý Đôn',
        superiorName: 'Đảng ủy xã Đinh Văn',
        place: 'Lâm Hà',
        date: request.asOf,
        year,
      };
      const drafted = draftPlan({ ...request, year, document });
      if (!drafted.ok) throw new Error(JSON.stringify(drafted.problems));
      checkPlan(drafted.model, { ...request, year }, evaluateRequest({ ...request, year }));
    }
  });

  test('no value a user typed has changed; only empty key cells were filled', () => {
    const after = values(sheet);
    const header = after[0] as string[];
    const keyCol = header.indexOf('Mã');
    const computed = COMPUTED.map((h) => header.indexOf(h));
    expect(after.length).toBe(before.length);
    for (let r = 0; r < before.length; r++) {
      for (let c = 0; c < before[r]!.length; c++) {
        if (computed.includes(c) && r > 0) continue;
        if (c === keyCol && r > 0 && before[r]![c] === '') {
          expect(after[r]![c]).toMatch(/^QC-\d{4}$/);
          continue;
        }
        expect(after[r]![c], `row ${r + 1} col ${c + 1}`).toEqual(before[r]![c]);
      }
    }
    // members: only their key cells; the other tabs: nothing
    const m = values(members);
    for (let r = 0; r < membersBefore.length; r++) {
      for (let c = 1; c < membersBefore[r]!.length; c++) expect(m[r]![c]).toEqual(membersBefore[r]![c]);
      if (r > 0) expect(m[r]![0]).toMatch(/^DV-\d{4}$/);
    }
    expect(['Chỉ tiêu', 'Ngày nghỉ', 'Cấu hình'].map((n) => values(fake.spreadsheet.sheet(n)))).toEqual(
      others,
    );
  });

  test('the computed columns: stage (in the stage colour), eligible from, next due, summary', () => {
    const ha = rowOf(sheet, 'Phạm Thu Hà');
    expect(sheet.cell(ha, col(sheet, 'Giai đoạn'))).toBe('Đủ điều kiện xét kết nạp');
    expect(sheet.background(ha, col(sheet, 'Giai đoạn'))).toBe(STAGE_STYLES.ready.fill);
    expect(sheet.cell(ha, col(sheet, 'Kết quả kiểm tra'))).toBe('✓ Đủ điều kiện — có thể đưa ra chi bộ xét.');
    const anh = rowOf(sheet, 'Nguyễn Minh Anh');
    expect(sheet.cell(anh, col(sheet, 'Sớm nhất đủ điều kiện về thời gian'))).toBe(46631); // 01/09/2027
    expect(sheet.format(anh, col(sheet, 'Sớm nhất đủ điều kiện về thời gian'))).toBe('dd/mm/yyyy');
    expect(String(sheet.cell(anh, col(sheet, 'Kết quả kiểm tra')))).toMatch(/^✖ \d+ · ⚠ 1 — Chưa đủ 18 tuổi/);
    const lan = rowOf(sheet, 'Vũ Thị Lan');
    expect(sheet.background(lan, col(sheet, 'Hạn tiếp theo'))).toBe(SEVERITY_FILL.error);
    expect(sheet.note(lan, col(sheet, 'Hạn tiếp theo'))).toMatch(/^Đã quá hạn ra quyết định kết nạp/);
    expect(sheet.note(anh, col(sheet, 'Kết quả kiểm tra'))).toMatch(
      /Quy định áp dụng: Quy định 294-QĐ\/TW, Hướng dẫn 06-HD\/TW; xét tại ngày 21\/11\/2026\./,
    );
  });

  test('notes with the finding and its citation on the cells concerned, coloured by severity', () => {
    const bao = rowOf(sheet, 'Trần Văn Bảo');
    const cert = col(sheet, 'Ngày cấp GCN lớp nhận thức');
    expect(sheet.note(bao, cert)).toMatch(
      new RegExp(`^${NOTE_MARK} · kiểm tra ngày 21/11/2026\\n✖ Giấy chứng nhận lớp nhận thức hết hạn ngày`),
    );
    expect(sheet.note(bao, cert)).toMatch(/\(Hướng dẫn 06-HD\/TW, điểm 5\.4/);
    expect(sheet.background(bao, cert)).toBe(SEVERITY_FILL.error);
    // the introducer who joined the school six months ago: on "Người giới thiệu 2"
    expect(sheet.note(bao, col(sheet, 'Người giới thiệu 2'))).toMatch(/đủ 12 tháng vào ngày/);
    // a warning in amber: the student leaving school before 18
    const anh = rowOf(sheet, 'Nguyễn Minh Anh');
    expect(sheet.background(anh, col(sheet, 'Dự kiến rời đơn vị'))).toBe(SEVERITY_FILL.warning);
    // cell-level problems: "Cóo", an impossible date, a name without diacritics
    const son = rowOf(sheet, 'Lý Văn Sơn');
    expect(sheet.note(son, col(sheet, 'Đoàn viên'))).toMatch(/⚠ “Cóo” không phải Có\/Không/);
    const thu = rowOf(sheet, 'Trịnh Thị Thu');
    expect(sheet.note(thu, col(sheet, 'Ngày viết đơn'))).toMatch(
      /Ngày 31\/06\/2026 không tồn tại\.[\s\S]*✖ Chưa có đơn xin vào Đảng/,
    );
    expect(sheet.background(thu, col(sheet, 'Ngày viết đơn'))).toBe(SEVERITY_FILL.error);
    // a cell with nothing to say has no note and no fill
    expect(sheet.note(rowOf(sheet, 'Phạm Thu Hà'), col(sheet, 'Ngày sinh'))).toBe('');
  });

  test('a note the user wrote is kept above the add-on’s; a colour the user chose is kept', () => {
    const n = sheet.note(userNoteRow, col(sheet, 'Ngày NQ Đoàn giới thiệu'));
    expect(n.startsWith('Đoàn trường hẹn họp ngày 28/11\n\n▸ PTĐV')).toBe(true);
    const anh = rowOf(sheet, 'Nguyễn Minh Anh');
    expect(sheet.background(anh, col(sheet, 'Ngày khai lý lịch'))).toBe('#00ff00');
    expect(sheet.note(anh, col(sheet, 'Ngày khai lý lịch'))).toMatch(/Chưa khai lý lịch/);
  });

  test('the sidebar: counts by stage, people with their items, deadlines, target', () => {
    expect(result.counts).toEqual({
      source: 1,
      trained: 1,
      dossier: 4,
      ready: 1,
      proposed: 2,
      admitted: 1,
      probationary: 1,
      official: 1,
      removed: 1,
    });
    expect(result.unitName).toBe('Chi bộ Trường THPT Lê Quý Đôn');
    expect(result.rulesLabel).toBe('Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW');
    expect(result.checkedAtText).toBe('10:00, 21/11/2026');
    const first = result.deadlines[0]!;
    expect(first).toMatchObject({ name: 'Vũ Thị Lan', overdue: true, what: 'Cấp ủy ra quyết định kết nạp' });
    expect(first.workingDaysLeft).toBeLessThan(0);
    const upcoming = result.deadlines.filter((d) => !d.overdue).map((d) => d.workingDaysLeft);
    expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
    const quynh = result.people.find((p) => p.name === 'Đặng Thị Quỳnh')!;
    expect(quynh.items.find((i) => i.where)?.where).toMatch(/^dòng 11, cột “Đảng viên giúp đỡ” \(T11\)$/);
    expect(quynh.items.some((i) => i.citation?.startsWith('Điều lệ Đảng'))).toBe(true);
    expect(result.target).toMatchObject({ year: 2026, target: 3 });
    expect(result.keysCreated).toBe(13 + 8);
  });

  test('clicking a person selects their row, found by key even after sorting', () => {
    const sel = addon.sidebarSelect('Quần chúng', 'QC-0004');
    expect(sel).toEqual({ ok: true });
    expect(fake.spreadsheet.active).toMatchObject({
      sheet: 'Quần chúng',
      rect: { row: rowOf(sheet, 'Phạm Thu Hà'), numRows: 1 },
    });
    expect(addon.sidebarSelect('Quần chúng', 'QC-9999')).toMatchObject({ ok: false });
  });

  test('the progress line went through reading, checking, writing', () => {
    const lines = fake.cache.puts
      .filter((p) => p.key === 'ptdv.progress')
      .map((p) => JSON.parse(p.value).text as string);
    expect(lines[0]).toBe('Đang đọc 13 dòng…');
    expect(lines[1]).toMatch(/^Đang đối chiếu quy định/);
    expect(lines.at(-1)).toBe('Đang ghi kết quả…');
    expect(fake.cache.store.has('ptdv.progress')).toBe(false);
  });

  test('the sidebar state remembers the last check', () => {
    const state = addon.sidebarState();
    expect(state).toMatchObject({
      ok: true,
      unitName: 'Chi bộ Trường THPT Lê Quý Đôn',
      hasList: true,
      backendConfigured: true,
    });
    expect(state.ok && state.lastCheck?.counts.ready).toBe(1);
  });

  test('the next check clears only what it set before', () => {
    // fix two problems, then check again
    const son = rowOf(sheet, 'Lý Văn Sơn');
    sheet.values.set(son - 1, col(sheet, 'Đoàn viên') - 1, 'Có');
    const bao = rowOf(sheet, 'Trần Văn Bảo');
    const cert = col(sheet, 'Ngày cấp GCN lớp nhận thức');
    sheet.values.set(bao - 1, cert - 1, '01/09/2026');
    const keysBefore = sheet.dump().map((r) => r[0]);
    ok(addon.sidebarCheck());
    expect(sheet.note(son, col(sheet, 'Đoàn viên'))).toBe('');
    expect(sheet.background(son, col(sheet, 'Đoàn viên'))).toBe('#ffffff');
    expect(sheet.note(bao, cert)).toBe('');
    expect(sheet.background(bao, cert)).toBe('#ffffff');
    // the user's note and colour are still there
    expect(
      sheet
        .note(userNoteRow, col(sheet, 'Ngày NQ Đoàn giới thiệu'))
        .startsWith('Đoàn trường hẹn họp ngày 28/11'),
    ).toBe(true);
    expect(sheet.background(rowOf(sheet, 'Nguyễn Minh Anh'), col(sheet, 'Ngày khai lý lịch'))).toBe(
      '#00ff00',
    );
    // keys are stable
    expect(sheet.dump().map((r) => r[0])).toEqual(keysBefore);
  });
});

describe('service calls do not grow with the number of rows', () => {
  const sizes = [10, 1000, 10000] as const;
  interface Measured {
    first: Record<string, number>;
    firstTotal: number;
    second: Record<string, number>;
    secondTotal: number;
    ms: number;
    checked: { total: number; checked: number };
    bodies: string[];
  }
  const measured = new Map<number, Measured>();
  /** Two checks of n rows, measured once and kept: each test below works alone or in any order. */
  function measure(n: number): Measured {
    const known = measured.get(n);
    if (known) return known;
    const { fake, addon, bodies } = demo({ tabs: bigWorkbook(n, BACKEND) });
    const started = Date.now();
    fake.calls.reset();
    const first = ok(addon.sidebarCheck());
    const firstCalls = fake.calls.snapshot();
    const firstTotal = fake.calls.total;
    fake.calls.reset();
    ok(addon.sidebarCheck());
    const m: Measured = {
      first: firstCalls,
      firstTotal,
      second: fake.calls.snapshot(),
      secondTotal: fake.calls.total,
      ms: Date.now() - started,
      checked: { total: first.total, checked: first.checked },
      bodies,
    };
    measured.set(n, m);
    return m;
  }
  for (const n of sizes) {
    test(`${n} rows`, () => {
      const { checked, bodies } = measure(n);
      expect(checked.total).toBe(n);
      expect(checked.checked).toBe(n);
      expect(bodies).toHaveLength(2);
      expect(JSON.parse(bodies[0]!).candidates).toHaveLength(n);
    });
  }
  test('the same calls at every size', () => {
    for (const n of sizes) measure(n);
    const rows = sizes.map(
      (n) =>
        `${n} rows: first check ${measured.get(n)?.firstTotal} calls, next check ${measured.get(n)?.secondTotal} calls (${measured.get(n)?.ms} ms in the fake)`,
    );
    console.log(
      `Service calls per check\n  ${rows.join('\n  ')}\n  by service (first check): ${JSON.stringify(measured.get(10)?.first)}`,
    );
    const base = measured.get(10)!;
    for (const n of sizes) {
      expect(measured.get(n)?.first, `${n} rows, first check`).toEqual(base.first);
      expect(measured.get(n)?.second, `${n} rows, next check`).toEqual(base.second);
    }
    expect(base.firstTotal).toBeLessThan(100);
  });
});

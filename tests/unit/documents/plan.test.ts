import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../shared/dates/format.ts';
import { inlinesOf, nameKeys } from '../../../shared/documents/model.ts';
import { DocumentModelSchema } from '../../../shared/documents/modelSchema.ts';
import { SECRETARY_KEY } from '../../../shared/documents/names.ts';
import { two } from '../../../shared/documents/numbers.ts';
import { draftPlan } from '../../../shared/documents/plan/build.ts';
import { candidateViews } from '../../../shared/documents/plan/candidates.ts';
import { evaluateRequest } from '../../../shared/engine/evaluate.ts';
import { parseEvaluateRequest } from '../../../shared/engine/parse.ts';
import type { EvaluateRequestInput } from '../../../shared/schemas/request.ts';
import {
  teachersCell,
  teachersCellDocument,
  upperSecondaryCell,
  upperSecondaryCellDocument,
} from '../../fixtures/documents/units.ts';
import { expectGolden } from './golden.ts';
import { allText, plan, sectionText } from './helpers.ts';

const FIXTURES = [
  { name: 'plan-teachers-cell', request: teachersCell, document: teachersCellDocument },
  { name: 'plan-upper-secondary-cell', request: upperSecondaryCell, document: upperSecondaryCellDocument },
] as const;

function evaluated(request: EvaluateRequestInput, year: number) {
  const parsed = parseEvaluateRequest({ ...request, year });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { request: parsed.value, evaluation: evaluateRequest(parsed.value) };
}

describe.each(FIXTURES)('plan of $name', ({ name, request, document }) => {
  const model = plan({ ...request, document });
  const { request: req, evaluation } = evaluated(request, document.year);
  const s = evaluation.summary;

  it('matches its golden model', () => {
    expectGolden(name, model);
  });

  it('follows the model schema', () => {
    expect(DocumentModelSchema.strict().safeParse(model).success).toBe(true);
  });

  it("states the summary's figures, the pool once under Đặc điểm tình hình, the targets in Chỉ tiêu", () => {
    const situation = sectionText(model, 'ĐẶC ĐIỂM TÌNH HÌNH');
    expect(situation).toContain(`đang theo dõi, bồi dưỡng ${two(s.breakdown.pipeline.total)} quần chúng`);
    expect(situation).toContain(`${two(s.sympathizers)} quần chúng có tên trong danh sách cảm tình Đảng`);
    const ready = s.byStage.ready + s.byStage.proposed;
    expect(situation).toContain(
      ready > 0 ? `${two(ready)} quần chúng đã đủ điều kiện` : 'chưa có quần chúng nào đủ điều kiện',
    );
    const targets = sectionText(model, 'CHỈ TIÊU');
    expect(targets).not.toContain('đang theo dõi, bồi dưỡng');
    // The upper end of the admissions range is the forecast.
    expect(targets).toMatch(
      new RegExp(`kết nạp (từ \\d+ đến )?${two(s.admittedThisYear + s.forecast.admissible)} đảng viên`),
    );
    if (s.targets?.admitted !== undefined) {
      expect(targets).toContain(`chỉ tiêu được giao: ${two(s.targets.admitted)} đảng viên`);
    }
    if (s.probationEndsThisYear > 0) {
      expect(targets).toContain(`cho ${two(s.probationEndsThisYear)} đảng viên dự bị`);
    }
  });

  it("agrees with the engine's forecast candidate by candidate", () => {
    const views = candidateViews(req, evaluation);
    const count = (o: string) => views.filter((v) => v.outlook === o).length;
    expect(count('admissible')).toBe(s.forecast.admissible);
    expect(count('blockedByLeaving')).toBe(s.forecast.blockedByLeaving);
    expect(count('blockedByAge')).toBe(s.forecast.blockedByAge);
  });

  it('holds no name and no birth date: every key only as a placeholder', () => {
    const json = JSON.stringify(model);
    for (const c of req.candidates) {
      expect(json).not.toContain(c.birthDate);
      expect(json).not.toContain(formatDay(c.birthDate));
    }
    const keys = [...req.candidates.map((c) => c.key), ...(req.members ?? []).map((m) => m.key)];
    for (const run of inlinesOf(model)) {
      if (run.kind !== 'text') continue;
      for (const key of keys) expect(run.text).not.toContain(key);
    }
  });

  it('keys every placeholder to a candidate, a member, or the secretary', () => {
    const known = new Set([
      ...req.candidates.map((c) => c.key),
      ...(req.members ?? []).map((m) => m.key),
      SECRETARY_KEY,
    ]);
    const keys = nameKeys(model);
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) expect(known.has(key), key).toBe(true);
    expect(model.signature.name).toEqual({ kind: 'name', key: SECRETARY_KEY });
  });

  it('cites the texts in force on the plan date', () => {
    const text = allText(model);
    expect(text).toContain('Căn cứ Điều lệ Đảng Cộng sản Việt Nam;');
    expect(text).toContain('Quy định số 294-QĐ/TW');
    expect(text).toContain('Hướng dẫn số 06-HD/TW');
    expect(text).not.toContain('24-QĐ/TW');
  });
});

describe('plan content that responds to the data', () => {
  const teachers = plan({ ...teachersCell, document: teachersCellDocument });
  const school = plan({ ...upperSecondaryCell, document: upperSecondaryCellDocument });

  it('plans by age only when students leave before 18 or turn 18 later', () => {
    expect(allText(teachers)).not.toContain('Kế hoạch hóa theo độ tuổi');
    const tasks = sectionText(school, 'NHIỆM VỤ');
    expect(tasks).toContain('Kế hoạch hóa theo độ tuổi đối với học sinh');
    expect(tasks).toContain('{{ten:HS-03}}: đủ 18 tuổi từ tháng 08/2026, dự kiến ra trường ngày 31/05/2026.');
    expect(tasks).toContain('{{ten:HS-02}}: đủ 18 tuổi từ tháng 03/2026');
    expect(tasks).toContain('{{ten:HS-05}}: đủ 18 tuổi từ tháng 02/2027.');
  });

  it('assigns the helping member of the "Đảng viên giúp đỡ" column (helperKey), not the introducer', () => {
    const tasks = sectionText(teachers, 'NHIỆM VỤ');
    expect(tasks).toContain('{{ten:GV-01}} | {{ten:DV-01}} | Đủ điều kiện xét kết nạp');
    expect(tasks).toContain('{{ten:GV-05}} | Chưa phân công | Tạo nguồn');
    expect(tasks).not.toContain('| Chi bộ phân công |');
  });

  it('puts each candidate and deadline in the month it falls', () => {
    const timeline = sectionText(school, 'TỔ CHỨC');
    expect(timeline).toMatch(/Tháng 01\/2026 \|[^\n]*Họp xét đề nghị kết nạp \{\{ten:HS-01\}\}/);
    // Decision 10/12/2025 + 30 working days (1–2/01 off, the make-up Saturday 10/01 not counted,
    // domain.md §3): 2 + 5 + 5 + 3 + 5 + 5 + 5 → Fri 23/01/2026.
    expect(timeline).toMatch(
      /Tháng 01\/2026 \|[^\n]*Tổ chức lễ kết nạp \{\{ten:HS-07\}\} chậm nhất ngày 23\/01\/2026/,
    );
    expect(timeline).toMatch(/Tháng 03\/2026 \|[^\n]*\{\{ten:HS-02\}\}[^\n]*từ 01\/03\/2026/);
    expect(sectionText(teachers, 'TỔ CHỨC')).toMatch(
      /Tháng 03\/2026 \|[^\n]*công nhận đảng viên chính thức cho \{\{ten:GV-06\}\} \(hết dự bị ngày 20\/03\/2026;/,
    );
  });

  it('gives every recognition review and ceremony to the cell (Chi bộ), not to the committee', () => {
    for (const m of [teachers, school]) {
      for (const row of sectionText(m, 'TỔ CHỨC').split('\n')) {
        const cells = row.split(' | ');
        if (cells.length !== 3) continue;
        const tasks = cells[1]!.split(' / ');
        if (tasks.every((t) => /Họp xét công nhận|Tổ chức lễ kết nạp/.test(t))) {
          expect(cells[2], row).toBe('Chi bộ');
        }
      }
    }
  });

  it('switches to quarters when the year is busy', () => {
    const many = {
      ...teachersCell,
      candidates: Array.from({ length: 20 }, (_, i) => ({
        key: `QC-${i}`,
        birthDate: '1990-01-01',
        category: 'teacher' as const,
        education: 'higher' as const,
      })),
    };
    const text = sectionText(plan({ ...many, document: teachersCellDocument }), 'TỔ CHỨC');
    expect(text).toContain('Quý I/2026');
    expect(text).not.toContain('Tháng 01/2026');
  });

  it('cites the texts of each era by its plan date: 24-QĐ/TW, then 232-QĐ/TW, then 294-QĐ/TW', () => {
    const on = (date: string) =>
      allText(
        plan({
          ...teachersCell,
          asOf: date,
          document: { ...teachersCellDocument, date, year: Number(date.slice(0, 4)) },
        }),
      );
    const procedure =
      'Căn cứ Hướng dẫn số 12-HD/BTCTW, ngày 18/01/2022 của Ban Tổ chức Trung ương về nghiệp vụ công tác đảng viên;';
    const jan2025 = on('2025-01-06');
    expect(jan2025).toContain(
      'Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;',
    );
    expect(jan2025).toContain(
      'Căn cứ Hướng dẫn số 01-HD/TW, ngày 28/9/2021 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng;',
    );
    expect(jan2025).toContain(procedure);
    const spring2025 = on('2025-03-03');
    expect(spring2025).toContain(
      'Căn cứ Quy định số 232-QĐ/TW, ngày 20/01/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;',
    );
    expect(spring2025).toContain('Hướng dẫn số 01-HD/TW, ngày 28/9/2021');
    expect(spring2025).not.toMatch(/\b24-QĐ\/TW|294-QĐ/);
    expect(spring2025).toContain(procedure);
    const now = allText(teachers);
    expect(now).toContain(
      'Căn cứ Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng;',
    );
    expect(now).toContain(
      'Căn cứ Hướng dẫn số 06-HD/TW, ngày 09/6/2025 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng;',
    );
    expect(now).toContain(procedure);
  });

  it('cites the superior’s document that gave the targets, by its number and date', () => {
    const cited = plan({
      ...teachersCell,
      document: { ...teachersCellDocument, targetsDocument: { number: '45-KH/ĐU', date: '2025-12-20' } },
    });
    expect(allText(cited)).toContain(
      'Căn cứ chỉ tiêu phát triển đảng viên năm 2026 được giao tại Kế hoạch số 45-KH/ĐU, ngày 20/12/2025 của Đảng ủy xã Sơn Hà;',
    );
    const written = plan({
      ...teachersCell,
      document: { ...teachersCellDocument, targetsDocument: { number: 'Công văn số 112-CV/ĐU' } },
    });
    expect(allText(written)).toContain('được giao tại Công văn số 112-CV/ĐU của Đảng ủy xã Sơn Hà;');
  });

  it('can be signed by a deputy', () => {
    const deputy = plan({
      ...teachersCell,
      document: { ...teachersCellDocument, signerTitle: 'Phó Bí thư', secretaryName: 'Trần Văn Bình' },
    });
    expect(deputy.signature).toEqual({
      onBehalf: 'T/M CHI BỘ',
      title: 'PHÓ BÍ THƯ',
      name: { kind: 'text', text: 'Trần Văn Bình' },
    });
  });

  it("signs with the secretary's name when given", () => {
    const signed = plan({
      ...teachersCell,
      document: { ...teachersCellDocument, secretaryName: 'Lê Thị Hoa' },
    });
    expect(signed.signature).toEqual({
      onBehalf: 'T/M CHI BỘ',
      title: 'BÍ THƯ',
      name: { kind: 'text', text: 'Lê Thị Hoa' },
    });
  });

  it('drafts an empty cell without failing', () => {
    const empty = plan({
      asOf: '2026-01-05',
      unit: { hasYouthUnion: false },
      candidates: [],
      document: teachersCellDocument,
    });
    expect(sectionText(empty, 'ĐẶC ĐIỂM TÌNH HÌNH')).toContain('chưa có quần chúng trong diện theo dõi');
  });
});

describe('plan request validation', () => {
  const base = { ...teachersCell, document: teachersCellDocument };

  it('rejects a missing or malformed document with JSON paths', () => {
    const missing = draftPlan({ ...teachersCell });
    expect(missing).toMatchObject({ ok: false, kind: 'malformed', problems: [{ path: 'document' }] });
    const bad = draftPlan({
      ...base,
      document: { ...teachersCellDocument, date: '05/01/2026', unitName: ' ' },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.kind).toBe('malformed');
    expect(bad.problems.map((p) => p.path).sort()).toEqual(['document.date', 'document.unitName']);
    for (const p of bad.problems) expect(p.message).toMatch(/[À-ỹ]/);
  });

  it('reports request and document problems together', () => {
    const bad = draftPlan({ ...base, asOf: 'hôm nay', document: { ...teachersCellDocument, year: 'x' } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['asOf', 'document.year']));
  });

  it('rejects years that disagree, as inconsistent', () => {
    const out = draftPlan({ ...base, year: 2025 });
    expect(out).toMatchObject({ ok: false, kind: 'inconsistent', problems: [{ path: 'year' }] });
    const late = draftPlan({ ...base, document: { ...teachersCellDocument, date: '2028-01-05' } });
    expect(late).toMatchObject({ ok: false, kind: 'inconsistent', problems: [{ path: 'document.date' }] });
  });

  it('rejects a key a token cannot carry, or the reserved signer key', () => {
    const weird = structuredClone(base);
    weird.candidates[0]!.key = 'a}}b';
    expect(draftPlan(weird)).toMatchObject({ ok: false, problems: [{ path: 'candidates[0].key' }] });
    const reserved = structuredClone(base);
    reserved.candidates[1]!.key = SECRETARY_KEY;
    expect(draftPlan(reserved)).toMatchObject({ ok: false, problems: [{ path: 'candidates[1].key' }] });
  });

  it('refuses a list no cell would follow', () => {
    const huge = {
      ...base,
      candidates: Array.from({ length: 1001 }, (_, i) => ({ key: `K${i}`, birthDate: '1990-01' })),
    };
    const out = draftPlan(huge);
    expect(out).toMatchObject({ ok: false, kind: 'inconsistent', problems: [{ path: 'candidates' }] });
    if (!out.ok) expect(out.problems[0]?.message).toContain('1.000');
  });

  it('never throws on junk', () => {
    for (const junk of [null, 1, 'x', [], { document: null }, { candidates: 'x', document: {} }]) {
      expect(draftPlan(junk).ok).toBe(false);
    }
  });
});

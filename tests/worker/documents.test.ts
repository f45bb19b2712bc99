/**
 * POST /v1/plan and POST /v1/units/{id}/report in workerd: JSON model by default, the .docx on
 * Accept (rendered inside the worker), errors in the API's shape.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { teachersCell, teachersCellDocument } from '../fixtures/documents/units.ts';
import { summary } from './fixtures.ts';
import { ADMIN, call, grant, insertUnits, ORIGIN, token, uid } from './helpers.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SECRETARY = 'bithu.documents@example.org';

/** Calls with Accept: DOCX and returns the raw bytes (the JSON helper would mangle them). */
async function docx(path: string, as: string, body: unknown): Promise<{ res: Response; xml: string }> {
  const { exports } = await import('cloudflare:workers');
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await token(as)}`,
        'Content-Type': 'application/json',
        Accept: DOCX,
      },
      body: JSON.stringify(body),
    }),
  );
  const bytes = new Uint8Array(await res.arrayBuffer());
  const xml = res.status === 200 ? strFromU8(unzipSync(bytes)['word/document.xml']!) : strFromU8(bytes);
  return { res, xml };
}

describe('POST /v1/plan', () => {
  const body = { ...teachersCell, document: teachersCellDocument };

  it('answers the document model as JSON by default', async () => {
    const res = await call('POST', '/v1/plan', { as: SECRETARY, body });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(res.headers.get('Vary')).toContain('Accept');
    expect(res.body).toMatchObject({
      kind: 'plan',
      type: 'KẾ HOẠCH',
      subject: 'phát triển đảng viên năm 2026',
      header: { number: 'Số 03-KH/CB', dateLine: 'Sơn Hà, ngày 05 tháng 01 năm 2026' },
      signature: { onBehalf: 'T/M CHI BỘ', title: 'BÍ THƯ', name: { kind: 'name', key: 'secretary' } },
      meta: { year: 2026, rulesVersion: '2025-07' },
    });
  });

  it('answers the .docx, rendered in the worker, on Accept', async () => {
    const { res, xml } = await docx('/v1/plan', SECRETARY, body);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(DOCX);
    expect(res.headers.get('Content-Disposition')).toContain(
      'filename="ke-hoach-phat-trien-dang-vien-2026.docx"',
    );
    expect(xml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(xml).toContain('>{{ten:GV-01}}<');
    expect(xml).toContain('>{{ten:secretary}}<');
  });

  it('rejects a malformed document with JSON paths (400)', async () => {
    const res = await call('POST', '/v1/plan', {
      as: SECRETARY,
      body: { ...body, document: { ...teachersCellDocument, date: '2026-02-30' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.details).toEqual([
      { path: 'document.date', message: expect.stringMatching(/Ngày/) },
    ]);
  });

  it('rejects years that disagree (422)', async () => {
    const res = await call('POST', '/v1/plan', { as: SECRETARY, body: { ...body, year: 2025 } });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'plan_inconsistent', details: [{ path: 'year' }] });
  });

  it('needs a token (401) and JSON (400)', async () => {
    expect((await call('POST', '/v1/plan', { body })).status).toBe(401);
    const res = await call('POST', '/v1/plan', {
      as: SECRETARY,
      raw: '{',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(res.status).toBe(400);
  });
});

describe('API description', () => {
  it('lists both document routes with their two media types', async () => {
    const res = await call('GET', '/v1/openapi.json');
    expect(res.status).toBe(200);
    for (const p of ['/v1/plan', '/v1/units/{unitId}/report']) {
      const content = res.body.paths[p].post.responses['200'].content;
      expect(Object.keys(content).sort()).toEqual(['application/json', DOCX]);
    }
  });
});

/** n − 1 admitted with a religion, n Youth Union members, one admission moved to October. */
function withBreakdown(s: ReturnType<typeof summary>, n: number): ReturnType<typeof summary> {
  s.breakdown.admitted.religion = n - 1;
  s.breakdown.admitted.youthUnion = n;
  s.admittedByMonth = s.admittedByMonth.map((v, m) => (m === 5 ? v - 1 : m === 9 ? v + 1 : v));
  return s;
}

describe('POST /v1/units/{id}/report', () => {
  async function commune() {
    const p = uid('doc');
    const cells = [`${p}-1`, `${p}-2`, `${p}-3`];
    await insertUnits([
      [p, 'Đảng bộ xã Tân Phú', null],
      [cells[0]!, 'Chi bộ Trường THPT Nguyễn Du', p],
      [cells[1]!, 'Chi bộ Trường THPT Tân Phú', p],
      [cells[2]!, 'Chi bộ Trường THPT Lê Lợi', p],
    ]);
    const staff = `${p}-btc@example.org`;
    const secretary = `${p}-bithu@example.org`;
    await grant(staff, p, 'superior');
    await grant(secretary, cells[0]!, 'secretary');
    for (const [i, id] of cells.entries()) {
      const put = await call('PUT', `/v1/units/${id}/targets/2026`, { as: ADMIN, body: { admitted: 2 } });
      expect(put.status).toBe(200);
      if (i < 2) {
        const n = i + 1; // 1 and 2 admitted; the third cell has not reported
        expect(
          (
            await call('PUT', `/v1/units/${id}/reports/2026`, {
              as: ADMIN,
              body: { summary: withBreakdown(summary(2026, n), n) },
            })
          ).status,
        ).toBe(201);
        expect(
          (
            await call('PUT', `/v1/units/${id}/reports/2025`, {
              as: ADMIN,
              body: { summary: summary(2025, 2) },
            })
          ).status,
        ).toBe(201);
      }
    }
    return { id: p, staff, secretary };
  }

  const document = {
    unitName: 'Đảng bộ xã Tân Phú',
    superiorName: 'Đảng bộ tỉnh Lâm Đồng',
    place: 'Tân Phú',
    date: '2026-12-20',
    year: 2026,
  };

  it('drafts the report from the aggregate, totals equal to the lines', async () => {
    const { id, staff } = await commune();
    const res = await call('POST', `/v1/units/${id}/report`, { as: staff, body: { document } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      kind: 'report',
      type: 'BÁO CÁO',
      subject: 'kết quả công tác phát triển đảng viên năm 2026',
      header: { superior: 'Đảng bộ tỉnh Lâm Đồng', issuer: 'Đảng ủy xã Tân Phú' },
      signature: { onBehalf: 'T/M ĐẢNG ỦY', name: { kind: 'name', key: 'signer' } },
    });
    const [admissions, breakdown] = res.body.body.filter((b: { kind: string }) => b.kind === 'table');
    const text = (row: Array<{ lines: Array<Array<{ text: string }>> }>) =>
      row.map((c) => c.lines.map((l) => l.map((r) => r.text).join('')).join(' '));
    // 2025, then 2026's target, result and share, then January–June, July–December (the grouped
    // header: Năm 2025 | Năm 2026 | Thời gian kết nạp). The total's share is over the
    // units that reported (3 of their 4), not over the silent one's target too (3 of 6).
    expect(admissions.rows.map(text)).toEqual([
      ['01', 'Chi bộ Trường THPT Nguyễn Du', '02', '02', '01', '50,0%', '0', '01'],
      ['02', 'Chi bộ Trường THPT Tân Phú', '02', '02', '02', '100,0%', '01', '01'],
      ['03', 'Chi bộ Trường THPT Lê Lợi (chưa báo cáo)', '—', '02', '—', '—', '—', '—'],
      ['', 'Tổng cộng', '04', '06', '03', '75,0% (03/04, đơn vị đã báo cáo có chỉ tiêu)', '01', '02'],
    ]);
    // admitted, students, women, ethnic minority, religion, Youth Union (a zero is "0", never "00")
    expect(breakdown.rows.map(text)).toEqual([
      ['01', 'Chi bộ Trường THPT Nguyễn Du', '01', '01', '0', '0', '0', '01'],
      ['02', 'Chi bộ Trường THPT Tân Phú', '02', '02', '01', '0', '01', '02'],
      ['03', 'Chi bộ Trường THPT Lê Lợi (chưa báo cáo)', '—', '—', '—', '—', '—', '—'],
      ['', 'Tổng cộng', '03', '03', '01', '0', '01', '03'],
    ]);
  });

  it('answers the .docx on Accept', async () => {
    const { id, staff } = await commune();
    const { res, xml } = await docx(`/v1/units/${id}/report`, staff, {
      document: { ...document, signerName: 'Trần Văn Bình' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(DOCX);
    expect(res.headers.get('Content-Disposition')).toContain('bao-cao-phat-trien-dang-vien-2026.docx');
    expect(xml).toContain('>BÁO CÁO<');
    expect(xml).toContain('>Trần Văn Bình<');
  });

  it('is for superiors: a cell secretary gets 403', async () => {
    const { id, secretary } = await commune();
    const res = await call('POST', `/v1/units/${id}/report`, { as: secretary, body: { document } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('rejects a malformed document (400) and a date outside the period (422)', async () => {
    const { id, staff } = await commune();
    const bad = await call('POST', `/v1/units/${id}/report`, {
      as: staff,
      body: { document: { ...document, period: 'Q3' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].path).toBe('document.period');
    const late = await call('POST', `/v1/units/${id}/report`, {
      as: staff,
      body: { document: { ...document, date: '2026-03-01', period: 'firstHalf' } },
    });
    expect(late.status).toBe(422);
    expect(late.body.error.details[0].path).toBe('document.date');
  });
});

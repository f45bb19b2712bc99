/**
 * POST /v1/papers/{kind} in workerd: every kind as JSON and as .docx, refusals (422 with the
 * Vietnamese reason), malformed and inconsistent requests with JSON paths, the API description.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MEETING_DAY, meetingBody, PAPER_TARGETS } from '../fixtures/meeting.ts';
import { call, ORIGIN, token } from './helpers.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SECRETARY = 'bithu.papers@example.org';

async function docx(kind: string, body: unknown): Promise<{ res: Response; xml: string }> {
  const { exports } = await import('cloudflare:workers');
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}/v1/papers/${kind}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await token(SECRETARY)}`,
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

const EXPECTED: Record<string, { type: string; number: string; text: RegExp }> = {
  'admission-resolution': { type: 'NGHỊ QUYẾT', number: 'Số 07-NQ/CB', text: /Căn cứ Điều 4 Điều lệ Đảng/ },
  'recognition-resolution': { type: 'NGHỊ QUYẾT', number: 'Số 08-NQ/CB', text: /Căn cứ Điều 5 Điều lệ Đảng/ },
  'minutes-extract': { type: 'TRÍCH BIÊN BẢN', number: '', text: /THÀNH PHẦN DỰ HỌP/ },
  'helper-assignment': { type: 'NGHỊ QUYẾT', number: 'Số 09-NQ/CB', text: /phân công/ },
  'sympathizer-list': { type: 'NGHỊ QUYẾT', number: 'Số 10-NQ/CB', text: /danh sách cảm tình Đảng/ },
};

describe('POST /v1/papers/{kind}', () => {
  for (const [kind, target] of Object.entries(PAPER_TARGETS)) {
    it(`drafts ${kind} as a model and as a .docx`, async () => {
      const body = meetingBody(target);
      const res = await call('POST', `/v1/papers/${kind}`, { as: SECRETARY, body });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const want = EXPECTED[kind]!;
      expect(res.body).toMatchObject({
        kind,
        type: want.type,
        header: { number: want.number, date: MEETING_DAY },
      });
      expect(JSON.stringify(res.body)).toMatch(want.text);
      // Names never travel: the model marks them by key.
      expect(JSON.stringify(res.body)).not.toContain('Nguyễn');
      const { res: file, xml } = await docx(kind, body);
      expect(file.status).toBe(200);
      expect(file.headers.get('Content-Type')).toBe(DOCX);
      expect(file.headers.get('Content-Disposition')).toMatch(/filename="[a-z-]+-2026-03-12\.docx"/);
      expect(xml).toContain(want.type);
      expect(xml).toMatch(/\{\{ten:[A-Za-z0-9-]+\}\}/);
    });
  }

  it('puts the note-taker left and the chair right on the minutes, with no Nơi nhận', async () => {
    const { xml } = await docx('minutes-extract', meetingBody());
    expect(xml).not.toContain('Nơi nhận');
    const clerk = xml.indexOf('THƯ KÝ');
    const chair = xml.indexOf('CHỦ TRÌ');
    expect(clerk).toBeGreaterThan(0);
    expect(chair).toBeGreaterThan(clerk);
    expect(xml.indexOf('{{ten:DV4}}', clerk)).toBeLessThan(chair);
  });

  it('refuses a resolution with fewer than two thirds (422, the fact in Vietnamese), the minutes still record it', async () => {
    const body = meetingBody(PAPER_TARGETS['admission-resolution']);
    (body.candidates as Array<Record<string, unknown>>)[0]!.votesFor = 3;
    const res = await call('POST', '/v1/papers/admission-resolution', { as: SECRETARY, body });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('paper_refused');
    expect(res.body.error.message).toContain('03/06');
    expect(res.body.error.message).toContain('chưa đủ hai phần ba');
    const minutes = await call('POST', '/v1/papers/minutes-extract', { as: SECRETARY, body });
    expect(minutes.status).toBe(200);
    expect(JSON.stringify(minutes.body)).toContain('chưa đạt hai phần ba');
  });

  it('refuses a recognition meeting before the 12 months end', async () => {
    const body = meetingBody(PAPER_TARGETS['recognition-resolution']);
    (body.members as Array<Record<string, unknown>>)[8]!.ceremonyDate = '2025-04-01';
    const res = await call('POST', '/v1/papers/recognition-resolution', { as: SECRETARY, body });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('trước khi đồng chí {{ten:DB2}} hết 12 tháng dự bị');
  });

  it('answers JSON paths for a malformed meeting (400) and for people who were not members (422)', async () => {
    const bad = meetingBody({ meeting: { date: '2026-13-01', absent: [] } });
    const res = await call('POST', '/v1/papers/minutes-extract', { as: SECRETARY, body: bad });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { path: 'meeting.date', message: expect.stringMatching(/Ngày/) },
    ]);
    const stranger = meetingBody({ meeting: { date: MEETING_DAY, absent: [{ memberKey: 'XX' }] } });
    const r2 = await call('POST', '/v1/papers/minutes-extract', { as: SECRETARY, body: stranger });
    expect(r2.status).toBe(422);
    expect(r2.body.error.details).toEqual([
      { path: 'meeting.absent[0].memberKey', message: expect.stringContaining('không có trong chi bộ') },
    ]);
    const noKey = await call('POST', '/v1/papers/admission-resolution', {
      as: SECRETARY,
      body: meetingBody(),
    });
    expect(noKey.status).toBe(422);
    expect(noKey.body.error.details[0].path).toBe('candidateKey');
  });

  it('answers 404 for an unknown kind and 401 without a token', async () => {
    expect(
      (await call('POST', '/v1/papers/don-xin-vao-dang', { as: SECRETARY, body: meetingBody() })).status,
    ).toBe(404);
    expect((await call('POST', '/v1/papers/minutes-extract', { body: meetingBody() })).status).toBe(401);
  });

  it('is described in the API description with both media types', async () => {
    const res = await call('GET', '/v1/openapi.json');
    const content = res.body.paths['/v1/papers/{kind}'].post.responses['200'].content;
    expect(Object.keys(content).sort()).toEqual(['application/json', DOCX]);
  });
});

/**
 * The sheet gives members no posts, so the papers named the chair without one. When the chair is
 * the one who signs (the secretary of "Cấu hình", or the signer typed in the form), the add-on says
 * so — a yes/no, never a name — and the papers read "đồng chí …, Bí thư chi bộ".
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { DEMO_UNIT, demoNames, demoWorkbook } from '../../addon/preview/demo.ts';
import type { Failure, PapersResult } from '../../addon/src/common/model.ts';
import { FakeBackend, withDocx } from './backend.ts';
import { BACKEND, demo, TODAY } from './fixtures.ts';

async function minutesText(signer: string) {
  const backend = new FakeBackend().unit(DEMO_UNIT.id, DEMO_UNIT.name);
  const s = demo({
    backendUrl: BACKEND,
    fake: { fetch: backend.handler(), token: `token:${DEMO_UNIT.email}` },
  });
  // the demo's first meeting: chaired by the secretary, Nguyễn Thị Hương
  const r = await withDocx(
    backend,
    () => s.addon.sidebarPapers({ row: 2, signer }) as PapersResult | Failure,
    () => {},
  );
  if (!r.ok) throw new Error(JSON.stringify(r));
  const i = r.docs.findIndex((d) => d.kind === 'minutes-extract');
  const xml = strFromU8(unzipSync(s.fake.drive.files[i]!.media)['word/document.xml']!);
  const admission = strFromU8(unzipSync(s.fake.drive.files[0]!.media)['word/document.xml']!);
  const sent = JSON.stringify(backend.log.map((l) => l.body));
  return { minutes: xml.replace(/<[^>]+>/g, ''), admission: admission.replace(/<[^>]+>/g, ''), sent };
}

describe('the chair’s post in the meeting papers', () => {
  test('the chair signs: "…, Bí thư chi bộ" in the minutes and the resolution; only a yes/no was sent', async () => {
    const { minutes, admission, sent } = await minutesText('Nguyễn Thị Hương');
    expect(minutes).toContain(
      'Chủ trì: đồng chí Nguyễn Thị Hương, Bí thư chi bộ; thư ký: đồng chí Trần Quốc Khánh.',
    );
    expect(admission).toContain('Chủ trì: đồng chí Nguyễn Thị Hương, Bí thư chi bộ;');
    expect(sent).toContain('"chairIsSigner":true');
    for (const name of demoNames(demoWorkbook(TODAY, BACKEND))) expect(sent).not.toContain(name);
  });

  test('the same name typed differently (spacing, case) is the same person', async () => {
    const { minutes } = await minutesText('  nguyễn thị   hương ');
    expect(minutes).toContain('Nguyễn Thị Hương, Bí thư chi bộ');
  });

  test('someone else signs: the chair is named without a post', async () => {
    const { minutes, sent } = await minutesText('Trần Quốc Khánh');
    expect(minutes).toContain('Chủ trì: đồng chí Nguyễn Thị Hương; thư ký:');
    expect(minutes).not.toContain('Hương, Bí thư');
    expect(sent).not.toContain('chairIsSigner');
  });
});

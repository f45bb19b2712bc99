/**
 * Checks a drafted plan against the engine's answer for the same request: every number of the
 * targets section is one of `meta.figures`, the figures are the summary's, and every timeline
 * entry is where its candidate's projection (or deadline) puts it. Used on the fixtures' plans,
 * on the issue's cases and on the preview demo's plan.
 */
import { expect } from 'vitest';
import type { DocumentModel, TimelineEntry } from '../../../shared/documents/model.ts';
import { NOW_LABEL } from '../../../shared/documents/plan/timeline.ts';
import { isPending } from '../../../shared/engine/stage.ts';
import type { EvaluateRequest } from '../../../shared/schemas/request.ts';
import type { EvaluateResponse, Result } from '../../../shared/schemas/response.ts';
import { blockText, sectionText } from './helpers.ts';

const QUARTER = (month: number) => ['I', 'II', 'III', 'IV'][Math.floor((month - 1) / 3)];

/** The period label an entry of `day` belongs to, when it is not "Thực hiện ngay". */
function periodMatches(period: string, day: string): boolean {
  const month = Number(day.slice(5, 7));
  const year = day.slice(0, 4);
  return (
    period === `Tháng ${String(month).padStart(2, '0')}/${year}` || period === `Quý ${QUARTER(month)}/${year}`
  );
}

/** Numbers the text states: dates, years and section numbers taken out first. */
export function statedNumbers(text: string): number[] {
  const cleaned = text
    .replace(/\d{2}\/\d{2}\/\d{4}/g, ' ')
    .replace(/\d{2}\/\d{4}/g, ' ')
    .replace(/\b(19|20|21)\d{2}\b/g, ' ')
    .replace(/\b\d+-[A-ZĐ]+\/[A-Z]+\b/g, ' ')
    .replace(/\b(12|60|30) (tháng|ngày)/g, ' ')
    .replace(/^[IVX]+\.|^\d+\./gm, ' ');
  return [...cleaned.matchAll(/\b\d+\b/g)].map((m) => Number(m[0]));
}

export function checkPlan(
  model: DocumentModel,
  request: EvaluateRequest,
  evaluation: EvaluateResponse,
): void {
  const figures = model.meta.figures;
  const timeline = model.meta.timeline;
  expect(figures, 'meta.figures').toBeDefined();
  expect(timeline, 'meta.timeline').toBeDefined();
  const s = evaluation.summary;
  const f = figures!;
  // The figures are the summary's (computed once, in the engine).
  expect(f.pipeline).toBe(s.breakdown.pipeline.total);
  // who is past the leaving date: out of the pool, counted once, and named in the plan as gone
  expect(f.pastLeaving).toBe(s.pastLeaving);
  const gone = request.candidates.filter(
    (c, i) =>
      isPending(evaluation.results[i]!.stage) &&
      evaluation.results[i]!.stage !== 'proposed' &&
      c.expectedLeaveDate !== undefined &&
      c.expectedLeaveDate < request.asOf,
  );
  expect(s.pastLeaving).toBe(gone.length);
  // "chờ chi bộ xét" and the blocked counts are the pool's: ready rows still in the unit, counted
  // here on their own from the request (a ready row past its leaving date is not waiting)
  const readyHere = request.candidates.filter(
    (c, i) => evaluation.results[i]!.stage === 'ready' && !gone.includes(c),
  );
  expect(f.readyNow).toBe(readyHere.length);
  expect(f.readyNow).toBe(s.pool!.ready);
  expect(f.blockedByLeaving).toBe(s.pool!.blockedByLeaving);
  expect(f.blockedByAge).toBe(s.pool!.blockedByAge);
  if (gone.length > 0) {
    expect(sectionText(model, 'NHIỆM VỤ')).toContain(
      `Có ${String(gone.length).padStart(2, '0')} quần chúng đã`,
    );
  }
  expect(f.admittedSoFar).toBe(s.admittedThisYear);
  expect(f.admitLow).toBe(s.forecast.admissible);
  expect(f.admitHigh).toBe(s.forecast.admissible + (s.forecast.atRisk ?? 0));
  expect(f.recognitions).toBe(s.probationEndsThisYear);
  expect((f.recognitionMonths as number[]).length).toBe(s.probationEndsThisYear);
  expect(f.classIssued).toBe(s.awarenessClassThisYear);
  expect(f.classPlanned).toBe(s.awarenessClassPlanned);
  if (s.targets?.awarenessClass !== undefined) {
    expect(f.classStillNeeded).toBe(
      Math.max(0, s.targets.awarenessClass - s.awarenessClassThisYear - (s.awarenessClassPlanned ?? 0)),
    );
  }
  // Every number the targets section states is one of the figures.
  const values = new Set(Object.values(f).flatMap((v) => (Array.isArray(v) ? v : [v])));
  for (const n of statedNumbers(sectionText(model, 'CHỈ TIÊU'))) {
    expect(values.has(n), `the number ${n} of section II is not in meta.figures`).toBe(true);
  }
  // Timeline entries against the projections and deadlines.
  const byKey = new Map<string, Result>(evaluation.results.map((r) => [r.key, r]));
  const candidate = new Map(request.candidates.map((c) => [c.key, c]));
  const start =
    model.meta.year === Number(request.asOf.slice(0, 4)) ? request.asOf : `${model.meta.year}-01-01`;
  const seenMeetings = new Set<string>();
  let classCount = 0;
  for (const e of timeline!) checkEntry(e);
  function checkEntry(e: TimelineEntry): void {
    const where = JSON.stringify(e);
    if (e.period === NOW_LABEL) {
      expect(e.day < start || (e.by !== undefined && e.by < request.asOf) || isOverdueStep(e), where).toBe(
        true,
      );
    } else {
      expect(periodMatches(e.period, e.day), where).toBe(true);
      expect(e.day >= start && e.day <= `${model.meta.year}-12-31`, where).toBe(true);
    }
    const r = e.keys?.length === 1 ? byKey.get(e.keys[0]!) : undefined;
    const p = r?.projection;
    switch (e.step) {
      case 'meeting': {
        expect(p, where).toBeDefined();
        const step = p!.steps.find((x) => x.step === 'meeting')!;
        expect(e.day, where).toBe(p!.meeting);
        expect(e.by, where).toBe(step.by);
        expect(['admissible', 'atRisk']).toContain(p!.outlook);
        const c = candidate.get(r!.key)!;
        // Never after the leaving date; never after the expiry of a certificate it relies on.
        if (c.expectedLeaveDate) expect(e.day <= c.expectedLeaveDate, where).toBe(true);
        if (step.limit === 'certificate') expect(e.day <= step.by, where).toBe(true);
        seenMeetings.add(r!.key);
        break;
      }
      case 'decision':
        expect(e.day, where).toBe(p!.decision);
        expect(e.by, where).toBe(p!.decisionDue);
        break;
      case 'ceremony':
        expect(e.day, where).toBe(p!.ceremony);
        break;
      case 'papers':
        expect(p!.steps.some((x) => x.overdue && x.by === e.by) || e.by! >= request.asOf, where).toBe(true);
        break;
      case 'awarenessClass':
        for (const key of e.keys!) {
          const x = byKey.get(key)!;
          const cls = x.projection!.steps.find((st) => st.step === 'awarenessClass');
          expect(cls?.from, where).toBe(e.day);
        }
        classCount += e.keys!.length;
        break;
      default:
        if (e.step.startsWith('deadline.') && r) {
          const d = r.deadlines.find((x) => x.rule === e.step);
          expect(d, where).toBeDefined();
          expect(e.by, where).toBe(d!.due);
          if (d!.overdue) expect(e.period, where).toBe(NOW_LABEL);
        }
    }
  }
  function isOverdueStep(e: TimelineEntry): boolean {
    const r = e.keys?.length === 1 ? byKey.get(e.keys[0]!) : undefined;
    if (!r) return false;
    if (r.projection?.steps.some((x) => x.overdue)) return true;
    return r.deadlines.some((d) => d.overdue);
  }
  expect(classCount, 'the class entries name exactly the people the figures count').toBe(f.classPlanned);
  // Every candidate expected (or at risk) this year whose meeting is still to come has its meeting.
  for (const r of evaluation.results) {
    const p = r.projection;
    if (!p || !isPending(r.stage) || r.stage === 'proposed') continue;
    if ((p.outlook === 'admissible' || p.outlook === 'atRisk') && p.meeting <= `${model.meta.year}-12-31`) {
      expect(seenMeetings.has(r.key), `no meeting entry for ${r.key}`).toBe(true);
    }
  }
  // The printed table lists the same periods, in the same order, with one line per entry.
  const table = model.body.find(
    (b) => b.kind === 'table' && b.columns.some((c) => c.header === 'Nội dung công việc'),
  );
  expect(table).toBeDefined();
  if (table?.kind === 'table') {
    const rows = table.rows.filter(
      (row) => blockText({ kind: 'paragraph', content: row[0]!.lines[0]! }) !== 'Hằng tháng',
    );
    const periods = [...new Set(timeline!.map((e) => e.period))];
    expect(rows.map((row) => blockText({ kind: 'paragraph', content: row[0]!.lines[0]! }))).toEqual(periods);
    rows.forEach((row, i) => {
      expect(row[1]!.lines.length).toBe(timeline!.filter((e) => e.period === periods[i]).length);
    });
  }
}

/**
 * Documents PTĐV drafts: the cell's annual plan and the superior's report, as a format-neutral
 * model (model.ts), with plain-text and HTML renderings. The worker renders the .docx.
 */
export * from './header.ts';
export * from './model.ts';
export * from './modelSchema.ts';
export * from './names.ts';
export * from './numbers.ts';
export { buildPlan, type DraftOutcome, draftPlan } from './plan/build.ts';
export { type CandidateView, candidateViews, type Outlook } from './plan/candidates.ts';
export { planContext } from './plan/context.ts';
export { type PlanFigures, planFigures } from './plan/figures.ts';
export { type PlanParseOutcome, parsePlanRequest } from './plan/parse.ts';
export { type PlanEvent, planEvents } from './plan/timeline.ts';
export { DOCUMENT_CSS, renderHtml } from './render/html.ts';
export { renderText } from './render/text.ts';
export { buildReport, type ReportInput } from './report/build.ts';
export { reportProblems } from './report/check.ts';
export * from './report/rollup.ts';
export * from './schemas.ts';

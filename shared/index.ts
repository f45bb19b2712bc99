/**
 * PTĐV's shared domain code: pure TypeScript used by the add-on and the worker alike.
 * No platform APIs, no clock, no network.
 */

export * from './dates/day.ts';
export * from './dates/format.ts';
export * from './dates/months.ts';
export { evaluate, evaluateRequest } from './engine/evaluate.ts';
export { parseEvaluateRequest } from './engine/parse.ts';
export { STAGE_LABELS, stageFromDates } from './engine/stage.ts';
export { RULES, rulesCatalogue } from './rules/catalogue.ts';
export { RULESETS, rulesetFor } from './rules/rulesets.ts';
export * from './schemas/primitives.ts';
export * from './schemas/problems.ts';
export * from './schemas/request.ts';
export * from './schemas/response.ts';

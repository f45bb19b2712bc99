/** The cell's own papers of a meeting (documents.md, "The cell's own papers"). */
export {
  buildPaper,
  draftPaper,
  draftParsedPaper,
  meetingPapers,
  PAPER_TITLES,
  type PaperBuild,
  type PaperOutcome,
  type PaperPlan,
} from './build.ts';
export { GUESTS_KEY, isPaperKind, type PaperRequest, parsePaperRequest } from './parse.ts';
export { type PaperDocument, PaperDocumentSchema, PaperKindSchema, PaperRequestSchema } from './schema.ts';

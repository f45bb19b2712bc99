/**
 * The drafting routes — `POST /v1/plan`, `POST /v1/papers/{kind}`, `POST /v1/units/{unitId}/report`:
 * their bodies (defined beside the builders in shared/documents/) and their JSON answer, the
 * document model (or the .docx when `Accept` names it).
 */
import { z } from 'zod';
import { DocumentModelSchema, PlanRequestSchema } from '../documents/modelSchema.ts';
import { PaperKindSchema, PaperRequestSchema } from '../documents/papers/schema.ts';
import { ReportRequestSchema } from '../documents/schemas.ts';

export { PaperKindSchema };
/** `POST /v1/papers/{kind}`: the path's kind of paper */
export const PaperParams = z.object({ kind: PaperKindSchema });
export const PlanRequestBodySchema = PlanRequestSchema.meta({ id: 'PlanRequest' });
export const PaperRequestBodySchema = PaperRequestSchema.meta({ id: 'PaperRequest' });
export const ReportDocumentRequestSchema = ReportRequestSchema.meta({ id: 'ReportDocumentRequest' });
export const DocumentModelAnswerSchema = DocumentModelSchema.meta({ id: 'DocumentModel' });

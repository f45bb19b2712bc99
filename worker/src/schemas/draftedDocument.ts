import { DocumentModelSchema } from '../../../shared/documents/modelSchema.ts';
import { DOCX_MEDIA_TYPE } from '../docx/render.ts';

/**
 * The 200 answer of a drafting route (plan, report, papers): the document model as JSON, or the
 * .docx when `Accept` names it — one description, so the three routes cannot drift apart.
 *
 * @example
 * responses: { 200: draftedDocument('The plan'), ...authErrors }
 */
export function draftedDocument(what: string) {
  return {
    description: `${what}: its document model, or the .docx`,
    headers: { Vary: { schema: { type: 'string' as const }, description: 'Accept' } },
    content: {
      'application/json': { schema: DocumentModelSchema.openapi('DocumentModel') },
      [DOCX_MEDIA_TYPE]: { schema: { type: 'string' as const, format: 'binary' } },
    },
  };
}

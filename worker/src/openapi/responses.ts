/**
 * How the routes describe their answers in the OpenAPI document, beyond the bodies of
 * shared/contract/: the error answers every route may give, and the drafting routes' 200.
 */
import { ErrorSchema } from '../../../shared/contract/common.ts';
import { DocumentModelAnswerSchema } from '../../../shared/contract/documents.ts';
import { DOCX_MEDIA_TYPE } from '../docx/render.ts';

export const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
});

/** The error responses every authenticated route may give. */
export const authErrors = {
  401: errorResponse('No, expired or invalid Google ID token'),
  429: errorResponse('Too many requests from this user'),
} as const;

/** The error responses of a route under /units/{unitId}. */
export const unitErrors = {
  ...authErrors,
  400: errorResponse('Malformed JSON or a schema violation; details carry JSON paths'),
  403: errorResponse('Not allowed for this unit'),
  404: errorResponse('No such unit'),
} as const;

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
      'application/json': { schema: DocumentModelAnswerSchema },
      [DOCX_MEDIA_TYPE]: { schema: { type: 'string' as const, format: 'binary' } },
    },
  };
}

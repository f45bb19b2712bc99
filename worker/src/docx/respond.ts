import type { Context } from 'hono';
import type { DocumentModel } from '../../../shared/documents/model.ts';
import type { AppEnv } from '../env.ts';
import { DOCX_MEDIA_TYPE, renderDocx } from './render.ts';

/** Whether the client asked for the .docx (Accept names its media type with a non-zero weight). */
export function wantsDocx(accept: string | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (type !== DOCX_MEDIA_TYPE) return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * The model as JSON, or as a .docx attachment when the client asks for one (`Accept`).
 * `filename` is ASCII (the Vietnamese name goes in `filename*`).
 */
export async function documentResponse(
  c: Context<AppEnv>,
  model: DocumentModel,
  file: { ascii: string; vietnamese: string },
): Promise<Response> {
  c.header('Vary', 'Accept');
  if (!wantsDocx(c.req.header('Accept'))) return c.json(model, 200);
  const body = await renderDocx(model);
  return c.body(body, 200, {
    'Content-Type': DOCX_MEDIA_TYPE,
    'Content-Disposition': `attachment; filename="${file.ascii}"; filename*=UTF-8''${encodeURIComponent(file.vietnamese)}`,
  });
}

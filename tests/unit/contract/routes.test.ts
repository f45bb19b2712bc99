import { describe, expect, it } from 'vitest';
import { ErrorSchema } from '../../../shared/contract/common.ts';
import { answerSchemaOf, ROUTES } from '../../../shared/contract/routes.ts';
import { CompactEvaluateResponseSchema, EvaluateResponseSchema } from '../../../shared/schemas/response.ts';
import { createApp } from '../../../worker/src/app.ts';

interface Operation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}

/** The worker's own OpenAPI description, as /v1/openapi.json serves it. */
async function openapi(): Promise<{ paths: Record<string, Record<string, Operation>> }> {
  const res = await createApp().request('http://127.0.0.1/v1/openapi.json');
  return (await res.json()) as { paths: Record<string, Record<string, Operation>> };
}

const sample = (path: string) => new URL(`http://x${path.replace(/\{[^}]+\}/g, 'a-1')}`);

describe('the contract names the answer of every route the worker describes', () => {
  it('each operation with a JSON success answer has its schema in ROUTES, and nothing more is listed', async () => {
    const doc = await openapi();
    const described: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const ok = op.responses['200'] ?? op.responses['201'];
        if (ok?.content?.['application/json'] === undefined || path === '/v1/openapi.json') continue;
        described.push(`${method.toUpperCase()} ${path}`);
        expect(answerSchemaOf(method, sample(path), 200), `${method} ${path}`).toBeDefined();
      }
    }
    expect(ROUTES.map((r) => `${r.method} /v1${r.path}`).sort()).toEqual(described.sort());
  });

  it('picks the error body for every failure, and the compact answer by the query', () => {
    expect(answerSchemaOf('GET', sample('/v1/me'), 401)).toBe(ErrorSchema);
    expect(answerSchemaOf('POST', sample('/v1/nowhere'), 404)).toBe(ErrorSchema);
    expect(answerSchemaOf('POST', sample('/v1/nowhere'), 200)).toBeUndefined();
    expect(answerSchemaOf('DELETE', sample('/v1/units/{u}/members/{e}'), 204)).toBeUndefined();
    expect(answerSchemaOf('POST', sample('/v1/evaluate'), 200)).toBe(EvaluateResponseSchema);
    expect(answerSchemaOf('POST', sample('/v1/evaluate?form=compact'), 200)).toBe(
      CompactEvaluateResponseSchema,
    );
  });
});

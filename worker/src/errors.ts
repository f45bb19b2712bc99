import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface ErrorDetail {
  path: string;
  message: string;
}

/** A client-facing error: turned into `{ error: { code, message, details? } }` by the error handler. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: string, message: string, details?: ErrorDetail[]) {
  return { error: details ? { code, message, details } : { code, message } };
}

export const badRequest = (message: string, details?: ErrorDetail[], code = 'invalid_request') =>
  new ApiError(400, code, message, details);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new ApiError(403, 'forbidden', message);
export const notFound = (message: string) => new ApiError(404, 'not_found', message);
export const conflict = (code: string, message: string) => new ApiError(409, code, message);
export const unprocessable = (code: string, message: string, details?: ErrorDetail[]) =>
  new ApiError(422, code, message, details);

/** The one place that maps errors to HTTP: `{code, message, details, requestId}`, never a stack or SQL. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.js';

function isUniqueViolation(error: unknown): error is { code: string; constraint?: string; detail?: string } {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** Installs the error and not-found handlers. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const requestId = request.id;
    if (error instanceof AppError) {
      const retryAfter = (error.details as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
      if (error.code === 'rate_limited' && typeof retryAfter === 'number') {
        reply.header('retry-after', String(retryAfter));
      }
      const english = request.headers['accept-language']?.startsWith('en');
      return reply.status(error.status).send({
        code: error.code,
        message: english ? error.messageEn : error.message,
        details: error.details,
        requestId,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        path: `${issue.instancePath.replace(/^\//, '').replaceAll('/', '.')}`,
        message: issue.message,
      }));
      return reply.status(400).send({
        code: 'validation_failed',
        message: `Dữ liệu không hợp lệ: ${details.map((d) => `${d.path || '(gốc)'} — ${d.message}`).join('; ')}`,
        details,
        requestId,
      });
    }
    if (isUniqueViolation(error)) {
      return reply.status(409).send({
        code: 'conflict',
        message: 'Dữ liệu bị trùng với bản ghi đã có.',
        details: { constraint: error.constraint ?? null },
        requestId,
      });
    }
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      const code = status === 429 ? 'rate_limited' : status === 404 ? 'not_found' : 'validation_failed';
      const messages: Record<number, string> = {
        413: 'Dữ liệu gửi lên quá lớn.',
        415: 'Định dạng dữ liệu gửi lên không được hỗ trợ.',
        429: 'Quá nhiều yêu cầu, vui lòng thử lại sau.',
      };
      return reply.status(status).send({
        code,
        message: messages[status] ?? 'Yêu cầu không hợp lệ.',
        details: { reason: error.message },
        requestId,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ code: 'internal', message: 'Lỗi hệ thống, vui lòng thử lại sau.', details: null, requestId });
  });
}

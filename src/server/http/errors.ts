/** The one place that maps errors to HTTP: `{code, message, details, requestId}`, never a stack or SQL. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from '../../domain/errors.js';

/** SQLSTATE codes caused by what a client sent, answered 400 with a message naming the kind of problem. */
const DATABASE_INPUT_ERRORS: Record<string, { reason: string; vi: string; en: string }> = {
  '22P02': {
    reason: 'invalid_format',
    vi: 'Dữ liệu có giá trị không đúng định dạng.',
    en: 'A value has the wrong format.',
  },
  '22021': {
    reason: 'invalid_character',
    vi: 'Dữ liệu chứa ký tự không hợp lệ.',
    en: 'The input holds an invalid character.',
  },
  '22P05': {
    reason: 'invalid_character',
    vi: 'Dữ liệu chứa ký tự không hợp lệ.',
    en: 'The input holds an invalid character.',
  },
  '22003': {
    reason: 'out_of_range',
    vi: 'Giá trị số nằm ngoài phạm vi cho phép.',
    en: 'A number is out of range.',
  },
  '22001': { reason: 'too_long', vi: 'Dữ liệu vượt quá độ dài cho phép.', en: 'A value is too long.' },
  '22007': { reason: 'invalid_datetime', vi: 'Ngày giờ không hợp lệ.', en: 'Invalid date or time.' },
  '22008': {
    reason: 'invalid_datetime',
    vi: 'Ngày giờ nằm ngoài phạm vi cho phép.',
    en: 'A date or time is out of range.',
  },
  '23503': {
    reason: 'unknown_reference',
    vi: 'Dữ liệu tham chiếu đến một đối tượng không tồn tại (mã định danh không đúng).',
    en: 'The input refers to something that does not exist.',
  },
  '23514': {
    reason: 'check_failed',
    vi: 'Dữ liệu không thỏa mãn ràng buộc hợp lệ.',
    en: 'The input breaks a validity rule.',
  },
};

/** The SQLSTATE of an error from `pg` or PGlite (both expose `code`), or null for any other error. */
function databaseErrorCode(error: unknown): string | null {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/**
 * SQLSTATE classes and codes of a database that is away: connection failures (08…), shut down by an
 * administrator or a crash (57P01–57P03: restart, failover), too many connections (53300).
 */
const UNAVAILABLE_SQL_STATES = /^(08...|57P0[1-3]|53300)$/;
/** What node-postgres reports without a SQLSTATE when the server is unreachable or the connection dies. */
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Connection ended/i;

/** True when `error` says the database cannot be reached right now (answered 503, not 500). */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQL_STATES.test(code) || UNAVAILABLE_NODE_CODES.has(code))) {
    return true;
  }
  const message = (error as { message?: unknown }).message;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message);
}

/** Installs the error and not-found handlers. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const requestId = request.id;
    const english = request.headers['accept-language']?.startsWith('en');
    if (error instanceof AppError) {
      const retryAfter = (error.details as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
      if (error.code === 'rate_limited' && typeof retryAfter === 'number') {
        reply.header('retry-after', String(retryAfter));
      }
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
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      const unavailable = new AppError('service_unavailable');
      reply.header('retry-after', '5');
      return reply.status(503).send({
        code: unavailable.code,
        message: english ? unavailable.messageEn : unavailable.message,
        details: null,
        requestId,
      });
    }
    const sqlState = databaseErrorCode(error);
    if (sqlState === '23505') {
      // a race lost to an equal write: never name the constraint (it describes the schema, not the input)
      return reply.status(409).send({
        code: 'conflict',
        message: english ? 'This duplicates an existing record.' : 'Dữ liệu bị trùng với bản ghi đã có.',
        details: null,
        requestId,
      });
    }
    const inputError = sqlState ? DATABASE_INPUT_ERRORS[sqlState] : undefined;
    if (inputError) {
      request.log.warn({ sqlState, err: error }, 'input refused by the database');
      return reply.status(400).send({
        code: 'validation_failed',
        message: english ? inputError.en : inputError.vi,
        details: { reason: inputError.reason },
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

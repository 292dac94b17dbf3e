/**
 * Guards every request's input before validation: JSON bodies nested deeper than `MAX_JSON_DEPTH` are refused
 * before they are parsed, and no string the API accepts (body, query, path parameters, headers, object keys)
 * may hold NUL or a lone surrogate. PostgreSQL text and jsonb cannot store NUL (the drivers throw), and a lone
 * surrogate is not Unicode text at all: both are answered 400 `validation_failed` here, once for every route.
 */
import type { FastifyInstance } from 'fastify';
import { fail } from '../../domain/errors.js';

/** Deepest nesting of arrays and objects a JSON body may have (drafts and procedure definitions need < 10). */
export const MAX_JSON_DEPTH = 32;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when a string holds NUL or a lone surrogate (text no database column can store faithfully). */
export function hasInvalidCodePoint(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/**
 * The path of the first string (or object key) in `value` holding NUL or a lone surrogate, or null.
 * Iterative, so a hostile nesting cannot exhaust the stack.
 */
export function findInvalidText(value: unknown, root = ''): string | null {
  const pending: Array<[unknown, string]> = [[value, root]];
  while (pending.length > 0) {
    const [item, path] = pending.pop()!;
    if (typeof item === 'string') {
      if (hasInvalidCodePoint(item)) return path || '(gốc)';
    } else if (Array.isArray(item)) {
      item.forEach((element, index) => pending.push([element, `${path}.${index}`]));
    } else if (item !== null && typeof item === 'object' && !Buffer.isBuffer(item)) {
      for (const [key, element] of Object.entries(item)) {
        if (hasInvalidCodePoint(key)) return path || '(gốc)';
        pending.push([element, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

/** How deeply the arrays and objects of a JSON text nest (strings skipped), counted without parsing it. */
export function measureJsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (char === 0x5d || char === 0x7d) depth--;
  }
  return deepest;
}

function invalidText(where: string, path: string) {
  return fail.validation(
    `Dữ liệu chứa ký tự không hợp lệ (ký tự NUL hoặc mã Unicode lỗi) tại ${where} ${path}.`,
    [{ path: `${where}.${path}`, message: 'invalid_character' }],
  );
}

/** Installs the depth-bounded JSON parser and the hook that refuses invalid characters. Call before routes. */
export function registerInputGuards(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (measureJsonDepth(text) > MAX_JSON_DEPTH) {
      done(fail.validation(`Dữ liệu lồng nhau quá sâu (tối đa ${MAX_JSON_DEPTH} cấp).`), undefined);
      return;
    }
    // the default parser (prototype-poisoning checks included) is synchronous and answers through `done`
    void parseJson(request, text, done);
  });
  app.addHook('preValidation', async (request) => {
    const sources: Array<[string, unknown]> = [
      ['body', request.body],
      ['query', request.query],
      ['params', request.params],
      ['headers', request.headers],
    ];
    for (const [where, value] of sources) {
      const path = findInvalidText(value);
      if (path !== null) throw invalidText(where, path);
    }
  });
}

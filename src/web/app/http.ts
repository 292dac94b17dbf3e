/**
 * The one HTTP client of the web app: same-origin requests with the session cookie, the CSRF header on
 * state-changing methods, the chosen language, and the API's error shape turned into an ApiError whose
 * message is the server's (already translated) message.
 */
import type { ErrorResponse } from '../../contracts/common';
import type { Locale } from './i18n/define';

const API_PREFIX = '/api/v1';
const CSRF_COOKIE = 'kc_csrf';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A failed API call: `message` is meant for people, `code` for code. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;
  readonly requestId: string | null;

  constructor(status: number, body: Pick<ErrorResponse, 'code' | 'message'> & Partial<ErrorResponse>) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details ?? null;
    this.requestId = body.requestId ?? null;
  }
}

/** True for an ApiError with this code. */
export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

const FALLBACK_MESSAGES: Record<Locale, { network: string; unexpected: string }> = {
  vi: {
    network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    unexpected: 'Máy chủ trả về phản hồi không hợp lệ.',
  },
  en: {
    network: 'Cannot reach the server. Check your connection and try again.',
    unexpected: 'Unexpected server response.',
  },
};

const state: { csrfToken: string | null; locale: Locale; onUnauthenticated: (() => void) | null } = {
  csrfToken: null,
  locale: 'vi',
  onUnauthenticated: null,
};

/** Remembers the CSRF token from a login, registration or /auth/me response. */
export function setCsrfToken(token: string | null): void {
  state.csrfToken = token || null;
}

/** Language of the server's messages (sent as Accept-Language). */
export function setApiLocale(locale: Locale): void {
  state.locale = locale;
}

/** Called when a request is refused for want of a session (the app then shows the login page). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  state.onUnauthenticated = handler;
}

function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null;
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Query values; undefined and null are left out, an empty string is sent as is. */
export type QueryParams = Record<string, string | number | boolean | null | undefined>;

function urlOf(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  /** False when a 401 is an expected answer (login, /auth/me) rather than an expired session. */
  redirectOnUnauthenticated?: boolean;
}

async function errorFrom(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ErrorResponse>;
    if (typeof body.code === 'string' && typeof body.message === 'string') {
      return new ApiError(response.status, { ...body, code: body.code, message: body.message });
    }
  } catch {
    // not JSON: fall through to the generic message
  }
  return new ApiError(response.status, {
    code: 'internal',
    message: FALLBACK_MESSAGES[state.locale].unexpected,
  });
}

/** Sends one request to /api/v1 and returns the parsed JSON body; throws ApiError on any failure. */
export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': state.locale };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE_METHODS.has(method)) {
    const token = state.csrfToken ?? readCookie(CSRF_COOKIE);
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(urlOf(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: FALLBACK_MESSAGES[state.locale].network });
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    if (response.status === 401 && options.redirectOnUnauthenticated !== false) state.onUnauthenticated?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Shorthands for the HTTP methods the API uses. */
export const api = {
  get: <T>(path: string, query?: QueryParams, options?: Omit<RequestOptions, 'query'>) =>
    apiRequest<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    apiRequest<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
};

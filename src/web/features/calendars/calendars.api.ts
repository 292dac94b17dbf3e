/**
 * Queries and edits of working calendars (/api/v1/calendars). Every edit answers with the calendar and its
 * new current version, which replaces the cached one; a year view is cached per version, which never
 * changes once made.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarDetail,
  CalendarImportResult,
  CalendarList,
  CalendarYearView,
  CreateCalendarRequest,
  ReplaceYearRequest,
  UpdateSessionsRequest,
} from '../../../contracts/calendars';
import type { ErrorResponse } from '../../../contracts/common';
import { api, apiRequest, ApiError } from '../../app/http';
import type { Locale } from '../../app/i18n/define';

const API_PREFIX = '/api/v1';

export const calendarKeys = {
  all: ['calendars'] as const,
  list: ['calendars', 'list'] as const,
  detail: (id: string) => ['calendars', 'detail', id] as const,
  year: (id: string, year: number, versionNumber: number) =>
    ['calendars', 'year', id, year, versionNumber] as const,
};

/** Every calendar with its current version number. */
export function useCalendars() {
  return useQuery({
    queryKey: calendarKeys.list,
    queryFn: async () => (await api.get<CalendarList>('/calendars')).items,
  });
}

/** One calendar with its current version and version list (disabled while id is null). */
export function useCalendar(id: string | null) {
  return useQuery({
    queryKey: calendarKeys.detail(id ?? ''),
    queryFn: () => api.get<CalendarDetail>(`/calendars/${id}`),
    enabled: !!id,
  });
}

/** Every day of a year in one version of a calendar (disabled until both are known). */
export function useCalendarYear(id: string | null, year: number, versionNumber: number | null) {
  return useQuery({
    queryKey: calendarKeys.year(id ?? '', year, versionNumber ?? 0),
    queryFn: () => api.get<CalendarYearView>(`/calendars/${id}/years/${year}`, { versionNumber }),
    enabled: !!id && versionNumber !== null,
    staleTime: Infinity,
  });
}

/** Address of the schedule export of one year, as JSON or iCalendar (a download). */
export function exportUrl(id: string, year: number, format: 'json' | 'ics'): string {
  return `${API_PREFIX}/calendars/${id}/export.${format}?year=${year}`;
}

/** The changes an edit may make; each answers with the calendar as it now stands. */
export type CalendarEdit =
  | { action: 'replace-year'; id: string; year: number; body: ReplaceYearRequest }
  | { action: 'reset-year'; id: string; year: number; version: number; note: string }
  | { action: 'sessions'; id: string; body: UpdateSessionsRequest };

function sendEdit(edit: CalendarEdit): Promise<CalendarDetail> {
  switch (edit.action) {
    case 'replace-year':
      return apiRequest('PUT', `/calendars/${edit.id}/years/${edit.year}`, { body: edit.body });
    case 'reset-year':
      return apiRequest('DELETE', `/calendars/${edit.id}/years/${edit.year}`, {
        query: { version: edit.version, note: edit.note },
      });
    case 'sessions':
      return apiRequest('PUT', `/calendars/${edit.id}/sessions`, { body: edit.body });
  }
}

/** Stores the calendar an edit answered with, and lets the list show its new version. */
function useRememberCalendar() {
  const queryClient = useQueryClient();
  return (calendar: CalendarDetail) => {
    queryClient.setQueryData(calendarKeys.detail(calendar.id), calendar);
    void queryClient.invalidateQueries({ queryKey: calendarKeys.list });
  };
}

/** Edits a calendar; the screen shows errors itself (a 409 conflict reloads, others stay on screen). */
export function useEditCalendar() {
  const remember = useRememberCalendar();
  return useMutation({ mutationFn: sendEdit, onSuccess: remember, meta: { silent: true } });
}

/** Creates a calendar as a copy of another one's current version. */
export function useCreateCalendar() {
  const remember = useRememberCalendar();
  return useMutation({
    mutationFn: (input: CreateCalendarRequest) => api.post<CalendarDetail>('/calendars', input),
    onSuccess: remember,
    meta: { silent: true },
  });
}

/** A file to import: its text, whether it is iCalendar or JSON schedule data, and the version's note. */
export interface ImportFile {
  text: string;
  format: 'ics' | 'json';
  note: string;
}

/** Texts for failures that have no server message. */
export interface TransportMessages {
  network: string;
  unexpected: string;
  locale: Locale;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * Posts the file's text as it is, with its own content type (`text/calendar` or `application/json`), so the
 * server's message names the line or JSON path of an error. The shared client only sends JSON it encodes.
 */
async function postImport(
  id: string,
  version: number,
  file: ImportFile,
  messages: TransportMessages,
): Promise<CalendarImportResult> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': messages.locale,
    'content-type': file.format === 'ics' ? 'text/calendar; charset=utf-8' : 'application/json',
  };
  const csrf = readCookie('kc_csrf');
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    const query = new URLSearchParams({ version: String(version), note: file.note });
    response = await fetch(`${API_PREFIX}/calendars/${id}/import?${query.toString()}`, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: file.text,
    });
  } catch {
    throw new ApiError(0, { code: 'network', message: messages.network });
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (response.ok && body) return body as CalendarImportResult;
  const error = body as Partial<ErrorResponse> | null;
  if (typeof error?.code === 'string' && typeof error.message === 'string') {
    throw new ApiError(response.status, { ...error, code: error.code, message: error.message });
  }
  throw new ApiError(response.status, { code: 'internal', message: messages.unexpected });
}

/** Imports a schedule file into a calendar (one new version for the whole file). */
export function useImportCalendar(messages: TransportMessages) {
  const remember = useRememberCalendar();
  return useMutation({
    mutationFn: ({ id, version, file }: { id: string; version: number; file: ImportFile }) =>
      postImport(id, version, file, messages),
    onSuccess: (result) => remember(result.calendar),
    meta: { silent: true },
  });
}

/** Import (JSON schedule data or iCalendar) and export (JSON, iCalendar) of calendar schedules. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CalendarExportFile,
  CalendarExportQuery,
  CalendarImportBody,
  CalendarImportResult,
  CalendarVersionQuery,
} from '../../../contracts/calendars.js';
import { IdParams } from '../../../contracts/common.js';
import { requireOfficial } from '../../http/session.js';
import { presentBundle } from './calendars.present.js';
import { CALENDAR_ERRORS, CALENDAR_TAGS } from './calendars.route-support.js';
import {
  exportSchedules,
  formatScheduleExport,
  importCalendarFile,
  type ScheduleExport,
} from './calendars.transfer.js';

/** Registers import and export routes. */
export function registerCalendarTransferRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = CALENDAR_TAGS;
  const errors = CALENDAR_ERRORS;

  r.post(
    '/calendars/:id/import',
    {
      schema: {
        tags,
        summary: 'Nhập lịch nghỉ từ tệp JSON hoặc iCalendar (một phiên bản mới cho cả tệp)',
        consumes: ['application/json', 'text/calendar'],
        params: IdParams,
        querystring: CalendarVersionQuery,
        body: CalendarImportBody,
        response: { 200: CalendarImportResult, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const result = await importCalendarFile(request.ctx, request.params.id, request.query, request.body);
      return { years: result.years, calendar: presentBundle(result, request.ctx.actor) };
    },
  );

  r.get(
    '/calendars/:id/export.json',
    {
      schema: {
        tags,
        summary: 'Xuất lịch nghỉ (JSON) của một năm hoặc nhiều năm',
        params: IdParams,
        querystring: CalendarExportQuery,
        response: { 200: CalendarExportFile, ...errors },
      },
    },
    async (request, reply) => {
      const exported = await exportSchedules(request.ctx, request.params.id, request.query);
      reply.header('content-disposition', `attachment; filename="${exportFileName(exported, 'json')}"`);
      return exported.single ? exported.schedules[0]! : exported.schedules;
    },
  );

  r.get(
    '/calendars/:id/export.ics',
    {
      schema: {
        tags,
        summary: 'Xuất lịch nghỉ (iCalendar) của một năm hoặc nhiều năm',
        produces: ['text/calendar'],
        params: IdParams,
        querystring: CalendarExportQuery,
        response: errors,
      },
    },
    async (request, reply) => {
      const exported = await exportSchedules(request.ctx, request.params.id, request.query);
      // iCalendar text, not JSON: sent as is, outside the JSON response schemas
      return (reply as FastifyReply)
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${exportFileName(exported, 'ics')}"`)
        .send(formatScheduleExport(request.ctx, exported));
    },
  );
}

function exportFileName(exported: ScheduleExport, extension: string): string {
  const years = exported.schedules.map((s) => s.year);
  const span = years.length > 1 ? `${years[0]}-${years.at(-1)}` : String(years[0]);
  return `lich-${exported.calendar.code}-${span}.${extension}`;
}

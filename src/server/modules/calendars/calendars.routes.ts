/**
 * Routes of working-time calendars, registered under /api/v1 in their own encapsulated scope (which also
 * accepts `text/calendar` bodies for iCalendar import).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CalendarDetail,
  CalendarList,
  CalendarYearParams,
  CalendarYearQuery,
  CalendarYearView,
  UnitCalendar,
  UnitCalendarParams,
} from '../../../contracts/calendars.js';
import { IdParams } from '../../../contracts/common.js';
import { registerCalendarEditRoutes } from './calendars.edit.routes.js';
import {
  presentBundle,
  presentCalendarSummary,
  presentUnitCalendar,
  presentYearView,
} from './calendars.present.js';
import { registerDeadlineRoutes } from './calendars.public.routes.js';
import * as service from './calendars.service.js';
import { registerCalendarTransferRoutes } from './calendars.transfer.routes.js';
import { CALENDAR_ERRORS, CALENDAR_TAGS } from './calendars.route-support.js';
import { getUnitCalendar } from './calendars.units.js';

/** Registers every calendar route (reads, edits, import/export, the public deadline calculator). */
export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser('text/calendar', { parseAs: 'string' }, (_request, body, done) => {
      done(null, body);
    });
    registerCalendarReadRoutes(scope);
    registerCalendarEditRoutes(scope);
    registerCalendarTransferRoutes(scope);
    registerDeadlineRoutes(scope);
  });
}

function registerCalendarReadRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = CALENDAR_TAGS;
  const errors = CALENDAR_ERRORS;

  r.get(
    '/calendars',
    { schema: { tags, summary: 'Danh sách lịch làm việc', response: { 200: CalendarList, ...errors } } },
    async (request) => ({
      items: (await service.listCalendars(request.ctx)).map((row) =>
        presentCalendarSummary(row, request.ctx.actor),
      ),
    }),
  );

  r.get(
    '/calendars/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết lịch làm việc và các phiên bản',
        params: IdParams,
        response: { 200: CalendarDetail, ...errors },
      },
    },
    async (request) =>
      presentBundle(await service.getCalendar(request.ctx, request.params.id), request.ctx.actor),
  );

  r.get(
    '/calendars/:id/years/:year',
    {
      schema: {
        tags,
        summary: 'Lịch ngày làm việc, ngày nghỉ của một năm (kèm ngày âm lịch)',
        params: CalendarYearParams,
        querystring: CalendarYearQuery,
        response: { 200: CalendarYearView, ...errors },
      },
    },
    async (request) => {
      const { id, year } = request.params;
      return presentYearView(await service.getYearView(request.ctx, id, year, request.query.versionNumber));
    },
  );

  r.get(
    '/units/:unitId/calendar',
    {
      schema: {
        tags,
        summary: 'Lịch làm việc đơn vị đang áp dụng',
        params: UnitCalendarParams,
        response: { 200: UnitCalendar, ...errors },
      },
    },
    async (request) =>
      presentUnitCalendar(await getUnitCalendar(request.ctx, request.params.unitId), request.ctx.actor),
  );
}

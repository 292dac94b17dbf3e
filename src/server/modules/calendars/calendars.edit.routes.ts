/** Routes that edit calendars: each edit makes a new immutable version. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AssignUnitCalendarRequest,
  CalendarDetail,
  CalendarVersionQuery,
  CalendarYearParams,
  CreateCalendarRequest,
  ReplaceYearRequest,
  UnitCalendar,
  UnitCalendarParams,
  UpdateSessionsRequest,
} from '../../../contracts/calendars.js';
import { IdParams } from '../../../contracts/common.js';
import { requireOfficial } from '../../http/session.js';
import { createCalendar } from './calendars.create.js';
import * as edit from './calendars.edit.js';
import { presentBundle, presentUnitCalendar } from './calendars.present.js';
import { CALENDAR_ERRORS, CALENDAR_TAGS } from './calendars.route-support.js';
import { assignUnitCalendar } from './calendars.units.js';

/** Registers the editing routes (officials with calendar rights; unit administrators for a unit's choice). */
export function registerCalendarEditRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = CALENDAR_TAGS;
  const errors = CALENDAR_ERRORS;

  r.post(
    '/calendars',
    {
      schema: {
        tags,
        summary: 'Tạo lịch làm việc (sao chép từ lịch có sẵn)',
        body: CreateCalendarRequest,
        response: { 201: CalendarDetail, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      return reply
        .status(201)
        .send(presentBundle(await createCalendar(request.ctx, request.body), request.ctx.actor));
    },
  );

  r.put(
    '/calendars/:id/years/:year',
    {
      schema: {
        tags,
        summary: 'Nhập lịch nghỉ chính thức của một năm (tạo phiên bản mới)',
        params: CalendarYearParams,
        body: ReplaceYearRequest,
        response: { 200: CalendarDetail, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const { id, year } = request.params;
      return presentBundle(await edit.replaceYear(request.ctx, id, year, request.body), request.ctx.actor);
    },
  );

  r.delete(
    '/calendars/:id/years/:year',
    {
      schema: {
        tags,
        summary: 'Bỏ lịch chính thức của một năm, dùng lại lịch tạo tự động (tạo phiên bản mới)',
        params: CalendarYearParams,
        querystring: CalendarVersionQuery,
        response: { 200: CalendarDetail, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const { id, year } = request.params;
      const { version, note } = request.query;
      return presentBundle(await edit.resetYear(request.ctx, id, year, version, note), request.ctx.actor);
    },
  );

  r.put(
    '/calendars/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Sửa giờ làm việc trong tuần (tạo phiên bản mới)',
        params: IdParams,
        body: UpdateSessionsRequest,
        response: { 200: CalendarDetail, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return presentBundle(
        await edit.updateSessions(request.ctx, request.params.id, request.body),
        request.ctx.actor,
      );
    },
  );

  r.put(
    '/units/:unitId/calendar',
    {
      schema: {
        tags,
        summary: 'Chọn lịch làm việc cho đơn vị (null: theo đơn vị cấp trên)',
        params: UnitCalendarParams,
        body: AssignUnitCalendarRequest,
        response: { 200: UnitCalendar, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const view = await assignUnitCalendar(request.ctx, request.params.unitId, request.body);
      return presentUnitCalendar(view, request.ctx.actor);
    },
  );
}

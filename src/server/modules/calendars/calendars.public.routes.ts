/** The public deadline calculator: no sign-in needed. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PublicDeadlineRequest, PublicDeadlineResponse } from '../../../contracts/calendars.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { computePublicDeadline } from './calendars.deadline.js';
import { CALENDAR_ERRORS, CALENDAR_TAGS } from './calendars.route-support.js';

/** Registers `POST /public/deadline`. */
export function registerDeadlineRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/public/deadline',
    {
      schema: {
        tags: CALENDAR_TAGS,
        summary: 'Tính hạn giải quyết theo ngày, giờ làm việc (không cần đăng nhập)',
        body: PublicDeadlineRequest,
        response: { 200: PublicDeadlineResponse, ...CALENDAR_ERRORS },
      },
    },
    async (request) => {
      const result = await computePublicDeadline(request.ctx, request.body);
      return {
        start: formatInstant(result.start),
        countingFrom: formatInstant(result.countingFrom),
        due: formatInstant(result.due),
        workingMinutes: result.workingMinutes,
        skippedDays: result.skippedDays,
        calendarVersion: {
          calendarId: result.calendar.id,
          code: result.calendar.code,
          name: result.calendar.name,
          versionId: result.calendar.current_version_id,
          number: result.calendar.current_version_number,
        },
      };
    },
  );
}

/** Look-up of an applicant in the population database, for one-stop officers at intake (audited). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../../contracts/common.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom } from '../../context.js';
import { requireOfficial } from '../../http/session.js';
import type { PopulationRegistry } from '../../identity/population.js';
import { appendAudit } from '../audit/audit.queries.js';

const Person = z.object({
  idNumber: z.string(),
  fullName: z.string(),
  birthYear: z.number().int().nullable(),
  sex: z.enum(['male', 'female']).nullable(),
  phone: z.string().nullable(),
  address: z.string(),
});

export async function populationRoutes(app: FastifyInstance, registry: PopulationRegistry): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/population/:idNumber',
    {
      schema: {
        tags: ['dossiers'],
        summary: 'Tra cứu công dân trong Cơ sở dữ liệu quốc gia về dân cư',
        params: z.object({ idNumber: z.string().regex(/^[0-9]{12}$/, 'Số định danh gồm 12 chữ số') }),
        response: { 200: Person, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requireOfficial(request);
      if (!actor.roles.some((role) => role === 'reception' || role === 'one_stop_head')) {
        throw fail.forbidden('Chỉ cán bộ Bộ phận Một cửa được tra cứu dữ liệu dân cư.');
      }
      const person = await registry.lookup(request.params.idNumber);
      await request.ctx.deps.database.db.transaction().execute((trx) =>
        appendAudit(
          trx,
          auditFrom(request.ctx, {
            action: 'population.lookup',
            targetType: 'person',
            targetId: null,
            unitId: actor.unitId,
            summary: { found: person !== null },
          }),
        ),
      );
      if (!person) throw fail.notFound('Không tìm thấy công dân có số định danh này.');
      return person;
    },
  );
}

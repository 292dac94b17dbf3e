/** Routes of the unit tree. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  CreateUnitRequest,
  Unit,
  UnitListQuery,
  UnitPage,
  UpdateUnitRequest,
} from '../../../contracts/units.js';
import { requireOfficial } from '../../http/session.js';
import { presentUnit } from './units.present.js';
import * as service from './units.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

export async function unitRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['units'];

  r.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'Danh sách đơn vị',
        querystring: UnitListQuery,
        response: { 200: UnitPage, ...errors },
      },
    },
    async (request) => {
      const result = await service.listUnits(request.ctx, request.query);
      const { page, pageSize } = request.query;
      return { items: result.rows.map(presentUnit), total: result.total, page, pageSize };
    },
  );

  r.get(
    '/units/:id',
    { schema: { tags, summary: 'Chi tiết đơn vị', params: IdParams, response: { 200: Unit, ...errors } } },
    async (request) => presentUnit(await service.getUnit(request.ctx, request.params.id)),
  );

  r.post(
    '/units',
    { schema: { tags, summary: 'Tạo đơn vị', body: CreateUnitRequest, response: { 201: Unit, ...errors } } },
    async (request, reply) => {
      requireOfficial(request);
      const unit = await service.createUnit(request.ctx, request.body);
      return reply.status(201).send(presentUnit(unit));
    },
  );

  r.patch(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Sửa đơn vị',
        params: IdParams,
        body: UpdateUnitRequest,
        response: { 200: Unit, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return presentUnit(await service.updateUnit(request.ctx, request.params.id, request.body));
    },
  );
}

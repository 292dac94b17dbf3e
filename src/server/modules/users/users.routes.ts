/** Routes of user administration. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  CreateUserRequest,
  SetActiveRequest,
  UpdateUserRequest,
  User,
  UserListQuery,
  UserPage,
  UserWithPassword,
} from '../../../contracts/users.js';
import { requireOfficial } from '../../http/session.js';
import { presentUser } from './users.present.js';
import * as service from './users.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

export async function userRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  r.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'Danh sách cán bộ',
        querystring: UserListQuery,
        response: { 200: UserPage, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const result = await service.listUsers(request.ctx, request.query);
      const now = request.ctx.deps.clock.now();
      const { page, pageSize } = request.query;
      return { items: result.rows.map((row) => presentUser(row, now)), total: result.total, page, pageSize };
    },
  );

  r.get(
    '/users/:id',
    { schema: { tags, summary: 'Chi tiết cán bộ', params: IdParams, response: { 200: User, ...errors } } },
    async (request) => {
      requireOfficial(request);
      return presentUser(await service.getUser(request.ctx, request.params.id), request.ctx.deps.clock.now());
    },
  );

  r.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Tạo tài khoản cán bộ',
        body: CreateUserRequest,
        response: { 201: UserWithPassword, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      const created = await service.createUser(request.ctx, request.body);
      return reply.status(201).send({
        user: presentUser(created.user, request.ctx.deps.clock.now()),
        temporaryPassword: created.temporaryPassword,
      });
    },
  );

  r.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tài khoản cán bộ',
        params: IdParams,
        body: UpdateUserRequest,
        response: { 200: User, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const user = await service.updateUser(request.ctx, request.params.id, request.body);
      return presentUser(user, request.ctx.deps.clock.now());
    },
  );

  r.post(
    '/users/:id/active',
    {
      schema: {
        tags,
        summary: 'Khóa hoặc mở khóa tài khoản',
        params: IdParams,
        body: SetActiveRequest,
        response: { 200: User, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const { version, active } = request.body;
      const user = await service.setUserActive(request.ctx, request.params.id, version, active);
      return presentUser(user, request.ctx.deps.clock.now());
    },
  );

  r.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Đặt lại mật khẩu',
        params: IdParams,
        response: { 200: UserWithPassword, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const reset = await service.resetPassword(request.ctx, request.params.id);
      return {
        user: presentUser(reset.user, request.ctx.deps.clock.now()),
        temporaryPassword: reset.temporaryPassword,
      };
    },
  );
}

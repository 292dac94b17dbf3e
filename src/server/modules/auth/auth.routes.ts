/** Routes of sign-in, sign-out, registration and the own account. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ChangePasswordRequest,
  LoginRequest,
  RegisterCitizenRequest,
  SessionResponse,
  UpdateProfileRequest,
  VerifyCitizenIdRequest,
  VerifyCitizenIdResponse,
} from '../../../contracts/auth.js';
import { ErrorResponse, OkResponse } from '../../../contracts/common.js';
import { AppError } from '../../../domain/errors.js';
import type { AppDeps } from '../../context.js';
import { clearSessionCookies, requireActor, setSessionCookies } from '../../http/session.js';
import * as service from './auth.service.js';
import { verifyCitizenIdAtCounter } from './identity.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  423: ErrorResponse,
  429: ErrorResponse,
};

export async function authRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: 'Đăng nhập',
        body: LoginRequest,
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const session = await service.login(request.ctx, request.body);
      setSessionCookies(reply, deps, session);
      return {
        user: await service.describeCurrentUser(request.ctx, session.account),
        csrfToken: session.csrfToken,
      };
    },
  );

  r.post(
    '/auth/register',
    {
      schema: {
        tags,
        summary: 'Công dân đăng ký tài khoản',
        body: RegisterCitizenRequest,
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const session = await service.registerCitizen(request.ctx, request.body);
      setSessionCookies(reply, deps, session);
      return {
        user: await service.describeCurrentUser(request.ctx, session.account),
        csrfToken: session.csrfToken,
      };
    },
  );

  r.post(
    '/auth/logout',
    { schema: { tags, summary: 'Đăng xuất', response: { 200: OkResponse, ...errors } } },
    async (request, reply) => {
      // Only the holder of the session's CSRF token may end it; a cross-site logout is refused.
      if (request.ctx.actor && request.headers['x-csrf-token'] !== request.csrfToken) {
        throw new AppError('csrf_failed');
      }
      await service.logout(request.ctx, request.sessionToken);
      clearSessionCookies(reply, deps);
      return { ok: true as const };
    },
  );

  r.get(
    '/auth/me',
    { schema: { tags, summary: 'Người dùng hiện tại', response: { 200: SessionResponse, ...errors } } },
    async (request) => {
      requireActor(request);
      const account = await service.getOwnAccount(request.ctx);
      return {
        user: await service.describeCurrentUser(request.ctx, account),
        csrfToken: request.csrfToken ?? '',
      };
    },
  );

  r.patch(
    '/auth/me',
    {
      schema: {
        tags,
        summary: 'Cập nhật hồ sơ cá nhân',
        body: UpdateProfileRequest,
        response: { 200: SessionResponse, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      const account = await service.updateOwnProfile(request.ctx, request.body);
      return {
        user: await service.describeCurrentUser(request.ctx, account),
        csrfToken: request.csrfToken ?? '',
      };
    },
  );

  r.post(
    '/auth/change-password',
    {
      schema: {
        tags,
        summary: 'Đổi mật khẩu',
        body: ChangePasswordRequest,
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      await service.changeOwnPassword(request.ctx, request.sessionToken ?? '', request.body);
      return { ok: true as const };
    },
  );

  r.post(
    '/citizens/verify-id',
    {
      schema: {
        tags,
        summary: 'Cán bộ Một cửa xác minh số định danh của tài khoản công dân (đã kiểm tra giấy tờ)',
        body: VerifyCitizenIdRequest,
        response: { 200: VerifyCitizenIdResponse, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return verifyCitizenIdAtCounter(request.ctx, request.body);
    },
  );
}

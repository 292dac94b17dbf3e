/**
 * Late work over HTTP: a dossier's obligations and history, filing an explanation, drafting and deciding
 * apologies (form 04 is printed by the forms module), the board, the approval queue, alerts, rules, the
 * sweep (administrators), and — with DEV_TOOLS, for system administrators — a control that moves the clock.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ErrorResponse, IdParams, OkResponse } from '../../../contracts/common.js';
import {
  AlertList,
  ApologyList,
  BoardQuery,
  BoardResponse,
  DecideApologyRequest,
  DevClockRequest,
  DisciplineQuery,
  DisciplineSummary,
  DevClockResponse,
  DossierLateWork,
  DraftApologyRequest,
  FileExplanationRequest,
  LateWorkRulesResponse,
  PublishRulesRequest,
  SweepResponse,
} from '../../../contracts/late-work.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import { isMovableClock } from '../../clock.js';
import { requireOfficial } from '../../http/session.js';
import { decideApology, draftApology } from './apologies.service.js';
import { fileExplanation } from './explanations.service.js';
import {
  listApprovalQueue,
  listMyAlerts,
  publishLateWorkRules,
  readLateWorkRules,
} from './late-work.lists.js';
import { getDossierLateWork, listLateBoard } from './late-work.service.js';
import { getDisciplineSummary } from './late-work.discipline.js';
import { sweepLateWork } from './late-work.sweep.js';
import { shiftSessions } from './late-work.queries.js';

const tags = ['late-work'];
const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

export async function lateWorkRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/dossiers/:id/late-work',
    {
      schema: {
        tags,
        summary: 'Giải trình, xin lỗi và thời gian trễ của hồ sơ',
        params: IdParams,
        response: { 200: DossierLateWork, ...errors },
      },
    },
    async (request) => getDossierLateWork(request.ctx, request.params.id),
  );
  r.post(
    '/dossiers/:id/explanations',
    {
      schema: {
        tags,
        summary: 'Gửi giải trình bước xử lý quá hạn',
        params: IdParams,
        body: FileExplanationRequest,
        response: { 200: DossierLateWork, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request); // citizens see their dossier's late work, only officials explain it
      await fileExplanation(request.ctx, request.params.id, request.body);
      return getDossierLateWork(request.ctx, request.params.id);
    },
  );
  r.post(
    '/dossiers/:id/apologies',
    {
      schema: {
        tags,
        summary: 'Lập phiếu xin lỗi và hẹn lại ngày trả (mẫu 04)',
        params: IdParams,
        body: DraftApologyRequest,
        response: { 200: DossierLateWork, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      await draftApology(request.ctx, request.params.id, request.body);
      return getDossierLateWork(request.ctx, request.params.id);
    },
  );
  r.post(
    '/apologies/:id/decision',
    {
      schema: {
        tags,
        summary: 'Phê duyệt hoặc không duyệt phiếu xin lỗi',
        params: IdParams,
        body: DecideApologyRequest,
        response: { 200: OkResponse, ...errors },
      },
    },
    async (request) => {
      await decideApology(request.ctx, request.params.id, request.body);
      return { ok: true as const };
    },
  );
  r.get(
    '/apologies/pending',
    { schema: { tags, summary: 'Phiếu xin lỗi chờ phê duyệt', response: { 200: ApologyList, ...errors } } },
    async (request) => listApprovalQueue(request.ctx),
  );
  r.get(
    '/late-work/board',
    {
      schema: {
        tags,
        summary: 'Hồ sơ trễ hạn và sắp đến hạn của đơn vị',
        querystring: BoardQuery,
        response: { 200: BoardResponse, ...errors },
      },
    },
    async (request) => listLateBoard(request.ctx, request.query),
  );
  r.get(
    '/late-work/discipline',
    {
      schema: {
        tags,
        summary: 'Số lần xin lỗi muộn và yêu cầu bổ sung sai quy định của đơn vị trong tháng',
        querystring: DisciplineQuery,
        response: { 200: DisciplineSummary, ...errors },
      },
    },
    async (request) => getDisciplineSummary(request.ctx, request.query),
  );
  r.get(
    '/late-work/alerts',
    { schema: { tags, summary: 'Cảnh báo trễ hạn gửi tôi', response: { 200: AlertList, ...errors } } },
    async (request) => listMyAlerts(request.ctx),
  );
  r.get(
    '/late-work/rules',
    {
      schema: {
        tags,
        summary: 'Quy định về trễ hạn đang áp dụng',
        response: { 200: LateWorkRulesResponse, ...errors },
      },
    },
    async (request) => readLateWorkRules(request.ctx),
  );
  r.post(
    '/late-work/rules',
    {
      schema: {
        tags,
        summary: 'Ban hành phiên bản quy định mới',
        body: PublishRulesRequest,
        response: { 200: LateWorkRulesResponse, ...errors },
      },
    },
    async (request) => publishLateWorkRules(request.ctx, request.body),
  );
  r.post(
    '/late-work/sweep',
    {
      schema: {
        tags,
        summary: 'Quét hồ sơ sắp đến hạn, quá hạn (quản trị)',
        response: { 200: SweepResponse, ...errors },
      },
    },
    async (request) => {
      const actor = requireOfficial(request);
      if (!actor.roles.includes('sysadmin')) throw fail.forbidden();
      return sweepLateWork(request.ctx.deps);
    },
  );
}

/** Only system administrators read or move the development clock: it is everybody's time. */
function requireClockKeeper(request: FastifyRequest): void {
  const actor = requireOfficial(request);
  if (!actor.roles.includes('sysadmin')) throw fail.forbidden();
}

/** The development clock: read it, move it (then sweep), reset it. Registered only with DEV_TOOLS. */
export async function devClockRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = (clock: { now(): Date }, started: number) => ({
    now: formatInstant(clock.now().getTime()),
    offsetMinutes: Math.round((clock.now().getTime() - started) / 60_000),
  });
  r.get(
    '/dev/clock',
    {
      schema: {
        tags: ['dev'],
        summary: 'Đồng hồ thử nghiệm',
        response: { 200: DevClockResponse, ...errors },
      },
    },
    async (request) => {
      requireClockKeeper(request);
      return read(request.ctx.deps.clock, Date.now());
    },
  );
  r.post(
    '/dev/clock',
    {
      schema: {
        tags: ['dev'],
        summary: 'Dời đồng hồ thử nghiệm rồi quét trễ hạn',
        body: DevClockRequest,
        response: { 200: DevClockResponse, ...errors },
      },
    },
    async (request) => {
      requireClockKeeper(request);
      const { clock } = request.ctx.deps;
      if (!isMovableClock(clock)) throw fail.notFound();
      const before = clock.now().getTime();
      if (request.body.reset) clock.reset?.();
      if (request.body.advanceMinutes) clock.advanceMinutes(request.body.advanceMinutes);
      // nobody is signed out by a jump in time: sessions move with the clock
      await shiftSessions(request.ctx.deps.database.db, clock.now().getTime() - before);
      await sweepLateWork(request.ctx.deps);
      return read(clock, Date.now());
    },
  );
}

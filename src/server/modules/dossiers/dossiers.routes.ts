/** Routes of dossiers (stable: POST /dossiers, POST /dossiers/{id}/actions, GET /dossiers/{id}, GET /public/track). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse, IdParams } from '../../../contracts/common.js';
import {
  CreateDossierRequest,
  CreatedDossier,
  Dossier,
  DossierActionRequest,
  DossierListQuery,
  DossierPage,
  TrackQuery,
  TrackResponse,
} from '../../../contracts/dossiers.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { STATUS_LABELS, type DossierStatus } from '../../../domain/dossiers/status.js';
import { fail } from '../../../domain/errors.js';
import { requireActor } from '../../http/session.js';
import { createDossier } from './dossiers.intake.js';
import { presentDossier } from './dossiers.present.js';
import * as service from './dossiers.service.js';
import { trackDossier } from './dossiers.tracking.js';
import { getPayment, PaymentInfo, recordPayment, RecordPaymentRequest } from './dossiers.payments.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  429: ErrorResponse,
};
const tags = ['dossiers'];
const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(8).max(100).optional() });

export async function dossierRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/dossiers',
    {
      schema: {
        tags,
        summary:
          'Tiếp nhận / nộp hồ sơ (Idempotency-Key của từng người: gửi lại cùng nội dung nhận lại đúng câu trả lời 201, ' +
          'header idempotent-replayed: true; khác nội dung: 422 idempotency_mismatch)',
        headers: IdempotencyHeaders,
        body: CreateDossierRequest,
        response: { 201: CreatedDossier, ...errors, 422: ErrorResponse },
      },
    },
    async (request, reply) => {
      requireActor(request);
      const created = await createDossier(
        request.ctx,
        request.body,
        request.headers['idempotency-key'] ?? null,
      );
      const dossier = presentDossier(await service.getDossier(request.ctx, created.id));
      if (created.replay) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send({ dossier, trackingPin: created.trackingPin ?? '' });
    },
  );

  r.get(
    '/dossiers',
    {
      schema: {
        tags,
        summary: 'Hàng đợi hồ sơ / hồ sơ của tôi',
        querystring: DossierListQuery,
        response: { 200: DossierPage, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      const now = request.ctx.deps.clock.now();
      const result = await service.listDossiers(request.ctx, request.query);
      const { page, pageSize } = request.query;
      return {
        items: result.rows.map((row) => {
          return {
            id: row.id,
            code: row.code,
            status: row.status as DossierStatus,
            statusLabel: STATUS_LABELS[row.status as DossierStatus].vi,
            procedureName: row.procedure_name,
            applicantName: row.applicant_name,
            currentStepTask: row.current_step_task,
            holderName: row.holder_name,
            stepDueAt: row.step_due_at ? formatInstant(row.step_due_at.getTime()) : null,
            dueAt: row.due_at ? formatInstant(row.due_at.getTime()) : null,
            receivedAt: row.received_at ? formatInstant(row.received_at.getTime()) : null,
            late: row.finished_at === null && row.due_at !== null && row.due_at < now,
            stepLate: row.finished_at === null && row.step_due_at !== null && row.step_due_at < now,
            apologyWarning: result.apologyWarnings.get(row.id) ?? null,
          };
        }),
        total: result.total,
        page,
        pageSize,
      };
    },
  );

  r.get(
    '/dossiers/:id',
    { schema: { tags, summary: 'Chi tiết hồ sơ', params: IdParams, response: { 200: Dossier, ...errors } } },
    async (request) => {
      requireActor(request);
      return presentDossier(await service.getDossier(request.ctx, request.params.id));
    },
  );

  r.post(
    '/dossiers/:id/actions',
    {
      schema: {
        tags,
        summary: 'Thao tác xử lý hồ sơ',
        params: IdParams,
        body: DossierActionRequest,
        response: { 200: Dossier, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return presentDossier(await service.performAction(request.ctx, request.params.id, request.body));
    },
  );

  r.get(
    '/dossiers/:id/payment',
    {
      schema: {
        tags,
        summary: 'Phí, lệ phí và mã VietQR',
        params: IdParams,
        response: { 200: PaymentInfo, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return getPayment(request.ctx, request.params.id);
    },
  );

  r.post(
    '/dossiers/:id/payment',
    {
      schema: {
        tags,
        summary: 'Ghi nhận đã thu phí, lệ phí',
        params: IdParams,
        body: RecordPaymentRequest,
        response: { 200: PaymentInfo, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      return recordPayment(request.ctx, request.params.id, request.body);
    },
  );

  r.get(
    '/public/track',
    {
      schema: {
        tags,
        summary: 'Tra cứu hồ sơ (công khai)',
        querystring: TrackQuery,
        response: { 200: TrackResponse, ...errors },
      },
    },
    async (request) => {
      if (!request.query.code) throw fail.validation();
      return trackDossier(request.ctx, request.query.code, request.query.secret);
    },
  );
}

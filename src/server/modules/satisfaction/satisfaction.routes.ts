/** Routes of satisfaction: the instrument, survey links, the public survey, the dashboard and responses. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorResponse } from '../../../contracts/common.js';
import {
  CreateInstrumentVersionRequest,
  DashboardQuery,
  InstrumentVersion,
  PublicSurvey,
  RateableDossier,
  RateableQuery,
  ResponseListQuery,
  ResponsePage,
  SatisfactionDashboard,
  SubmitSurveyRequest,
  SubmitSurveyResponse,
  SurveyInvitation,
  SurveyInvitationRequest,
  TokenParams,
} from '../../../contracts/satisfaction.js';
import { formatInstant } from '../../../domain/calendar/index.js';
import { getFormula } from '../../../domain/satisfaction/formula.js';
import type { InstrumentDefinition } from '../../../domain/satisfaction/instrument.js';
import { requireActor, requireOfficial } from '../../http/session.js';
import { getDashboard, listResponsesFor } from './satisfaction.dashboard.js';
import type { InstrumentRow } from './satisfaction.queries.js';
import { listInstruments } from './satisfaction.queries.js';
import * as service from './satisfaction.service.js';

const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
const tags = ['satisfaction'];
const iso = (value: Date | null) => (value === null ? null : formatInstant(value.getTime()));

function presentInstrument(row: InstrumentRow): InstrumentVersion {
  return {
    id: row.id,
    number: row.number,
    formulaVersion: row.formula_version,
    formulaDescription: getFormula(row.formula_version).description.vi,
    legalBasis: row.legal_basis,
    note: row.note,
    createdAt: formatInstant(row.created_at.getTime()),
    questions: (row.definition as InstrumentDefinition).questions,
  };
}

export async function satisfactionRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/satisfaction/instruments',
    {
      schema: {
        tags,
        summary: 'Các phiên bản bộ câu hỏi đánh giá mức độ hài lòng (NĐ 61/2018, Điều 31)',
        response: { 200: z.array(InstrumentVersion), ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      const { db } = request.ctx.deps.database;
      await service.getCurrentInstrument(db, request.ctx.deps.clock.now());
      return (await listInstruments(db)).map(presentInstrument);
    },
  );

  r.post(
    '/satisfaction/instruments',
    {
      schema: {
        tags,
        summary: 'Ban hành phiên bản mới (thêm câu hỏi)',
        body: CreateInstrumentVersionRequest,
        response: { 201: InstrumentVersion, ...errors },
      },
    },
    async (request, reply) => {
      requireOfficial(request);
      await service.createInstrumentVersion(request.ctx, request.body);
      const latest = await service.getCurrentInstrument(
        request.ctx.deps.database.db,
        request.ctx.deps.clock.now(),
      );
      return reply.status(201).send(presentInstrument(latest));
    },
  );

  r.post(
    '/satisfaction/invitations',
    {
      schema: {
        tags,
        summary:
          'Tạo đường dẫn / mã QR đánh giá mức độ hài lòng cho hồ sơ đã trả kết quả hoặc không được tiếp nhận',
        body: SurveyInvitationRequest,
        response: { 200: SurveyInvitation, ...errors },
      },
    },
    async (request) => {
      requireActor(request);
      const issued = await service.issueInvitation(request.ctx, request.body);
      return { ...issued, expiresAt: formatInstant(issued.expiresAt.getTime()) };
    },
  );

  r.get(
    '/satisfaction/rateable',
    {
      schema: {
        tags,
        summary: 'Hồ sơ có thể mời đánh giá (đã trả kết quả hoặc không được tiếp nhận)',
        querystring: RateableQuery,
        response: { 200: z.array(RateableDossier), ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await service.listRateable(request.ctx, request.query.q);
      return rows.map((row) => ({
        dossierId: row.id,
        code: row.code,
        procedureName: row.procedure_name,
        applicantName: row.applicant_name,
        returnedAt: iso(row.returned_at),
        rated: actor.kind === 'citizen' ? row.rated : null,
      }));
    },
  );

  r.get(
    '/satisfaction/dashboard',
    {
      schema: {
        tags,
        summary: 'Kết quả đánh giá mức độ hài lòng của đơn vị theo kỳ',
        querystring: DashboardQuery,
        response: { 200: SatisfactionDashboard, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return getDashboard(request.ctx, request.query);
    },
  );

  r.get(
    '/satisfaction/responses',
    {
      schema: {
        tags,
        summary: 'Phiếu đánh giá (phiếu ẩn danh không kèm hồ sơ, ngày, cán bộ)',
        querystring: ResponseListQuery,
        response: { 200: ResponsePage, ...errors },
      },
    },
    async (request) => {
      requireOfficial(request);
      return listResponsesFor(request.ctx, request.query);
    },
  );

  r.get(
    '/public/surveys/:token',
    {
      schema: {
        tags,
        summary: 'Phiếu đánh giá mức độ hài lòng theo đường dẫn (công khai)',
        params: TokenParams,
        response: { 200: PublicSurvey, ...errors },
      },
    },
    async (request) => {
      const { link, dossier, instrument, answered } = await service.getPublicSurvey(
        request.ctx,
        request.params.token,
      );
      return {
        dossierCode: dossier.code,
        procedureName: dossier.procedure_name,
        unitName: dossier.unit_name,
        returnedAt: iso(dossier.returned_at),
        channel: link.channel,
        expiresAt: formatInstant(link.expiresAt.getTime()),
        answered,
        instrumentNumber: instrument.number,
        questions: (instrument.definition as InstrumentDefinition).questions,
      };
    },
  );

  r.post(
    '/public/surveys/:token',
    {
      schema: {
        tags,
        summary: 'Gửi đánh giá (một lần cho mỗi hồ sơ)',
        params: TokenParams,
        body: SubmitSurveyRequest,
        response: { 201: SubmitSurveyResponse, ...errors },
      },
    },
    async (request, reply) => {
      const result = await service.submitSurvey(request.ctx, request.params.token, request.body);
      return reply.status(201).send({ ok: true as const, overallSatisfied: result.overallSatisfied });
    },
  );
}

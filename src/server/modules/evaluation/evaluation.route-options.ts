/** Options shared by the evaluation routes: error responses, the OpenAPI tag, the signed-in-official check. */
import type { FastifyRequest } from 'fastify';
import { ErrorResponse } from '../../../contracts/common.js';
import { requireOfficial } from '../../http/session.js';

export const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};
export const tags = ['evaluation'];

/** Route options of the signed-in officials' routes. */
export const official = {
  preHandler: async (request: FastifyRequest) => {
    requireOfficial(request);
  },
};

/** Shapes shared by every area of the HTTP API. */
import { z } from 'zod';

export const ErrorResponse = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().nullable(),
  requestId: z.string(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const Uuid = z.string().uuid();

export const IdParams = z.object({ id: z.string().uuid() });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const OkResponse = z.object({ ok: z.literal(true) });

/** A page of items with the total count. */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const HealthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  migration: z.string().nullable(),
});

/** A boolean in a query string: "true"/"1" or "false"/"0" (z.coerce.boolean would read "false" as true). */
export const QueryBoolean = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((value) => value === true || value === 'true' || value === '1');

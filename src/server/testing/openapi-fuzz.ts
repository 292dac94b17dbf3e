/**
 * Hostile requests generated from the OpenAPI document the app serves (fast-check arbitraries): values
 * that mostly follow each operation's schemas, so they get past validation and reach the handlers, with
 * hostile leaves (NUL, lone surrogates, huge strings, deep nesting, wrong types, unknown or real ids,
 * out-of-range numbers and dates). For tests only.
 */
import fc from 'fast-check';

/** The subset of JSON Schema (as written by the zod → OpenAPI transform) the generator reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

/** One operation of the document. */
export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
}

/** A request ready for `app.inject` (the body already serialised: it may be deeper than JSON.stringify allows). */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

/** A marker string replaced by a 20,000-level nested array in the serialised body. */
const DEEP = '\u0001deep\u0001';
const DEEP_JSON = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;

/** Lists the operations of an OpenAPI document. */
export function listOperations(document: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const op = raw as {
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      };
      return {
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      };
    }),
  );
}

const hostileText = fc.constantFrom(
  'a\u0000b',
  '\u0000',
  'tên\u0000',
  '\ud800',
  'x\udfffy',
  'x'.repeat(100_000),
  '',
  ' ',
  "' OR 1=1 --",
  '../../etc/passwd',
  '-1',
  '1e309',
  '2026-13-45',
  '0000-00-00',
  '9999-12-31T25:61:00Z',
  '2026-02-30',
  '%00',
  '{}',
  DEEP,
);

const hostileNumber = fc.constantFrom(
  -1,
  0,
  -2_147_483_649,
  2_147_483_648,
  2 ** 53,
  -(2 ** 60),
  1e308,
  0.5,
  -0.5,
);

const wrongType = fc.oneof(
  hostileText,
  hostileNumber,
  fc.constantFrom(null, true, {}, [], { a: '\u0000' }, [DEEP]),
);

/** Builds an arbitrary for a schema; `ids` are real ids of the database (so lookups find rows). */
export function valueOf(schema: JsonSchema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const faithful = faithfulValueOf(schema ?? {}, ids, depth);
  return fc.oneof({ weight: 6, arbitrary: faithful }, { weight: 1, arbitrary: wrongType });
}

function faithfulValueOf(schema: JsonSchema, ids: string[], depth: number): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length) return fc.oneof(...variants.map((s) => valueOf(s, ids, depth)));
  if (schema.allOf?.length) return valueOf(Object.assign({}, ...schema.allOf) as JsonSchema, ids, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const base = ((): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string':
        return stringOf(schema, ids);
      case 'integer':
      case 'number':
        return fc.oneof(
          fc.integer({ min: schema.minimum ?? -5, max: Math.min(schema.maximum ?? 2_100, 1e9) }),
          hostileNumber,
        );
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 4
          ? fc.constant([])
          : fc.array(valueOf(schema.items, ids, depth + 1), { maxLength: 3 });
      case 'object':
        return depth > 4 ? fc.constant({}) : objectOf(schema, ids, depth);
      default:
        return fc.oneof(hostileText, fc.constant({ nested: DEEP }), fc.jsonValue({ maxDepth: 3 }));
    }
  })();
  return schema.nullable ? fc.oneof(base, fc.constant(null)) : base;
}

function stringOf(schema: JsonSchema, ids: string[]): fc.Arbitrary<unknown> {
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid(), hostileText);
  if (schema.format === 'date' || schema.format === 'date-time')
    return fc.oneof(fc.constantFrom('2026-03-02', '2026-03-02T08:00:00+07:00'), hostileText);
  return fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }), hostileText);
}

function objectOf(schema: JsonSchema, ids: string[], depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, value] of Object.entries(properties)) record[key] = valueOf(value, ids, depth + 1);
  const required = (schema.required ?? []).filter((key) => key in properties);
  const known = fc.record(record, { requiredKeys: required });
  if (schema.additionalProperties === undefined || schema.additionalProperties === false) return known;
  const extra = fc.dictionary(
    fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a\u0000', '\ud800', '__proto__')),
    valueOf(undefined, ids, depth + 1),
    { maxKeys: 3 },
  );
  return fc.tuple(known, extra).map(([a, b]) => ({ ...b, ...(a as object) }));
}

function asParameterText(value: unknown): string {
  if (typeof value === 'string') return value === DEEP ? '[[[[' : value;
  return typeof value === 'object'
    ? JSON.stringify(value).replaceAll(JSON.stringify(DEEP), '[]')
    : String(value);
}

/** Percent-encodes a path segment; a lone surrogate becomes the invalid UTF-8 bytes a hostile client would send. */
function encodePathSegment(text: string): string {
  return Array.from(text, (char) => {
    const unit = char.charCodeAt(0);
    return unit >= 0xd800 && unit <= 0xdfff && char.length === 1 ? '%ED%A0%80' : encodeURIComponent(char);
  }).join('');
}

/** Requests for one operation: parameters and body from the schemas, with hostile values mixed in. */
export function requestOf(op: Operation, ids: string[]): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters.filter((p) => p.in !== 'cookie');
  const values: Record<string, fc.Arbitrary<unknown>> = {};
  for (const p of params) values[`${p.in}:${p.name}`] = valueOf(p.schema, ids);
  const required = params.filter((p) => p.in === 'path' || p.required).map((p) => `${p.in}:${p.name}`);
  const body = op.body ? valueOf(op.body, ids) : fc.constant(undefined);
  return fc.tuple(fc.record(values, { requiredKeys: required }), body).map(([given, payload]) => {
    let url = op.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(given)) {
      const [where, name] = key.split(':') as [string, string];
      const text = asParameterText(value);
      if (where === 'path') url = url.replace(`{${name}}`, encodePathSegment(text.slice(0, 2_000)));
      else if (where === 'query') query.append(name, text);
      else if (/^[\t\x20-\x7e]*$/.test(text)) headers[name] = text.slice(0, 4_000);
    }
    const search = query.toString();
    const request: FuzzRequest = { method: op.method, url: search ? `${url}?${search}` : url, headers };
    if (op.body) {
      request.headers['content-type'] = 'application/json';
      request.payload = JSON.stringify(payload ?? null).replaceAll(JSON.stringify(DEEP), DEEP_JSON);
    }
    return request;
  });
}

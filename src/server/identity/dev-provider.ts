/**
 * A development OpenID Connect provider standing in for VNeID (never registered in production).
 * Stateless: the authorisation code is an HMAC-signed blob carrying the identity, nonce and PKCE challenge;
 * ID tokens are RS256-signed with a key made at start and published as JWKS.
 */
import {
  createHash,
  createHmac,
  createSign,
  generateKeyPairSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DEMO_CITIZEN } from '../seed/demo.js';

export const DEV_OIDC_PREFIX = '/dev-oidc';
export const DEV_OIDC_CLIENT_ID = 'ky-cuong-dev';

const CodePayload = z.object({
  sub: z.string(),
  identity_number: z.string(),
  name: z.string(),
  phone_number: z.string().optional(),
  nonce: z.string(),
  challenge: z.string(),
  redirect: z.string(),
  exp: z.number(),
});

const base64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Registers the provider's discovery, authorise, token and JWKS routes under /dev-oidc. */
export async function registerDevProvider(
  app: FastifyInstance,
  issuer: string,
  now: () => Date,
): Promise<void> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const secret = randomBytes(32);
  const sign = (data: string) => createHmac('sha256', secret).update(data).digest('base64url');
  const seconds = () => Math.floor(now().getTime() / 1000);

  app.get(`${DEV_OIDC_PREFIX}/.well-known/openid-configuration`, async () => ({
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ['code'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic', 'none'],
  }));

  app.get(`${DEV_OIDC_PREFIX}/jwks`, async () => ({
    keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }],
  }));

  // The sign-in page: a tester types the identity VNeID would assert.
  app.get(`${DEV_OIDC_PREFIX}/authorize`, async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    const hidden = ['redirect_uri', 'state', 'nonce', 'code_challenge']
      .map((key) => `<input type="hidden" name="${key}" value="${escapeHtml(q[key] ?? '')}">`)
      .join('');
    return reply.type('text/html; charset=utf-8')
      .send(`<!doctype html><html lang="vi"><head><meta charset="utf-8">
<title>VNeID (thử nghiệm)</title><meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:420px;margin:40px auto;padding:0 16px}label{display:block;margin:12px 0 4px}
input{width:100%;padding:8px;box-sizing:border-box}button{margin-top:16px;padding:10px 16px;background:#c8102e;color:#fff;border:0;border-radius:6px}</style>
</head><body><h1>VNeID — môi trường thử nghiệm</h1><p>Nhà cung cấp định danh giả lập, chỉ dùng khi phát triển.</p>
<form method="get" action="${DEV_OIDC_PREFIX}/approve">${hidden}
<label for="identity_number">Số định danh cá nhân</label><input id="identity_number" name="identity_number" value="${DEMO_CITIZEN.idNumber}" pattern="[0-9]{12}" required>
<label for="name">Họ và tên</label><input id="name" name="name" value="${DEMO_CITIZEN.fullName}" required>
<label for="phone_number">Số điện thoại</label><input id="phone_number" name="phone_number" value="${DEMO_CITIZEN.phone}">
<button type="submit">Xác nhận đăng nhập</button></form></body></html>`);
  });

  app.get(`${DEV_OIDC_PREFIX}/approve`, async (request, reply) => {
    const q = request.query as Record<string, string | undefined>;
    if (!q.redirect_uri || !q.code_challenge || !q.identity_number || !q.name) {
      return reply.status(400).send({ error: 'invalid_request' });
    }
    const payload = CodePayload.parse({
      sub: createHash('sha256').update(`vneid:${q.identity_number}`).digest('hex').slice(0, 32),
      identity_number: q.identity_number,
      name: q.name,
      phone_number: q.phone_number || undefined,
      nonce: q.nonce ?? '',
      challenge: q.code_challenge,
      redirect: q.redirect_uri,
      exp: seconds() + 120,
    });
    const body = base64url(JSON.stringify(payload));
    const target = new URL(q.redirect_uri);
    target.searchParams.set('code', `${body}.${sign(body)}`);
    if (q.state) target.searchParams.set('state', q.state);
    target.searchParams.set('iss', issuer);
    return reply.redirect(target.toString());
  });

  app.post(`${DEV_OIDC_PREFIX}/token`, async (request, reply) => {
    const form = new URLSearchParams(String(request.body ?? ''));
    const [body, mac] = (form.get('code') ?? '').split('.');
    const expected = body ? sign(body) : '';
    if (
      !body ||
      !mac ||
      mac.length !== expected.length ||
      !timingSafeEqual(Buffer.from(mac), Buffer.from(expected))
    ) {
      return reply.status(400).send({ error: 'invalid_grant' });
    }
    const code = CodePayload.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
    const verifier = form.get('code_verifier') ?? '';
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    if (code.exp < seconds() || challenge !== code.challenge || form.get('redirect_uri') !== code.redirect) {
      return reply.status(400).send({ error: 'invalid_grant' });
    }
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
    const claims = base64url(
      JSON.stringify({
        iss: issuer,
        sub: code.sub,
        aud: DEV_OIDC_CLIENT_ID,
        iat: seconds(),
        exp: seconds() + 300,
        nonce: code.nonce,
        name: code.name,
        identity_number: code.identity_number,
        ...(code.phone_number ? { phone_number: code.phone_number } : {}),
      }),
    );
    const signature = createSign('RSA-SHA256')
      .update(`${header}.${claims}`)
      .sign(privateKey)
      .toString('base64url');
    return {
      access_token: randomBytes(24).toString('base64url'),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: `${header}.${claims}.${signature}`,
    };
  });
}

/** Lets the token route read `application/x-www-form-urlencoded` bodies as text. */
export function acceptFormBodies(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, body);
    },
  );
}

/**
 * Security headers on every response (@fastify/helmet): a Content-Security-Policy for the web app, no
 * sniffing, no referrer (survey and tracking links carry secrets in their path), framing by this origin
 * only. Routes with stricter needs set their own policy over it (the printable forms: nothing loaded, one
 * hashed script); Swagger UI at /api/docs gets its own (`SWAGGER_UI_CSP`).
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * The web app's policy. The Vite build loads scripts and styles from this origin only; Ant Design's
 * CSS-in-JS injects <style> elements at run time, hence 'unsafe-inline' for styles (never for scripts);
 * QR codes and charts are SVG, canvas or data: URLs. No upgrade-insecure-requests: the server may be
 * reached over plain HTTP on a LAN (TLS belongs to the reverse proxy in front of it).
 */
export const APP_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  upgradeInsecureRequests: null,
};

/** Swagger UI's page: its own scripts and stylesheets from this origin, images from data: URLs. */
export const SWAGGER_UI_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

/** Registers the headers for every route of the app (API, web app, docs, development provider). */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

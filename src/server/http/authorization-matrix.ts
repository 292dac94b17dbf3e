/**
 * The authorisation matrix: who may call each route of the API, as data. Keyed by `METHOD /openapi/path`
 * (the path as the generated OpenAPI document spells it). `authorization-matrix.api.test.ts` sends every
 * route as every kind of actor and fails when a route has no entry here, when an entry names a route that no
 * longer exists, or when the outcome differs from `isAllowedByMatrix`. A new route therefore needs a rule.
 *
 * A rule has an ACCESS class (who may use the route at all) and, for routes on a unit-scoped resource, the
 * TARGET kind whose real fixture fills the path and a SCOPE: scope never flows upward, so an official is
 * allowed only when the resource's unit lies in their own unit's subtree (the system administrator
 * everywhere); the resource's OWNER (the citizen who applied, the official evaluated) is allowed too.
 */
import type { Role } from '../../domain/access/roles.js';
import { FEE_REPORT_ROLES } from '../../domain/payments/fee-report.js';

/** Who may use a route at all. */
export type MatrixAccess =
  /** anyone, signed in or not */
  | 'public'
  /** any signed-in person, citizen or official */
  | 'signed_in'
  /** citizens only */
  | 'citizen'
  /** any official */
  | 'official'
  /** development tools: the system administrator only, and only while development tools are on */
  | 'dev_only'
  /** officials holding one of these roles (`sysadmin` listed when allowed); citizens, anonymous when listed */
  | readonly (Role | 'citizen' | 'anonymous')[];

/** The kinds of fixture resource a route can act on (the test creates a real one of each). */
export type MatrixTarget =
  'dossier' | 'unit' | 'user' | 'calendar' | 'procedure' | 'period' | 'evaluation' | 'draft' | 'dialogue';

/**
 * How the target limits the access class. `subtree`: the target's unit lies in the official's own subtree
 * (the system administrator: everywhere). `covering`: that, or the target's unit is an ancestor of the
 * official's (a period that evaluates people of their subtree). `owner`: only the target's owner. Without
 * a scope the target only supplies real ids.
 */
export type MatrixScope = 'subtree' | 'covering' | 'owner';

export interface MatrixRule {
  access: MatrixAccess;
  target?: MatrixTarget;
  scope?: MatrixScope;
  /** The target's owner (the applicant, the official evaluated) is allowed whatever the access class. */
  owner?: boolean;
  /** Runs after every other route (it ends sessions or destroys its target). */
  destructive?: boolean;
  /** Why the rule is what it is, where the code alone would not say. */
  note?: string;
}

/**
 * Rows known not to hold yet in this branch, with the change that fixes them. The test requires each of them
 * to still fail (remove the entry once the fix lands), so the list cannot hide a new hole.
 */
export const PENDING_FIXES: Readonly<Record<string, string>> = {};

/** The actors every route is tried with. */
export const MATRIX_ACTORS = [
  'anonymous',
  'citizen',
  'admin',
  'noivu',
  'tiepnhan',
  'chuyenvien',
  'lanhdao',
  'truongmotcua',
  'thanhtra',
  'other_commune',
  'parent_unit',
] as const;
export type MatrixActorName = (typeof MATRIX_ACTORS)[number];

/** An actor as the matrix sees them: signed in or not, a citizen or an official at a unit path. */
export interface MatrixActor {
  name: MatrixActorName;
  kind: 'anonymous' | 'citizen' | 'official';
  roles: readonly Role[];
  unitPath: string | null;
}

/** A fixture resource: its unit path and, when it belongs to someone, its owner. */
export interface MatrixTargetFixture {
  unitPath: string;
  owner?: MatrixActorName;
}

const HA: readonly Role[] = ['sysadmin', 'home_affairs'];
const READERS: readonly Role[] = ['sysadmin', 'home_affairs', 'unit_leader', 'one_stop_head', 'inspector'];
const ONE_STOP: readonly Role[] = ['reception', 'one_stop_head'];

/** The expected access of every route. */
export const AUTHORIZATION_MATRIX: Readonly<Record<string, MatrixRule>> = {
  'GET /api/health': { access: 'public' },
  'GET /api/health/live': { access: 'public' },
  'GET /api/health/ready': { access: 'public' },
  // the development stand-in for VNeID is the outside world: public like the real provider
  'GET /dev-oidc/.well-known/openid-configuration': { access: 'public' },
  'GET /dev-oidc/jwks': { access: 'public' },
  'GET /dev-oidc/authorize': { access: 'public' },
  'GET /dev-oidc/approve': { access: 'public' },
  'POST /dev-oidc/token': { access: 'public' },

  'POST /api/v1/auth/login': { access: 'public' },
  'POST /api/v1/auth/register': { access: 'public' },
  'POST /api/v1/auth/logout': { access: 'public', destructive: true },
  'GET /api/v1/auth/me': { access: 'signed_in' },
  'PATCH /api/v1/auth/me': { access: 'signed_in' },
  'POST /api/v1/auth/change-password': { access: 'signed_in' },
  'POST /api/v1/citizens/verify-id': { access: ['reception', 'one_stop_head'] },
  'GET /api/v1/auth/vneid/start': { access: 'public' },
  'GET /api/v1/auth/vneid/callback': { access: 'public' },
  'GET /api/v1/auth/providers': { access: 'public' },

  'GET /api/v1/units': { access: 'official' },
  'POST /api/v1/units': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/units/{id}': { access: 'official', target: 'unit' },
  'PATCH /api/v1/units/{id}': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/users': { access: READERS, target: 'unit', scope: 'subtree' },
  'POST /api/v1/users': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/users/{id}': { access: READERS, target: 'user', scope: 'subtree' },
  'PATCH /api/v1/users/{id}': { access: HA, target: 'user', scope: 'subtree' },
  'POST /api/v1/users/{id}/active': { access: HA, target: 'user', scope: 'subtree' },
  'POST /api/v1/users/{id}/reset-password': { access: HA, target: 'user', scope: 'subtree' },
  'GET /api/v1/audit': { access: ['sysadmin', 'home_affairs', 'inspector'] },

  'GET /api/v1/calendars': { access: 'official' },
  'POST /api/v1/calendars': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/calendars/{id}': { access: 'official', target: 'calendar' },
  'GET /api/v1/calendars/{id}/years/{year}': { access: 'official', target: 'calendar' },
  'PUT /api/v1/calendars/{id}/years/{year}': { access: HA, target: 'calendar', scope: 'subtree' },
  'DELETE /api/v1/calendars/{id}/years/{year}': { access: HA, target: 'calendar', scope: 'subtree' },
  'GET /api/v1/units/{unitId}/calendar': { access: 'official', target: 'unit' },
  'PUT /api/v1/units/{unitId}/calendar': { access: HA, target: 'unit', scope: 'subtree' },
  'PUT /api/v1/calendars/{id}/sessions': { access: HA, target: 'calendar', scope: 'subtree' },
  'POST /api/v1/calendars/{id}/import': { access: HA, target: 'calendar', scope: 'subtree' },
  'GET /api/v1/calendars/{id}/export.json': { access: 'official', target: 'calendar' },
  'GET /api/v1/calendars/{id}/export.ics': { access: 'official', target: 'calendar' },
  'POST /api/v1/public/deadline': { access: 'public' },

  'GET /api/v1/procedures': { access: 'public' },
  'POST /api/v1/procedures': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/procedures/fields': { access: 'public' },
  'GET /api/v1/procedures/export.json': { access: 'public' },
  'GET /api/v1/procedures/export.xlsx': { access: 'public' },
  'POST /api/v1/procedures/import': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/procedures/{id}': { access: 'public', target: 'procedure' },
  'PUT /api/v1/procedures/{id}/draft': { access: HA, target: 'procedure', scope: 'subtree' },
  'DELETE /api/v1/procedures/{id}/draft': { access: HA, target: 'procedure', scope: 'subtree' },
  'POST /api/v1/procedures/{id}/publish': { access: HA, target: 'procedure', scope: 'subtree' },
  'GET /api/v1/procedures/{id}/versions': { access: HA, target: 'procedure', scope: 'subtree' },
  'GET /api/v1/procedures/{id}/versions/{number}': { access: 'public', target: 'procedure' },
  'GET /api/v1/procedures/{id}/diff': { access: 'public', target: 'procedure' },
  'POST /api/v1/procedures/{id}/simulate': { access: 'public', target: 'procedure' },
  'POST /api/v1/procedures/{id}/templates': { access: HA, target: 'procedure', scope: 'subtree' },
  'GET /api/v1/public/templates/{id}': { access: 'public' },
  'PUT /api/v1/units/{unitId}/procedures/{procedureId}': {
    access: ['sysadmin', 'home_affairs', 'unit_leader', 'one_stop_head'],
    target: 'unit',
    scope: 'subtree',
  },

  'POST /api/v1/dossiers': { access: ['citizen', ...ONE_STOP] },
  'GET /api/v1/dossiers': { access: 'signed_in' },
  'GET /api/v1/dossiers/{id}': { access: 'official', target: 'dossier', scope: 'subtree', owner: true },
  'POST /api/v1/dossiers/{id}/actions': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  'GET /api/v1/dossiers/{id}/payment': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  'POST /api/v1/dossiers/{id}/payment': { access: ONE_STOP, target: 'dossier', scope: 'subtree' },
  'POST /api/v1/dossiers/{id}/payment/refund': {
    access: ['one_stop_head'],
    target: 'dossier',
    scope: 'subtree',
  },
  'GET /api/v1/dossiers/{id}/payment/receipt.{format}': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  'GET /api/v1/public/payment-receipt.{format}': { access: 'public' },
  // the fee report lists the dossiers of the reader's own subtree (checked by payments.report.api.test.ts)
  'GET /api/v1/payments/report': { access: FEE_REPORT_ROLES },
  'POST /api/v1/payments/webhook/{provider}': {
    access: 'public',
    note: 'no session: the body is signed with PAYMENT_WEBHOOK_SECRET (an unsigned one answers 400/401)',
  },
  'POST /api/v1/dev/payments/{id}/simulate': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
    note: 'only with DEV_TOOLS; sends a signed notification through the webhook',
  },
  'GET /api/v1/public/track': { access: 'public' },
  'GET /api/v1/dossiers/{id}/forms/{form}.{format}': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  'GET /api/v1/units/{unitId}/tracking-book.{format}': {
    access: ['sysadmin', 'reception', 'one_stop_head', 'unit_leader'],
    target: 'unit',
    scope: 'subtree',
  },
  // paper transfers: lists and batches are filtered to the official's subtree (sent from or to it)
  'GET /api/v1/paper-transfers/awaiting': { access: 'official' },
  'GET /api/v1/paper-transfers/late': { access: 'official' },
  'GET /api/v1/paper-transfers/batches': { access: 'official' },
  'POST /api/v1/paper-transfers/batches': { access: ONE_STOP },
  'GET /api/v1/paper-transfers/batches/{id}': { access: 'official' },
  'POST /api/v1/paper-transfers/batches/{id}/confirm': { access: 'official' },
  'GET /api/v1/paper-transfers/batches/{id}/slip.{format}': { access: 'official' },
  'GET /api/v1/dossiers/{id}/paper-transfer': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  // digitisation: marks by the receiving unit's one-stop; the citizen's own store
  'GET /api/v1/dossiers/{id}/digitisation': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  'POST /api/v1/dossiers/{id}/digitisation': {
    access: ['sysadmin', ...ONE_STOP],
    target: 'dossier',
    scope: 'subtree',
  },
  'GET /api/v1/personal-documents': { access: 'citizen' },
  // signed electronic results: readers of the dossier; by code and PIN; public verification
  'GET /api/v1/dossiers/{id}/signed-result': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  'GET /api/v1/dossiers/{id}/signed-result/file': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  'GET /api/v1/public/track/result': { access: 'public' },
  'GET /api/v1/public/signed-results/{id}': { access: 'public' },
  'POST /api/v1/public/signed-results/check': { access: 'public' },
  'POST /api/v1/attachments': { access: 'signed_in' },
  'GET /api/v1/attachments/{id}': { access: 'signed_in' },
  'GET /api/v1/notifications/dev-sink': { access: ['sysadmin', ...ONE_STOP] },
  'GET /api/v1/dossiers/{id}/notifications': { access: 'official', target: 'dossier', scope: 'subtree' },
  // the national portal queue of the whole country
  'GET /api/v1/portal-sync': { access: ['sysadmin'] },
  'POST /api/v1/portal-sync/retry': { access: ['sysadmin'] },
  'GET /api/v1/dossier-drafts': { access: 'signed_in' },
  'POST /api/v1/dossier-drafts': { access: 'signed_in' },
  'PUT /api/v1/dossier-drafts/{id}': { access: 'signed_in', target: 'draft', scope: 'owner' },
  'DELETE /api/v1/dossier-drafts/{id}': {
    access: 'signed_in',
    target: 'draft',
    scope: 'owner',
    destructive: true,
  },
  'GET /api/v1/population/{idNumber}': { access: ['reception', 'one_stop_head'] },

  'GET /api/v1/inspections/teams': { access: 'official' },
  'POST /api/v1/inspections/teams': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/inspections/checklists': { access: 'official' },
  'GET /api/v1/inspections': { access: READERS },
  'POST /api/v1/inspections': { access: ['sysadmin', 'inspector'] },
  'GET /api/v1/inspections/{id}': { access: 'official' },
  'PATCH /api/v1/inspections/{id}': { access: ['sysadmin', 'inspector'] },
  'POST /api/v1/inspections/{id}/findings': { access: ['sysadmin', 'inspector'] },
  'POST /api/v1/inspections/cases': {
    access: ['sysadmin', 'inspector', 'home_affairs'],
    target: 'unit',
    scope: 'subtree',
  },
  'GET /api/v1/inspections/findings': { access: READERS, note: "the default list is the unit's" },
  'GET /api/v1/inspections/findings/{id}': { access: 'official' },
  'POST /api/v1/inspections/findings/{id}/explanation': { access: 'official' },
  'POST /api/v1/inspections/findings/{id}/decision': { access: 'official' },
  'GET /api/v1/inspections/reports': { access: READERS, target: 'unit', scope: 'subtree' },
  'GET /api/v1/inspections/photos/{id}': { access: 'official' },

  'GET /api/v1/public/units/{id}/conduct-code': { access: 'public', target: 'unit' },
  'POST /api/v1/units/{id}/conduct-codes': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/conduct/my-code': { access: 'official' },
  'POST /api/v1/conduct/codes/{id}/acknowledge': { access: 'official' },
  'GET /api/v1/conduct/codes/{id}/acknowledgements': { access: READERS },
  'GET /api/v1/conduct/commitments': { access: 'official', target: 'unit', scope: 'subtree' },
  'POST /api/v1/conduct/commitments': {
    access: ['sysadmin', 'home_affairs', 'unit_leader'],
    target: 'unit',
    scope: 'subtree',
  },
  'GET /api/v1/conduct/rules': { access: 'official' },
  'GET /api/v1/discipline-plans': { access: 'official' },
  'POST /api/v1/discipline-plans': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/discipline-plans/{id}': { access: 'official' },
  'POST /api/v1/discipline-plans/actions/{id}/reports': {
    access: ['sysadmin', 'home_affairs', 'unit_leader', 'one_stop_head'],
  },
  'GET /api/v1/discipline-plans/{id}/reminders': { access: 'official' },

  'GET /api/v1/dossiers/{id}/late-work': { access: 'official', target: 'dossier', scope: 'subtree' },
  'POST /api/v1/dossiers/{id}/explanations': { access: 'official', target: 'dossier', scope: 'subtree' },
  'POST /api/v1/dossiers/{id}/apologies': {
    access: ['reception', 'one_stop_head', 'unit_leader', 'specialist'],
    target: 'dossier',
    scope: 'subtree',
  },
  'POST /api/v1/apologies/{id}/decision': { access: 'official' },
  'GET /api/v1/apologies/pending': { access: 'official' },
  'GET /api/v1/late-work/board': { access: 'official' },
  'GET /api/v1/late-work/discipline': {
    access: 'official',
    note: 'their own unit by default; another unit only in their subtree',
  },
  'GET /api/v1/late-work/alerts': { access: 'official' },
  'GET /api/v1/late-work/rules': { access: 'official' },
  'POST /api/v1/late-work/rules': { access: HA },
  'POST /api/v1/late-work/sweep': { access: ['sysadmin'] },
  'GET /api/v1/dev/clock': { access: 'dev_only' },
  'POST /api/v1/dev/clock': { access: 'dev_only' },

  'GET /api/v1/satisfaction/instruments': { access: 'official' },
  'POST /api/v1/satisfaction/instruments': { access: HA },
  'POST /api/v1/satisfaction/invitations': {
    access: ['sysadmin', 'reception', 'one_stop_head', 'unit_leader'],
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  'GET /api/v1/satisfaction/rateable': {
    access: ['citizen', 'sysadmin', 'reception', 'one_stop_head', 'unit_leader'],
  },
  'GET /api/v1/satisfaction/dashboard': { access: READERS, target: 'unit', scope: 'subtree' },
  'GET /api/v1/satisfaction/responses': { access: READERS, target: 'unit', scope: 'subtree' },
  'GET /api/v1/public/surveys/{token}': { access: 'public' },
  'POST /api/v1/public/surveys/{token}': { access: 'public' },
  'GET /api/v1/feedback/dossier-officials': {
    access: 'official',
    target: 'dossier',
    scope: 'subtree',
    owner: true,
  },
  'GET /api/v1/public/feedback/units': { access: 'public' },
  'GET /api/v1/public/feedback': { access: 'public' },
  'POST /api/v1/public/feedback/reaction': { access: 'public' },
  'POST /api/v1/feedback': {
    access: ['anonymous', 'citizen', 'sysadmin', 'reception', 'one_stop_head', 'unit_leader', 'home_affairs'],
    note: 'officials record feedback received at the counter or by phone',
  },
  'GET /api/v1/feedback': { access: ['citizen', ...READERS] },
  'GET /api/v1/feedback/stats': { access: READERS, target: 'unit', scope: 'subtree' },
  'GET /api/v1/feedback/policies': { access: 'official' },
  'PUT /api/v1/feedback/policies/{kind}': { access: HA },
  'GET /api/v1/feedback/{id}': { access: 'signed_in' },
  'POST /api/v1/feedback/{id}/take': { access: ['sysadmin', 'home_affairs', 'unit_leader', 'one_stop_head'] },
  'POST /api/v1/feedback/{id}/forward': {
    access: ['sysadmin', 'home_affairs', 'unit_leader', 'one_stop_head'],
  },
  'POST /api/v1/feedback/{id}/answer': {
    access: ['sysadmin', 'home_affairs', 'unit_leader', 'one_stop_head'],
  },
  'GET /api/v1/dialogues': { access: READERS, target: 'unit', scope: 'subtree' },
  'POST /api/v1/dialogues': {
    access: ['sysadmin', 'home_affairs', 'unit_leader'],
    target: 'unit',
    scope: 'subtree',
  },
  'GET /api/v1/dialogues/due': { access: READERS },
  'PUT /api/v1/dialogues/{id}': {
    access: ['sysadmin', 'home_affairs', 'unit_leader'],
    target: 'dialogue',
    scope: 'subtree',
  },
  'POST /api/v1/dialogues/{id}/publish': {
    access: ['sysadmin', 'home_affairs', 'unit_leader'],
    target: 'dialogue',
    scope: 'subtree',
  },
  'GET /api/v1/public/dialogues': { access: 'public' },

  'GET /api/v1/evaluation/frameworks': { access: 'official' },
  'POST /api/v1/evaluation/frameworks': { access: HA },
  'GET /api/v1/evaluation/periods': { access: 'official' },
  'POST /api/v1/evaluation/periods': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/evaluation/periods/{id}': {
    access: 'official',
    target: 'period',
    scope: 'covering',
  },
  'GET /api/v1/evaluation/periods/{id}/evaluations': {
    access: 'official',
    target: 'period',
    scope: 'covering',
  },
  'POST /api/v1/evaluation/periods/{id}/refresh': { access: HA, target: 'period', scope: 'subtree' },
  'POST /api/v1/evaluation/periods/{id}/lock': {
    access: ['sysadmin', 'home_affairs', 'unit_leader'],
    target: 'period',
    scope: 'subtree',
  },
  'POST /api/v1/evaluation/periods/{id}/publish': {
    access: ['sysadmin', 'home_affairs', 'unit_leader'],
    target: 'period',
    scope: 'subtree',
  },
  'GET /api/v1/evaluation/mine': { access: 'official' },
  'GET /api/v1/evaluation/records/{id}': {
    access: READERS,
    target: 'evaluation',
    scope: 'subtree',
    owner: true,
  },
  'GET /api/v1/evaluation/records/{id}/evidence': {
    access: READERS,
    target: 'evaluation',
    scope: 'subtree',
    owner: true,
  },
  'GET /api/v1/evaluation/records/{id}/report': {
    access: READERS,
    target: 'evaluation',
    scope: 'subtree',
    owner: true,
  },
  'POST /api/v1/evaluation/records/{id}/self-assessment': {
    access: 'official',
    target: 'evaluation',
    scope: 'owner',
  },
  'POST /api/v1/evaluation/records/{id}/review': {
    access: ['unit_leader', 'one_stop_head'],
    target: 'evaluation',
    scope: 'subtree',
  },
  'POST /api/v1/evaluation/records/{id}/review-absent': {
    access: ['unit_leader', 'one_stop_head'],
    target: 'evaluation',
    scope: 'subtree',
  },
  'POST /api/v1/evaluation/records/{id}/approve': {
    access: ['unit_leader'],
    target: 'evaluation',
    scope: 'subtree',
  },
  'POST /api/v1/evaluation/records/{id}/appeals': {
    access: 'official',
    target: 'evaluation',
    scope: 'owner',
  },
  'POST /api/v1/evaluation/appeals/{id}/decision': { access: ['unit_leader'] },
  'POST /api/v1/evaluation/yearly': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/evaluation/yearly': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/evaluation/hr-cases': { access: HA, target: 'unit', scope: 'subtree' },
  'GET /api/v1/public/evaluations': { access: 'public' },
  'GET /api/v1/public/evaluation-periods': { access: 'public' },
  'GET /api/v1/work-tasks': { access: 'official' },
  'POST /api/v1/work-tasks': { access: ['unit_leader', 'one_stop_head'], target: 'user', scope: 'subtree' },
  'POST /api/v1/work-tasks/{id}/decision': { access: ['unit_leader', 'one_stop_head'] },
  'POST /api/v1/work-tasks/{id}/complete': { access: 'official' },
  'POST /api/v1/work-tasks/{id}/cancel': { access: ['unit_leader', 'one_stop_head'] },

  'GET /api/v1/transparency/definitions': { access: 'public' },
  'GET /api/v1/transparency/units': { access: 'public' },
  'GET /api/v1/transparency/search': { access: 'public' },
  'GET /api/v1/transparency/units/{id}': { access: 'public', target: 'unit' },
  'GET /api/v1/transparency/export.{format}': { access: 'public' },
  'GET /api/v1/transparency/board/{id}': { access: 'public', target: 'unit' },
  'GET /api/v1/indicators/config': { access: HA },
  'POST /api/v1/indicators/config': { access: HA },
  'GET /api/v1/dashboards/leader': {
    access: ['sysadmin', 'home_affairs', 'unit_leader', 'one_stop_head', 'inspector'],
    target: 'unit',
    scope: 'subtree',
  },
};

/** Does the access class let this actor use the route (before any scope)? */
function isAccessAllowed(access: MatrixAccess, actor: MatrixActor): boolean {
  if (access === 'public') return true;
  if (actor.kind === 'anonymous') return typeof access !== 'string' && access.includes('anonymous');
  if (access === 'signed_in') return true;
  if (access === 'citizen') return actor.kind === 'citizen';
  if (access === 'official') return actor.kind === 'official';
  if (access === 'dev_only') return actor.roles.includes('sysadmin');
  if (actor.kind === 'citizen') return access.includes('citizen');
  return actor.roles.some((role) => access.includes(role));
}

/** The expected outcome of one request: may this actor use this route on this target? */
export function isAllowedByMatrix(
  rule: MatrixRule,
  actor: MatrixActor,
  target: MatrixTargetFixture | undefined,
): boolean {
  const isOwner = target?.owner === actor.name;
  if (rule.owner && isOwner) return true;
  if (!isAccessAllowed(rule.access, actor)) return false;
  if (!rule.scope || !target) return true;
  if (rule.scope === 'owner') return isOwner;
  if (actor.kind !== 'official' || !actor.unitPath) return false;
  if (actor.roles.includes('sysadmin') || target.unitPath.startsWith(actor.unitPath)) return true;
  return rule.scope === 'covering' && actor.unitPath.startsWith(target.unitPath);
}

/**
 * The satisfaction dashboard of a unit subtree and its responses. Figures come from SQL tallies turned into
 * rates by the pure formula; the period is a range of local days and selects dossiers by their return time.
 * Anonymous responses are presented without id, dossier, exact date or officials.
 */
import type { DashboardQuery, SatisfactionDashboard } from '../../../contracts/satisfaction.js';
import {
  computeLocalDayStart,
  computeLocalEpochDay,
  formatEpochDay,
  parseIsoDate,
  toEpochDay,
} from '../../../domain/calendar/index.js';
import { fail } from '../../../domain/errors.js';
import {
  computeIndices,
  computeResponseRate,
  createTally,
  DEFAULT_FORMULA_VERSION,
  getFormula,
  type SatisfactionFormula,
} from '../../../domain/satisfaction/formula.js';
import { SATISFACTION_ELEMENTS } from '../../../domain/satisfaction/instrument.js';
import { canReadSatisfaction } from '../../../domain/satisfaction/policy.js';
import type { RequestContext } from '../../context.js';
import type { Executor } from '../../db/types.js';
import * as s from './satisfaction.stats.queries.js';

const CHANNEL_LABELS: Record<string, string> = {
  kiosk: 'Thiết bị tại quầy',
  qr: 'Mã QR trên phiếu',
  sms: 'Tin nhắn SMS',
  zalo: 'Zalo',
  online: 'Tài khoản trực tuyến',
};

/** Resolves the unit (default: the actor's own) and the period (default: the last 12 months to today). */
export async function resolveScope(ctx: RequestContext, query: DashboardQuery) {
  const actor = ctx.actor;
  if (!actor) throw fail.unauthenticated();
  const unitId = query.unitId ?? actor.unitId;
  if (!unitId) throw fail.validation('Chọn đơn vị.', [{ path: 'unitId' }]);
  const db = ctx.deps.database.readDb;
  const unit = await s.findScopeUnit(db, unitId);
  if (!unit || !canReadSatisfaction(actor, unit.path)) throw fail.notFound('Không tìm thấy đơn vị.');
  const today = computeLocalEpochDay(ctx.deps.clock.now().getTime());
  const toDay = query.to ? toEpochDay(parseIsoDate(query.to)) : today;
  const fromDay = query.from ? toEpochDay(parseIsoDate(query.from)) : toDay - 364;
  if (fromDay > toDay) throw fail.validation('Khoảng thời gian không hợp lệ.', [{ path: 'from' }]);
  return {
    unit,
    fromDay,
    toDay,
    scope: {
      unitPath: unit.path,
      from: new Date(computeLocalDayStart(fromDay)),
      to: new Date(computeLocalDayStart(toDay + 1)),
    },
  };
}

async function breakdown(
  db: Executor,
  scope: s.StatsScope,
  by: s.GroupBy,
  formula: SatisfactionFormula,
  label: (key: string) => string,
) {
  const [tallies, returned] = await Promise.all([
    s.tallyResponses(db, scope, by),
    s.countReturned(db, scope, by),
  ]);
  const keys = new Set([...tallies.keys(), ...returned.keys()]);
  return [...keys].sort().map((key) => {
    const tally = tallies.get(key) ?? createTally();
    const handled = by === 'channel' ? null : (returned.get(key) ?? 0);
    return {
      key,
      label: label(key),
      returned: handled,
      responseRate: handled === null ? null : computeResponseRate(tally.responses, handled),
      indices: computeIndices(tally, formula),
    };
  });
}

/** The dashboard of a unit subtree over a period. */
export async function getDashboard(
  ctx: RequestContext,
  query: DashboardQuery,
): Promise<SatisfactionDashboard> {
  const { unit, fromDay, toDay, scope } = await resolveScope(ctx, query);
  const db = ctx.deps.database.readDb;
  const formula = getFormula(DEFAULT_FORMULA_VERSION);
  const [all, byChannel, byProcedure, byMonth, byOfficial, nationalInputs] = await Promise.all([
    breakdown(db, scope, 'all', formula, () => unit.full_name),
    breakdown(db, scope, 'channel', formula, (key) => CHANNEL_LABELS[key] ?? key),
    breakdown(db, scope, 'procedure', formula, (key) => key),
    breakdown(db, scope, 'month', formula, (key) => `${key.slice(5)}/${key.slice(0, 4)}`),
    breakdown(db, scope, 'official', formula, (key) => key),
    s.countNationalInputs(db, scope),
  ]);
  const procedureNames = await s.findNames(
    db,
    'procedure',
    byProcedure.map((row) => row.key),
  );
  const officialNames = await s.findNames(
    db,
    'app_user',
    byOfficial.map((row) => row.key),
  );
  const total = all[0];
  return {
    unit: { id: unit.id, name: unit.full_name },
    from: formatEpochDay(fromDay),
    to: formatEpochDay(toDay),
    formula: { version: formula.version, description: formula.description.vi },
    returned: nationalInputs.returned,
    responseRate: computeResponseRate(total?.indices.responses ?? 0, nationalInputs.returned),
    indices: total?.indices ?? computeIndices(createTally(), formula),
    byChannel,
    byProcedure: byProcedure
      .map((row) => ({ ...row, label: procedureNames.get(row.key) ?? row.key }))
      .sort((a, b) => b.indices.responses - a.indices.responses),
    byOfficial: byOfficial
      .map((row) => ({ ...row, label: officialNames.get(row.key) ?? row.key }))
      .sort((a, b) => b.indices.responses - a.indices.responses),
    byMonth,
    nationalInputs,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** A page of responses; anonymous ones without id, dossier code, day or officials. */
export async function listResponsesFor(
  ctx: RequestContext,
  query: DashboardQuery & { page: number; pageSize: number },
) {
  const { scope } = await resolveScope(ctx, query);
  const { rows, total } = await s.listResponses(ctx.deps.database.readDb, scope, query.page, query.pageSize);
  const items = rows.map((row) => {
    const day = new Date(
      computeLocalDayStart(computeLocalEpochDay(row.submitted_at.getTime())) + 12 * 3600_000,
    );
    const month = `${two(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
    const answers = row.answers as Record<string, unknown>;
    const scores = Object.fromEntries(
      SATISFACTION_ELEMENTS.map((element) => [element, row[`score_${element}`]]),
    );
    return {
      id: row.anonymous ? null : row.id,
      anonymous: row.anonymous,
      dossierCode: row.anonymous ? null : row.code,
      procedureName: row.procedure_name,
      submitted: row.anonymous ? month : `${two(day.getUTCDate())}/${month}`,
      channel: row.channel,
      scores,
      overallSatisfied: row.overall_satisfied,
      comment: typeof answers.comment === 'string' ? answers.comment : null,
      officials: row.anonymous ? [] : row.officials,
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

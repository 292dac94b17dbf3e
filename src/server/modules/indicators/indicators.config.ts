/**
 * Indicator configuration versions (migration 0016): read them, resolve the catalogue in force for a
 * period, and publish a new version (system and home-affairs administrators, audited). Versions are never
 * edited, and a version takes effect from the first day of a month not yet past, so published figures of
 * earlier periods never change.
 */
import {
  applyConfig,
  BASE_CATALOGUE,
  QD766_VERSION,
  INDICATOR_DEFINITIONS,
  INDICATOR_GROUPS,
  isAdjustable,
  toLocalDate,
  validateSettings,
  versionInForce,
  type Catalogue,
  type ConfigVersion,
  type IndicatorSettings,
} from '../../../domain/indicators/index.js';
import { isAdministrator } from '../../../domain/access/policy.js';
import { fail } from '../../../domain/errors.js';
import { auditFrom, type RequestContext } from '../../context.js';
import type { Db, Executor } from '../../db/types.js';
import { officialOf } from '../calendars/calendars.service.js';
import { appendAudit } from '../audit/audit.queries.js';
import {
  findMaxIndicatorConfigNumber,
  insertIndicatorConfig,
  listIndicatorConfigRows,
  lockIndicatorConfig,
} from './indicators.queries.js';

/** The versions, and the catalogue in force on a period's first day. */
export interface Catalogues {
  versions: readonly ConfigVersion[];
  forPeriod(periodStart: string): Catalogue;
}

// versions are immutable: a catalogue is built once per distinct version (keyed by its content, since
// tests run several databases in one process)
const built = new Map<string, Catalogue>();

function catalogueOf(version: ConfigVersion | null): Catalogue {
  if (!version) return BASE_CATALOGUE;
  const key = `${version.number}|${version.effectiveFrom}|${JSON.stringify(version.settings)}`;
  let catalogue = built.get(key);
  if (!catalogue) {
    catalogue = applyConfig(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, QD766_VERSION, version);
    built.set(key, catalogue);
  }
  return catalogue;
}

export interface ConfigRow extends ConfigVersion {
  note: string;
  createdAt: Date;
  createdBy: string | null;
}

async function listVersions(db: Executor): Promise<ConfigRow[]> {
  const rows = await listIndicatorConfigRows(db);
  return rows.map((r) => ({
    number: r.number,
    effectiveFrom: r.effective_from,
    settings: r.settings,
    note: r.note,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

/** Reads every version (a handful of rows) once for a request. */
export async function loadCatalogues(db: Db): Promise<Catalogues> {
  const versions = await listVersions(db);
  return { versions, forPeriod: (periodStart) => catalogueOf(versionInForce(versions, periodStart)) };
}

/** What the configuration screen shows: versions, the one in force this month and the adjustable indicators. */
export async function readIndicatorConfig(ctx: RequestContext) {
  const actor = officialOf(ctx);
  if (!isAdministrator(actor)) throw fail.forbidden();
  const versions = await listVersions(ctx.deps.database.readDb);
  const thisMonth = `${toLocalDate(ctx.deps.clock.now().getTime()).slice(0, 7)}-01`;
  const current = versionInForce(versions, thisMonth);
  const catalogue = catalogueOf(current);
  const inForce = new Map(catalogue.definitions.map((d) => [d.code, d]));
  return {
    currentVersion: current?.number ?? null,
    formulaVersion: catalogue.formulaVersion,
    earliestEffectiveFrom: thisMonth,
    groups: catalogue.groups
      .filter((g) => g.family === 'qd766')
      .map((g) => ({
        code: g.code,
        name: g.name,
        weight: g.weight,
        shippedWeight: INDICATOR_GROUPS.find((s) => s.code === g.code)?.weight ?? g.weight,
      })),
    indicators: INDICATOR_DEFINITIONS.filter(isAdjustable).map((d) => ({
      code: d.code,
      name: d.name,
      group: d.group,
      measured: d.formula.kind !== 'not_measured',
      scoring: d.scoring,
      shipped: { maxPoints: d.maxPoints, target: d.target },
      inForce: {
        maxPoints: inForce.get(d.code)?.maxPoints ?? null,
        target: inForce.get(d.code)?.target ?? null,
      },
    })),
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })).reverse(),
  };
}

export interface PublishConfigInput {
  effectiveFrom: string;
  note: string;
  settings: IndicatorSettings;
}

/**
 * Publishes a new version: settings checked against the shipped definitions (QĐ 766 points add up to 100),
 * effective from the first day of this month or a later one.
 */
export async function publishIndicatorConfig(ctx: RequestContext, input: PublishConfigInput) {
  const actor = officialOf(ctx);
  if (!isAdministrator(actor)) throw fail.forbidden();
  const thisMonth = `${toLocalDate(ctx.deps.clock.now().getTime()).slice(0, 7)}-01`;
  if (!input.effectiveFrom.endsWith('-01') || input.effectiveFrom < thisMonth) {
    throw fail.validation(
      'Cấu hình chỉ áp dụng từ ngày đầu của tháng hiện tại hoặc một tháng sau; số liệu các kỳ đã qua không thay đổi.',
      [{ path: 'effectiveFrom', code: 'effective_in_past' }],
    );
  }
  const problems = validateSettings(INDICATOR_DEFINITIONS, INDICATOR_GROUPS, input.settings);
  if (problems.length > 0) throw fail.validation(problems[0]!.message, problems);
  const { db } = ctx.deps.database;
  const now = ctx.deps.clock.now();
  await db.transaction().execute(async (trx) => {
    // one publisher at a time: the next number is taken under a lock
    await lockIndicatorConfig(trx);
    const number = (await findMaxIndicatorConfigNumber(trx)) + 1;
    await insertIndicatorConfig(trx, {
      number,
      effectiveFrom: input.effectiveFrom,
      settings: input.settings,
      note: input.note,
      createdBy: actor.userId,
      createdAt: now,
    });
    await appendAudit(
      trx,
      auditFrom(ctx, {
        action: 'indicators.config_publish',
        targetType: 'indicator_config',
        targetId: String(number),
        unitId: null,
        summary: {
          number,
          effectiveFrom: input.effectiveFrom,
          indicators: Object.keys(input.settings.indicators),
        },
      }),
    );
  });
  return readIndicatorConfig(ctx);
}

/**
 * The history generator, pure: for every day of the past `days` days before `now`, every receiving unit
 * gets a number of arrivals (at the counter and by post on working days, online on any day), each assigned
 * a procedure the unit offers, an applicant, and a code from the unit's daily sequence in arrival order;
 * each is then simulated through the real state machine. Same seed and inputs → the same dossiers.
 */
import {
  FIRST_EPOCH_DAY,
  addWorkingMinutes,
  computeLocalDayStart,
  computeLocalEpochDay,
  computeWeekday,
  formatEpochDay,
  nextWorkingInstant,
  type WorkingCalendar,
} from '../../../domain/calendar/index.js';
import { buildDossierCode } from '../../../domain/dossiers/code.js';
import { listCaseDocuments } from '../../../domain/dossiers/documents.js';
import type { Channel } from '../../../domain/dossiers/status.js';
import type { ProcedureDefinition } from '../../../domain/procedures/definition.js';
import { generateApplicant, type GeneratedApplicant } from './people.js';
import { createRandom, deriveSeed, type Random } from './random.js';
import type { HistoryShares } from './shares.js';
import { simulateDossier, type SimulatedDossier, type UnitActors } from './simulate.js';

/** A published procedure a unit offers, with its popularity. */
export interface HistoryProcedure {
  id: string;
  versionId: string;
  definition: ProcedureDefinition;
}

/** A receiving unit and everything needed to generate its dossiers. */
export interface HistoryUnit {
  id: string;
  code: string;
  /** Prefix of the unit's dossier codes (its own identifier, else its authority's). */
  codeId: string;
  authorityId: string;
  scopePath: string;
  /** Where applicants live, e.g. "phường Ba Đình, Hà Nội". */
  area: string;
  /** Share of dossiers submitted online. */
  onlineShare: number;
  /** Volume relative to `perUnitDay`. */
  weight: number;
  calendarVersionId: string;
  calendar: WorkingCalendar;
  actors: UnitActors;
  procedures: HistoryProcedure[];
  /** A registered citizen who submits a few of this unit's online dossiers, or null. */
  citizen: { id: string; fullName: string; idNumber: string; phone: string } | null;
}

export interface GenerationOptions {
  seed: number;
  now: number;
  /** Days of history before `now` (the day of `now` included). */
  days: number;
  /** Mean arrivals per working day of a unit of weight 1. */
  perUnitDay: number;
  shares: HistoryShares;
}

/** One generated dossier: what the row needs besides the derived state. */
export interface GeneratedDossier {
  id: string;
  code: string;
  /** Local day of the code ('YYYY-MM-DD') and the number in that day's sequence. */
  day: string;
  sequence: number;
  unit: HistoryUnit;
  procedure: HistoryProcedure;
  variantId: string | null;
  channel: Channel;
  applicant: GeneratedApplicant;
  applicantUserId: string | null;
  documents: { documentId: string; provided: boolean }[];
  pin: string;
  simulated: SimulatedDossier;
}

// Monday-heavy weeks, as counters see them (index = weekday, 0 = Sunday)
const WEEKDAY_FACTOR = [1, 1.2, 1.05, 1, 1, 0.85, 1];
// online submissions by hour of day
const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.3, 0.5, 1, 2, 5, 8, 9, 9, 7, 4, 4, 7, 8, 8, 7, 5, 5, 5, 4, 3, 2];

function isWorkingDay(calendar: WorkingCalendar, epochDay: number): boolean {
  return calendar.dayProfile[epochDay - FIRST_EPOCH_DAY] !== 0;
}

/** Rounds up with probability equal to the fraction, so small means still give whole arrivals. */
function roundRandomly(random: Random, value: number): number {
  const whole = Math.floor(value);
  return whole + (random.chance(value - whole) ? 1 : 0);
}

function arrivalTimes(random: Random, unit: HistoryUnit, epochDay: number, mean: number) {
  const { calendar } = unit;
  const dayStart = computeLocalDayStart(epochDay);
  const working = isWorkingDay(calendar, epochDay);
  const online = roundRandomly(
    random,
    mean * unit.onlineShare * (working ? 1 : 0.12) * random.between(0.7, 1.3),
  );
  const counter = working
    ? roundRandomly(random, mean * (1 - unit.onlineShare) * random.between(0.7, 1.3))
    : 0;
  const arrivals: { at: number; online: boolean }[] = [];
  for (let i = 0; i < online; i += 1) {
    const hour = random.weighted(HOUR_WEIGHTS);
    arrivals.push({ at: dayStart + hour * 3_600_000 + random.int(0, 3_599) * 1000, online: true });
  }
  const opens = working ? nextWorkingInstant(calendar, dayStart) : 0;
  for (let i = 0; i < counter; i += 1) {
    const at = addWorkingMinutes(calendar, opens, random.between(0, calendar.minutesPerWorkingDay - 5));
    if (computeLocalEpochDay(at) === epochDay) arrivals.push({ at: at - (at % 1000), online: false });
  }
  return arrivals.sort((a, b) => a.at - b.at);
}

function procedureWeights(seed: number, procedures: readonly HistoryProcedure[]): number[] {
  // a few procedures (birth registration, certified copies) make most of the volume
  return procedures.map((p) => 0.15 + (deriveSeed(seed, p.definition.code) / 2 ** 32) ** 2 * 3);
}

/** Generates the units' dossiers day by day (oldest first), yielding one day of one unit at a time. */
export function* generateHistory(
  units: readonly HistoryUnit[],
  options: GenerationOptions,
): Generator<GeneratedDossier[]> {
  const random = createRandom(options.seed);
  const weights = new Map(units.map((u) => [u.id, procedureWeights(options.seed, u.procedures)]));
  const today = computeLocalEpochDay(options.now);
  for (let epochDay = today - options.days + 1; epochDay <= today; epochDay += 1) {
    const day = formatEpochDay(epochDay);
    for (const unit of units) {
      if (unit.procedures.length === 0) continue;
      const mean = options.perUnitDay * unit.weight * WEEKDAY_FACTOR[computeWeekday(epochDay)]!;
      const arrivals = arrivalTimes(random, unit, epochDay, mean).filter((a) => a.at <= options.now);
      yield arrivals.map((arrival, index) => {
        const procedure = unit.procedures[random.weighted(weights.get(unit.id)!)]!;
        const sequence = index + 1;
        return createDossier(random, unit, procedure, arrival, options, {
          day,
          sequence,
          code: buildDossierCode(unit.codeId, day, sequence),
        });
      });
    }
  }
}

function pickChannel(random: Random, online: boolean, shares: HistoryShares): Channel {
  if (online) return 'online';
  return random.chance(shares.postal) ? 'postal' : 'counter';
}

function createDossier(
  random: Random,
  unit: HistoryUnit,
  procedure: HistoryProcedure,
  arrival: { at: number; online: boolean },
  options: GenerationOptions,
  numbering: { day: string; sequence: number; code: string },
): GeneratedDossier {
  const { definition } = procedure;
  const variantId =
    definition.variants.length > 0 && random.chance(0.25) ? random.pick(definition.variants).id : null;
  const channel = pickChannel(random, arrival.online, options.shares);
  const citizen = arrival.online && unit.citizen && random.chance(0.01) ? unit.citizen : null;
  const applicant = generateApplicant(random, unit.area);
  if (citizen)
    Object.assign(applicant, {
      fullName: citizen.fullName,
      idNumber: citizen.idNumber,
      phone: citizen.phone,
    });
  const simulated = simulateDossier({
    context: { definition, variantId, calendar: unit.calendar },
    channel,
    arrivedAt: arrival.at,
    now: options.now,
    actors: unit.actors,
    applicantUserId: citizen?.id ?? null,
    shares: options.shares,
    random,
  });
  return {
    id: random.uuid(),
    ...numbering,
    unit,
    procedure,
    variantId,
    channel,
    applicant,
    applicantUserId: citizen?.id ?? null,
    documents: listCaseDocuments(definition, variantId).map((doc) => ({
      documentId: doc.id,
      provided: true,
    })),
    pin: random.digits(6),
    simulated,
  };
}

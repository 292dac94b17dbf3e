/**
 * The typed arrays behind a working calendar: per session profile (a distinct list of daily sessions),
 * minute-of-day ↔ working-minute maps; per day, cumulative working minutes and working-day ordinals.
 */
import { formatDailySessions, type DailySessions } from './sessions.js';

/** Minutes in a day; a profile's minute tables have this many (+1) entries per profile. */
export const MINUTES_PER_DAY = 1440;
/** Stride of `profileMinutesBefore` (one entry per minute boundary 0…1440). */
export const PROFILE_STRIDE = MINUTES_PER_DAY + 1;

/** Minute tables of the distinct session profiles; profile 0 is always the empty one. */
export interface ProfileTables {
  /** profile × 1441 + minute → working minutes of that profile's day before that minute of day. */
  readonly profileMinutesBefore: Int32Array;
  /** profile × 1440 + k → minute of day of the k-th (0-based) working minute of that profile's day. */
  readonly profileMinuteOfDay: Int16Array;
  /** profile → working minutes in the day. */
  readonly profileLength: Int32Array;
}

/** Profiles built from a list of daily sessions, with the profile index of each list entry. */
export interface BuiltProfiles {
  readonly weekdayProfile: readonly number[];
  readonly tables: ProfileTables;
}

/** Deduplicates the given daily sessions into profiles (index 0 = no sessions) and tabulates each. */
export function buildSessionProfiles(sessionLists: readonly DailySessions[]): BuiltProfiles {
  const keys = [''];
  const distinct: DailySessions[] = [[]];
  const weekdayProfile = sessionLists.map((sessions) => {
    const key = formatDailySessions(sessions);
    let index = keys.indexOf(key);
    if (index < 0) {
      index = keys.push(key) - 1;
      distinct.push(sessions);
    }
    return index;
  });
  const profileMinutesBefore = new Int32Array(distinct.length * PROFILE_STRIDE);
  const profileMinuteOfDay = new Int16Array(distinct.length * MINUTES_PER_DAY);
  const profileLength = new Int32Array(distinct.length);
  distinct.forEach((sessions, p) => {
    let worked = 0;
    for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) {
      profileMinutesBefore[p * PROFILE_STRIDE + minute] = worked;
      if (sessions.some((s) => s.start <= minute && minute < s.end)) {
        profileMinuteOfDay[p * MINUTES_PER_DAY + worked] = minute;
        worked += 1;
      }
    }
    profileMinutesBefore[p * PROFILE_STRIDE + MINUTES_PER_DAY] = worked;
    profileLength[p] = worked;
  });
  return { weekdayProfile, tables: { profileMinutesBefore, profileMinuteOfDay, profileLength } };
}

/** Cumulative tables over days, and the bucket index that finds the day holding a working minute. */
export interface DayTables {
  /** Per day (plus one sentinel): working minutes from day 0 up to that day's start. */
  readonly minutesBefore: Int32Array;
  /** Per day (plus one sentinel): working days before that day. */
  readonly workingDaysBefore: Int32Array;
  /** Per working-day ordinal (plus one sentinel = day count): its day index. */
  readonly workingDayIndex: Int32Array;
  /** Per working-day ordinal (plus one sentinel = total): working minutes before it. */
  readonly workingDayMinutesBefore: Int32Array;
  /** Bucket j → ordinal of the working day holding working minute j × bucketMinutes. */
  readonly buckets: Int32Array;
  readonly bucketMinutes: number;
  /** Total working minutes in the covered span. */
  readonly totalMinutes: number;
}

/** Smallest bucket; keeps the bucket array small even with very short working days. */
const MIN_BUCKET_MINUTES = 30;

/**
 * Accumulates working minutes and working days per day. Buckets are no longer than the shortest working
 * day (unless it is under 30 minutes), so locating a working minute scans at most a couple of days.
 */
export function indexWorkingMinutes(dayProfile: Uint8Array, tables: ProfileTables): DayTables {
  const dayCount = dayProfile.length;
  const minutesBefore = new Int32Array(dayCount + 1);
  const workingDaysBefore = new Int32Array(dayCount + 1);
  let minutes = 0;
  let workingDays = 0;
  let shortest = Infinity;
  for (let day = 0; day < dayCount; day += 1) {
    minutesBefore[day] = minutes;
    workingDaysBefore[day] = workingDays;
    const length = tables.profileLength[dayProfile[day]!]!;
    if (length > 0) {
      minutes += length;
      workingDays += 1;
      shortest = Math.min(shortest, length);
    }
  }
  minutesBefore[dayCount] = minutes;
  workingDaysBefore[dayCount] = workingDays;
  const workingDayIndex = new Int32Array(workingDays + 1);
  const workingDayMinutesBefore = new Int32Array(workingDays + 1);
  for (let day = 0, k = 0; day < dayCount; day += 1) {
    if (tables.profileLength[dayProfile[day]!]! === 0) continue;
    workingDayIndex[k] = day;
    workingDayMinutesBefore[k] = minutesBefore[day]!;
    k += 1;
  }
  workingDayIndex[workingDays] = dayCount;
  workingDayMinutesBefore[workingDays] = minutes;
  const bucketMinutes = Math.max(MIN_BUCKET_MINUTES, Number.isFinite(shortest) ? shortest : 1);
  const buckets = new Int32Array(Math.floor(minutes / bucketMinutes) + 1);
  for (let j = 0, k = 0; j < buckets.length; j += 1) {
    while (k < workingDays && workingDayMinutesBefore[k + 1]! <= j * bucketMinutes) k += 1;
    buckets[j] = k;
  }
  return {
    minutesBefore,
    workingDaysBefore,
    workingDayIndex,
    workingDayMinutesBefore,
    buckets,
    bucketMinutes,
    totalMinutes: minutes,
  };
}

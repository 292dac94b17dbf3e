/**
 * Astronomical core of the Vietnamese lunar calendar, after Hồ Ngọc Đức's published algorithm
 * ("Âm lịch Việt Nam", based on Jean Meeus, Astronomical Algorithms). Days are Julian day numbers;
 * `timeZone` is the offset in hours used to decide on which local day a new moon falls (7 for Vietnam,
 * 8 reproduces the Chinese calendar). Accurate well beyond 1900–2100.
 */

const DEG = Math.PI / 180;
/** Julian day number of the new moon of 1900-01-01 (k = 0 in the series below). */
const NEW_MOON_EPOCH = 2415021.076998695;
const SYNODIC_MONTH = 29.530588853;

/** Julian day number of the local day holding the k-th new moon after 1900-01-01. */
export function computeNewMoonDay(k: number, timeZone: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DEG) + 0.0021 * Math.sin(2 * DEG * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * DEG) + 0.0161 * Math.sin(DEG * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(DEG * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(DEG * 2 * f) - 0.0051 * Math.sin(DEG * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(DEG * (m - mpr)) + 0.0004 * Math.sin(DEG * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(DEG * (2 * f - m)) - 0.0006 * Math.sin(DEG * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(DEG * (2 * f - mpr)) + 0.0005 * Math.sin(DEG * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  const jdNew = jd1 + c1 - deltaT;
  return Math.floor(jdNew + 0.5 + timeZone / 24);
}

/**
 * Sun longitude at local midnight starting day `jdn`, as one of 12 sectors of 30° (0 = 0°–30°, …);
 * sector changes mark the principal solar terms (trung khí) that decide leap months.
 */
export function computeSunLongitudeSector(jdn: number, timeZone: number): number {
  const t = (jdn - 2451545.5 - timeZone / 24) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DEG * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DEG * 2 * m) + 0.00029 * Math.sin(DEG * 3 * m);
  let l = (l0 + dl) * DEG;
  l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
  return Math.floor((l / Math.PI) * 6);
}

/** Index k of the lunation that starts at or just before Julian day `jdn` (approximate, ±1). */
export function estimateLunationIndex(jdn: number): number {
  return Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/** Julian day number of the first day of the 11th lunar month (holding the winter solstice) of `year`. */
export function computeMonth11Start(year: number, timeZone: number): number {
  const jdnDec31 = computeJulianDay(year, 12, 31);
  const k = Math.floor((jdnDec31 - 2415021) / SYNODIC_MONTH);
  const newMoon = computeNewMoonDay(k, timeZone);
  if (computeSunLongitudeSector(newMoon, timeZone) >= 9) return computeNewMoonDay(k - 1, timeZone);
  return newMoon;
}

/**
 * In a lunar year with 13 months, the offset (in months after month 11 starting at `month11Start`) of the
 * first month without a principal solar term: that month is the leap month.
 */
export function computeLeapMonthOffset(month11Start: number, timeZone: number): number {
  const k = Math.floor((month11Start - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = computeSunLongitudeSector(computeNewMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = computeSunLongitudeSector(computeNewMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/** Index k of the lunation starting on the 11th month beginning at `month11Start`. */
export function computeLunationIndexOfMonth11(month11Start: number): number {
  return Math.floor(0.5 + (month11Start - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/** Julian day number of a Gregorian date. */
export function computeJulianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/**
 * The name a unit bore at an instant. Units are renamed with the law: from 1 July 2025 (ND 118/2025/NĐ-CP)
 * the one-stop of a commune or ward is the "Trung tâm Phục vụ hành chính công xã/phường …", before it was
 * the "Bộ phận Một cửa …". A dossier keeps what was in force when it was received (domain.md §2), so its
 * forms name the unit as it was then. Former names are stored with the last local day each was in use.
 */
// the calendar's small modules, not its index: the web app imports this file too
import { formatEpochDay } from '../calendar/civil-date.js';
import { computeLocalEpochDay } from '../calendar/instant.js';

export interface UnitName {
  name: string;
  fullName: string;
}

/** A name the unit had until `validUntil` (a local date `YYYY-MM-DD`, inclusive). */
export interface FormerUnitName extends UnitName {
  validUntil: string;
}

/**
 * The unit's name at `at` (epoch ms): the former name with the earliest last day on or after the local date
 * of `at`, or the current name when every former name ended before it.
 */
export function chooseUnitNameAt(
  current: UnitName,
  formers: readonly FormerUnitName[],
  at: number,
): UnitName {
  const day = formatEpochDay(computeLocalEpochDay(at));
  const inUse = formers
    .filter((former) => former.validUntil >= day)
    .sort((a, b) => a.validUntil.localeCompare(b.validUntil))[0];
  return inUse ? { name: inUse.name, fullName: inUse.fullName } : current;
}

/**
 * The simulator's receipt time is a Vietnam wall-clock time whatever the browser's own zone is: the picker
 * shows Vietnam time, and the chosen time is sent with the +07:00 offset.
 */
import { TIME_ZONE } from '../../app/i18n/format';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Vietnam wall-clock time of an instant as `YYYY-MM-DDTHH:mm`. */
export function vietnamWallClock(instant: Date): string {
  const p: Record<string, string> = {};
  for (const part of parts.formatToParts(instant)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** A Vietnam wall-clock time (`YYYY-MM-DDTHH:mm`) as an ISO instant with its offset, for the API. */
export function vietnamIso(wallClock: string): string {
  return `${wallClock}:00+07:00`;
}

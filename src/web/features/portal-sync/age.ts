/** How long the oldest change has waited, as the screen words it: minutes, hours and minutes, or days and hours. */
export type AgeWording =
  | { key: 'age.none' }
  | { key: 'age.minutes'; values: { n: number } }
  | { key: 'age.hours'; values: { h: number; m: number } }
  | { key: 'age.days'; values: { d: number; h: number } };

/** The wording of an age in seconds (null: nothing waits). */
export function describeAge(seconds: number | null): AgeWording {
  if (seconds === null) return { key: 'age.none' };
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return { key: 'age.minutes', values: { n: minutes } };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { key: 'age.hours', values: { h: hours, m: minutes % 60 } };
  return { key: 'age.days', values: { d: Math.floor(hours / 24), h: hours % 24 } };
}

/** How each kind of day looks in the month grids and the legend. */
import type { CSSProperties } from 'react';
import type { CalendarDayKind } from '../../../contracts/calendars';

/** Background, border and text colour of a day of this kind. */
export const DAY_KIND_STYLES: Record<CalendarDayKind, CSSProperties> = {
  working: { background: '#ffffff', borderColor: '#f0f0f0', color: 'rgba(0, 0, 0, 0.88)' },
  weekend: { background: '#f5f5f5', borderColor: '#f0f0f0', color: '#8c8c8c' },
  day_off: { background: '#fff1f0', borderColor: '#ffa39e', color: '#cf1322' },
  extra_working: { background: '#e6f4ff', borderColor: '#91caff', color: '#0958d9' },
};

/** The order the legend lists the kinds in. */
export const DAY_KINDS_IN_LEGEND: readonly CalendarDayKind[] = [
  'working',
  'weekend',
  'day_off',
  'extra_working',
];

/** Marks a day changed on screen but not saved yet. */
export const CHANGED_OUTLINE: CSSProperties = { outline: '2px dashed #fa8c16', outlineOffset: -2 };

/** Marks today. */
export const TODAY_RING: CSSProperties = { boxShadow: 'inset 0 0 0 2px #0b5cad' };

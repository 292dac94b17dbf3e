import { describe, expect, it } from 'vitest';
import { vietnamIso, vietnamWallClock } from './simulator-time';

describe('the simulator reads and sends Vietnam time', () => {
  it('shows an instant as Vietnam wall-clock time, across midnight UTC', () => {
    expect(vietnamWallClock(new Date('2026-03-05T18:30:00Z'))).toBe('2026-03-06T01:30');
    expect(vietnamWallClock(new Date('2026-12-31T16:59:59Z'))).toBe('2026-12-31T23:59');
  });

  it('sends the chosen time with the +07:00 offset, the same instant back', () => {
    const iso = vietnamIso('2026-03-06T01:30');
    expect(iso).toBe('2026-03-06T01:30:00+07:00');
    expect(new Date(iso).toISOString()).toBe('2026-03-05T18:30:00.000Z');
  });
});

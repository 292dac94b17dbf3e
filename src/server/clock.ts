/** The clock behind a small interface, so tests can fix or move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests. */
export class ManualClock implements Clock {
  private current: number;
  private readonly start: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
    this.start = this.current;
  }

  reset(): void {
    this.current = this.start;
  }

  /** Jumps to a given instant (forward or back). */
  setTo(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }
}

/** A clock that can be moved (tests' ManualClock, the development clock). */
export interface MovableClock extends Clock {
  advanceMinutes(minutes: number): void;
  /** Back to the starting time (the system time for the development clock). */
  reset?(): void;
}

/** True when the clock can be moved (a development-only control uses it). */
export function isMovableClock(clock: Clock): clock is MovableClock {
  return typeof (clock as Partial<MovableClock>).advanceMinutes === 'function';
}

/** The system time shifted by an offset; development only, to see late work happen without waiting. */
export class OffsetClock implements MovableClock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advanceMinutes(minutes: number): void {
    this.offsetMs += minutes * 60_000;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

/**
 * Attempt limits (login, tracking secrets, registration, feedback) as data: how many attempts a key may
 * make in a window and how long it then waits. The server counts an attempt BEFORE checking the secret
 * (`server/http/attempts.ts`), so parallel requests cannot slip past a limit.
 */

/** What a key may do. */
export interface AttemptPolicy {
  /** A window older than this starts afresh (for backoff policies: failures are forgotten after it). */
  windowSeconds: number;
  /** Attempts allowed in a window; once reached, the key waits for the window's end. `null`: no cap. */
  maxPerWindow: number | null;
  /** Seconds to wait after the n-th attempt of the window (entry n − 1); the last entry repeats. */
  backoffSeconds: readonly number[];
  /**
   * What a successful attempt does to the count: give its attempt back (`refund`: only failures count),
   * forget every failure (`clear`), or nothing (`keep`: every attempt counts, e.g. anonymous submissions).
   */
  onSuccess: 'refund' | 'clear' | 'keep';
}

/**
 * Increasing delays: no wait after the first `free − 1` attempts, then `base` seconds after the `free`-th,
 * doubling after each further one up to `cap` seconds.
 */
export function computeBackoffSchedule(free: number, base: number, cap: number): number[] {
  const schedule: number[] = [];
  for (let n = 1; n < free; n += 1) schedule.push(0);
  for (let wait = base; ; wait *= 2) {
    schedule.push(Math.min(wait, cap));
    if (wait >= cap) return schedule;
  }
}

/**
 * Wrong passwords on one account (known or not: an unknown login name is keyed by the name, so both answer
 * alike). Five attempts without waiting, then 1 s, 2 s, 4 s … doubling up to 15 minutes between attempts;
 * failures are forgotten a day after the first one, and a successful sign-in clears them. A stranger's few
 * wrong passwords cost the real user seconds, never a 15-minute lock-out.
 */
export const LOGIN_ACCOUNT_POLICY: AttemptPolicy = {
  windowSeconds: 24 * 3600,
  maxPerWindow: null,
  backoffSeconds: computeBackoffSchedule(5, 1, 15 * 60),
  onSuccess: 'clear',
};

/** Failed sign-ins from one client address: 30 per 15 minutes (a success gives its attempt back). */
export const LOGIN_ADDRESS_POLICY: AttemptPolicy = {
  windowSeconds: 15 * 60,
  maxPerWindow: 30,
  backoffSeconds: [],
  onSuccess: 'refund',
};

/** Refused registrations from one client address: 10 per hour (they would tell which details exist). */
export const REGISTER_ADDRESS_POLICY: AttemptPolicy = {
  windowSeconds: 3600,
  maxPerWindow: 10,
  backoffSeconds: [],
  onSuccess: 'refund',
};

/**
 * Wrong secrets for one dossier or feedback code: 10 per hour, whoever tries (the 6-digit PIN has 10^6
 * values, so guessing it takes about 50,000 hours). A citizen locked out signs in or asks the counter.
 */
export const SECRET_CODE_POLICY: AttemptPolicy = {
  windowSeconds: 3600,
  maxPerWindow: 10,
  backoffSeconds: [],
  onSuccess: 'refund',
};

/** Wrong tracking or feedback secrets from one client address: 20 per 15 minutes. */
export const SECRET_ADDRESS_POLICY: AttemptPolicy = {
  windowSeconds: 15 * 60,
  maxPerWindow: 20,
  backoffSeconds: [],
  onSuccess: 'refund',
};

/** Feedback sent without signing in, from one client address: `perHour` a rolling hour (configuration). */
export function anonymousFeedbackPolicy(perHour: number): AttemptPolicy {
  return { windowSeconds: 3600, maxPerWindow: perHour, backoffSeconds: [], onSuccess: 'keep' };
}

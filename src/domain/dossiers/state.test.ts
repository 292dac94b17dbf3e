import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, formatInstant, parseInstant } from '../calendar/index.js';
import { AppError } from '../errors.js';
import { ProcedureDefinition } from '../procedures/definition.js';
import { sampleDefinition } from '../procedures/sample-definition.js';
import {
  applyAction,
  deriveDossierState,
  INITIAL_STATE,
  listAllowedActions,
  type DossierAction,
  type DossierContext,
  type DossierState,
} from './state.js';
import { DOSSIER_ACTIONS, type DossierActionType } from './status.js';

const calendar = createWorkingCalendar();
/** A pause only counts with its legal basis named; `pause-unfounded` is a pause without one. */
const context = (mode: 'pause' | 'pause-unfounded' | 'restart' = 'restart'): DossierContext => ({
  definition: ProcedureDefinition.parse({
    ...sampleDefinition(),
    supplementMode: mode === 'restart' ? 'restart' : 'pause',
    ...(mode === 'pause' ? { supplementPauseBasis: 'Luật chuyên ngành thử nghiệm, Điều 9' } : {}),
  }),
  variantId: null,
  calendar,
});

let seq = 0;
const act = (
  type: DossierActionType,
  at: string,
  payload: Record<string, unknown> = {},
  actorId = 'officer',
): DossierAction => ({
  seq: ++seq,
  type,
  at: parseInstant(at),
  actorId,
  payload,
});
const iso = (ms: number | null) => (ms === null ? null : formatInstant(ms));

describe('dossier lifecycle', () => {
  it('runs a counter dossier from receipt through every step to its return, with step due times', () => {
    const ctx = context();
    const state = deriveDossierState(
      [
        act('accept', '2026-03-02T08:00:00+07:00', {}, 'reception'),
        act('forward', '2026-03-02T10:00:00+07:00', { toUserId: 'specialist' }),
        act('forward', '2026-03-04T16:00:00+07:00'),
        act('sign', '2026-03-05T09:00:00+07:00'),
        act('return_result', '2026-03-05T14:00:00+07:00'),
      ],
      ctx,
    );
    expect(state).toMatchObject({ status: 'returned', outcome: 'granted', stepIndex: null });
    expect(iso(state.dueAt)).toBe('2026-03-05T08:00:00+07:00');
    expect(state.periods.map((p) => [p.stepId, p.holderId, iso(p.dueAt), p.outcome])).toEqual([
      ['tiep_nhan', 'reception', '2026-03-02T13:30:00+07:00', 'on_time'],
      ['tham_dinh', 'specialist', '2026-03-04T10:00:00+07:00', 'late'],
      ['phe_duyet', null, '2026-03-05T10:30:00+07:00', 'on_time'],
    ]);
  });

  it('pauses the clock for a supplement and resumes with the time left, where the procedure law says so', () => {
    const ctx = context('pause');
    const state = deriveDossierState(
      [
        act('accept', '2026-03-02T08:00:00+07:00'),
        act('forward', '2026-03-02T09:00:00+07:00'),
        act('request_supplement', '2026-03-02T10:00:00+07:00'),
        act('supplement_received', '2026-03-09T10:00:00+07:00'),
      ],
      ctx,
    );
    expect(state.status).toBe('processing');
    // due was Thu 05/03 08:00; paused Monday 10:00 for a week → one week later
    expect(iso(state.dueAt)).toBe('2026-03-12T08:00:00+07:00');
    expect(iso(state.stepDueAt)).toBe('2026-03-11T09:00:00+07:00');
  });

  it.each(['restart', 'pause-unfounded'] as const)(
    'restarts the legal time from zero from the complete dossier (%s)',
    (mode) => {
      const state = deriveDossierState(
        [
          act('accept', '2026-03-02T08:00:00+07:00'),
          act('forward', '2026-03-02T09:00:00+07:00'),
          act('request_supplement', '2026-03-02T10:00:00+07:00'),
          act('supplement_received', '2026-03-09T10:00:00+07:00'),
        ],
        context(mode),
      );
      // the full 3 working days again from Monday 9 March 10:00, not the 2.75 days that were left
      expect(iso(state.dueAt)).toBe('2026-03-12T10:00:00+07:00');
      expect(state.stepId).toBe('tham_dinh');
      expect(iso(state.stepDueAt)).toBe('2026-03-11T10:00:00+07:00');
      expect(state.supplementRequests).toBe(1);
    },
  );

  it('restarts by default: a definition without a supplement mode restarts', () => {
    const { supplementMode: _mode, ...rest } = sampleDefinition();
    const definition = ProcedureDefinition.parse(rest);
    expect(definition.supplementMode).toBe('restart');
  });

  it('counts requests after receipt only: a request at reception is not one', () => {
    const ctx = context();
    const state = deriveDossierState(
      [
        act('submit', '2026-03-02T08:00:00+07:00'),
        act('request_supplement', '2026-03-02T08:30:00+07:00'),
        act('supplement_received', '2026-03-03T08:00:00+07:00'),
        act('accept', '2026-03-03T08:10:00+07:00'),
      ],
      ctx,
    );
    expect(state.supplementRequests).toBeUndefined();
    expect(iso(state.dueAt)).toBe('2026-03-06T08:10:00+07:00');
  });

  it('returns to the previous step and its holder', () => {
    const state = deriveDossierState(
      [
        act('accept', '2026-03-02T08:00:00+07:00', {}, 'reception'),
        act('forward', '2026-03-02T09:00:00+07:00'),
        act('return', '2026-03-02T10:00:00+07:00'),
      ],
      context(),
    );
    expect(state).toMatchObject({ stepId: 'tiep_nhan', holderId: 'reception', status: 'processing' });
  });

  it('refuses actions the workflow step does not allow, with a clear message', () => {
    const state = deriveDossierState([act('accept', '2026-03-02T08:00:00+07:00')], context());
    expect(() => applyAction(state, act('sign', '2026-03-02T09:00:00+07:00'), context())).toThrow(
      /không cho phép/,
    );
  });

  it('answers every action from every reachable state with a new state or invalid_transition', () => {
    const ctx = context();
    const paths: DossierActionType[][] = [
      [],
      ['submit'],
      ['accept'],
      ['accept', 'forward'],
      ['submit', 'request_supplement'],
      ['accept', 'forward', 'request_supplement'],
      ['submit', 'reject'],
      ['accept', 'forward', 'forward', 'sign'],
      ['accept', 'forward', 'forward', 'sign', 'return_result'],
      ['accept', 'stop'],
      ['accept', 'request_withdrawal'],
      ['accept', 'forward', 'consult'],
    ];
    const states: DossierState[] = paths.map((path) =>
      path.reduce(
        (s, type) => applyAction(s, act(type, '2026-03-03T09:00:00+07:00', { userId: 'u' }), ctx),
        INITIAL_STATE,
      ),
    );
    let allowed = 0;
    for (const state of states) {
      for (const type of DOSSIER_ACTIONS) {
        try {
          applyAction(state, act(type, '2026-03-03T10:00:00+07:00', { userId: 'u' }), ctx);
          allowed += 1;
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('invalid_transition');
        }
      }
      const offered = listAllowedActions(state, ctx, parseInstant('2026-03-03T10:00:00+07:00'));
      for (const type of offered)
        expect(() =>
          applyAction(state, act(type, '2026-03-03T10:00:00+07:00', { userId: 'u' }), ctx),
        ).not.toThrow();
    }
    expect(allowed).toBeGreaterThan(20);
  });
});

/**
 * The requests of each HTTP benchmark, as autocannon request lists: B1 intake (a unique Idempotency-Key per
 * request), B2 one forward per request over a queue of open dossiers, B3 public look-ups over a sample of
 * codes with valid secrets, B10's dashboards (the public portal and a leader's dashboard), and C3's hello world.
 */
import { randomUUID } from 'node:crypto';
import type { Request } from 'autocannon';
import type { BenchSession } from './session.js';
import type { DashboardTarget, ForwardTarget, IntakeTarget, TrackTarget } from './targets.js';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** B1: counter intake with acceptance at Phường Ba Đình, as the reception officer. */
export function intakeRequests(target: IntakeTarget, session: BenchSession): Request[] {
  const runId = randomUUID().slice(0, 13);
  let count = 0;
  const body = JSON.stringify({
    procedureId: target.procedureId,
    receivingUnitId: target.unitId,
    channel: 'counter',
    applicant: { fullName: 'Nguyễn Thị Thu Hà', idNumber: '001190012345', phone: '0912 345 678' },
    documents: target.documents,
    decision: 'accept',
  });
  return [
    {
      method: 'POST',
      path: '/api/v1/dossiers',
      headers: { ...JSON_HEADERS, ...session.headers },
      body,
      setupRequest(request) {
        count += 1;
        request.headers = { ...request.headers, 'idempotency-key': `bench-${runId}-${count}` };
        return request;
      },
    },
  ];
}

/** The forward of one dossier at its version, as the one-stop head sends it (B2, B10). */
export function forwardRequest(target: ForwardTarget, session: BenchSession): Request {
  return {
    method: 'POST',
    path: `/api/v1/dossiers/${target.id}/actions`,
    headers: { ...JSON_HEADERS, ...session.headers },
    body: JSON.stringify({ type: 'forward', version: target.version }),
  };
}

/** B2: forwards, each to the next dossier of the queue (shared by all connections); stops when empty. */
export function forwardRequests(queue: ForwardTarget[], session: BenchSession): Request[] {
  let next = 0;
  return [
    {
      method: 'POST',
      path: '/',
      headers: { ...JSON_HEADERS, ...session.headers },
      setupRequest(request) {
        const target = queue[next % queue.length]!;
        next += 1;
        return { ...request, ...forwardRequest(target, session) };
      },
    },
  ];
}

/** B3: public tracking look-ups, cycling through the sample. */
export function trackRequests(targets: TrackTarget[]): Request[] {
  let next = 0;
  return [
    {
      method: 'GET',
      path: '/',
      setupRequest(request) {
        const target = targets[next % targets.length]!;
        next += 1;
        request.path = `/api/v1/public/track?code=${encodeURIComponent(target.code)}&secret=${target.secret}`;
        return request;
      },
    },
  ];
}

/**
 * B10's dashboards, in turn: the public portal's ranking of a province's communes, a commune's public report,
 * and the leader's dashboard (late and soon-due work, at-risk list, 12-month trend) as `leader`.
 */
export function dashboardRequests(target: DashboardTarget, leader: BenchSession): Request[] {
  return [
    { method: 'GET', path: `/api/v1/transparency/units?parentId=${target.provinceId}` },
    { method: 'GET', path: `/api/v1/transparency/units/${target.communeId}` },
    { method: 'GET', path: '/api/v1/dashboards/leader', headers: { cookie: leader.headers.cookie ?? '' } },
  ];
}

/** C3: the hello-world route. */
export function helloRequests(): Request[] {
  return [{ method: 'GET', path: '/hello' }];
}

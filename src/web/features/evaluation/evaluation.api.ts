/** Queries and mutations of evaluation (/api/v1/evaluation, /api/v1/public/evaluations). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type * as c from '../../../contracts/evaluation';
import { api } from '../../app/http';

export type Period = z.infer<typeof c.Period>;
export type EvaluationSummary = z.infer<typeof c.EvaluationSummary>;
export type EvaluationDetail = z.infer<typeof c.EvaluationDetail>;
export type EvidenceItems = z.infer<typeof c.EvidenceItems>;
export type MeetingReport = z.infer<typeof c.MeetingReport>;
export type YearlyList = z.infer<typeof c.YearlyList>;
export type HrCaseList = z.infer<typeof c.HrCaseList>;
export type PublicEvaluation = z.infer<typeof c.PublicEvaluation>;
export type PublishedPeriods = z.infer<typeof c.PublishedPeriods>;
type Page = z.infer<typeof c.EvaluationPage>;

export const evaluationKeys = {
  all: ['evaluation'] as const,
  mine: ['evaluation', 'mine'] as const,
  periods: ['evaluation', 'periods'] as const,
  period: (id: string) => ['evaluation', 'period', id] as const,
  periodItems: (id: string) => ['evaluation', 'period', id, 'items'] as const,
  record: (id: string) => ['evaluation', 'record', id] as const,
  items: (id: string) => ['evaluation', 'record', id, 'items'] as const,
  report: (id: string) => ['evaluation', 'record', id, 'report'] as const,
  yearly: (unitId: string, year: number) => ['evaluation', 'yearly', unitId, year] as const,
  hr: ['evaluation', 'hr'] as const,
  frameworks: ['evaluation', 'frameworks'] as const,
};

export const useMyEvaluations = () =>
  useQuery({
    queryKey: evaluationKeys.mine,
    queryFn: () => api.get<{ items: EvaluationSummary[] }>('/evaluation/mine'),
  });
export const usePeriods = () =>
  useQuery({
    queryKey: evaluationKeys.periods,
    queryFn: () => api.get<{ items: Period[] }>('/evaluation/periods'),
  });
export const usePeriod = (id: string) =>
  useQuery({
    queryKey: evaluationKeys.period(id),
    // the page shows a refusal itself (EvaluationGate)
    meta: { silent: true },
    queryFn: () => api.get<Period>(`/evaluation/periods/${id}`),
  });
export const usePeriodEvaluations = (id: string) =>
  useQuery({
    queryKey: evaluationKeys.periodItems(id),
    queryFn: () => api.get<Page>(`/evaluation/periods/${id}/evaluations`, { pageSize: 500 }),
  });
export const useEvaluation = (id: string) =>
  useQuery({
    queryKey: evaluationKeys.record(id),
    // the page shows a refusal itself (EvaluationGate)
    meta: { silent: true },
    queryFn: () => api.get<EvaluationDetail>(`/evaluation/records/${id}`),
  });
export const useEvidenceItems = (id: string) =>
  useQuery({
    queryKey: evaluationKeys.items(id),
    queryFn: () => api.get<EvidenceItems>(`/evaluation/records/${id}/evidence`),
  });
export const useMeetingReport = (id: string) =>
  useQuery({
    queryKey: evaluationKeys.report(id),
    // the page shows a refusal itself (EvaluationGate)
    meta: { silent: true },
    queryFn: () => api.get<MeetingReport>(`/evaluation/records/${id}/report`),
  });
export const useFrameworks = () =>
  useQuery({
    queryKey: evaluationKeys.frameworks,
    queryFn: () =>
      api.get<{ items: { id: string; code: string; version: number; name: string }[] }>(
        '/evaluation/frameworks',
      ),
  });
export const useYearly = (unitId: string | null, year: number) =>
  useQuery({
    queryKey: evaluationKeys.yearly(unitId ?? '', year),
    // the page shows a refusal itself (EvaluationGate)
    meta: { silent: true },
    queryFn: () => api.get<YearlyList>('/evaluation/yearly', { unitId: unitId!, year }),
    enabled: unitId !== null,
  });
export const useHrCases = () =>
  useQuery({
    queryKey: evaluationKeys.hr,
    queryFn: () => api.get<HrCaseList>('/evaluation/hr-cases'),
    meta: { silent: true },
  });
/** Published months of every unit, or of the units within `unitId` (a portal unit's page). */
export const usePublishedPeriods = (unitId?: string) =>
  useQuery({
    queryKey: ['public', 'evaluation-periods', unitId ?? null],
    queryFn: () => api.get<PublishedPeriods>('/public/evaluation-periods', unitId ? { unitId } : undefined),
  });
export const usePublicEvaluation = (unitCode: string | null, month: string | null) =>
  useQuery({
    queryKey: ['public', 'evaluations', unitCode, month],
    queryFn: () => api.get<PublicEvaluation>('/public/evaluations', { unitCode: unitCode!, month: month! }),
    enabled: unitCode !== null && month !== null,
  });

/** A POST that refreshes every evaluation query afterwards. */
export function useEvaluationMutation<TBody, TResult = unknown>(
  path: (body: TBody) => string,
  toBody: (body: TBody) => unknown = (b) => b,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => api.post<TResult>(path(body), toBody(body)),
    onSuccess: () => client.invalidateQueries({ queryKey: evaluationKeys.all }),
  });
}
